import { describe, expect, it } from "vitest";
import {
  addWorkdays,
  addWorkingTime,
  createWorkCalendar,
  fromWallTime,
  getChinaCalendar,
  getDayInfo,
  isWorkday,
  isWorkingTime,
  nextWorkingTime,
  subtractWorkingTime,
  toWallTime,
  workingTimeBetween,
  type WorkCalendar,
} from "kuaidi-kefu/calendar";

const cn = (local: string): Date => new Date(`${local}+08:00`);
const iso = (r: { ok: boolean; value?: unknown; error?: unknown }): unknown =>
  r.ok ? (r.value as Date).toISOString() : r.error;
const code = (r: { ok: boolean; error?: unknown }): unknown =>
  r.ok ? null : (r.error as { code: string }).code;
const H = 3_600_000;

describe("date inputs", () => {
  it("accepts Date, epoch ms and YYYY-MM-DD, read in China time", () => {
    expect(isWorkday(cn("2026-10-01T00:30:00"))).toEqual({ ok: true, value: false });
    expect(isWorkday(cn("2026-09-30T23:59:00").getTime())).toEqual({ ok: true, value: true });
    expect(isWorkday("2026-10-01")).toEqual({ ok: true, value: false });
    expect(iso(nextWorkingTime("2026-02-14"))).toBe("2026-02-14T00:30:00.000Z");
    expect(isWorkingTime(1.7e12 + 0.5)).toMatchObject({ ok: true });
  });

  it("rejects invalid dates with calendar/invalid-date, never NaN or throws", () => {
    const bad: unknown[] = [
      new Date(Number.NaN),
      Number.NaN,
      Infinity,
      9e15,
      "2026-02-30",
      "2026-2-3",
      "2026-02-03T00:00",
      "",
      null,
      undefined,
      {},
      [],
      true,
      10n,
      "２０２６-０１-０１",
      "2026-13-01",
      "2026-00-10",
      "abcd-ef-gh",
      "2025-02-29",
    ];
    for (const input of bad) {
      for (const r of [
        isWorkday(input as string),
        getDayInfo(input as string),
        isWorkingTime(input as string),
        nextWorkingTime(input as string),
        addWorkingTime(input as string, 1),
        workingTimeBetween(input as string, 0),
        workingTimeBetween(0, input as string),
        addWorkdays(input as string, 1),
        toWallTime(input as string),
      ]) {
        expect(code(r)).toBe("calendar/invalid-date");
      }
    }
    expect(isWorkday("2024-02-29")).toEqual({ ok: true, value: true });
    expect(fromWallTime("2026-02-30", "08:00")).toMatchObject({
      ok: false,
      error: { code: "calendar/invalid-date" },
    });
    expect(fromWallTime("2026-02-03", "25:00")).toMatchObject({
      ok: false,
      error: { code: "calendar/invalid-date" },
    });
    expect(fromWallTime(3 as unknown as string, 4 as unknown as string)).toMatchObject({
      ok: false,
    });
  });

  it("gives messages in the calendar's locale", () => {
    const en = createWorkCalendar({ locale: "en" });
    expect(isWorkday("nope", en)).toEqual({
      ok: false,
      error: {
        code: "calendar/invalid-date",
        message:
          'invalid date or instant: "nope" (expected a Date, epoch milliseconds or YYYY-MM-DD)',
        input: '"nope"',
      },
    });
    expect(code(isWorkday("x".repeat(100_000)))).toBe("calendar/invalid-date");
  });

  it("rejects something that is not a calendar", () => {
    expect(code(isWorkday("2026-01-05", {} as WorkCalendar))).toBe("calendar/invalid-calendar");
    expect(
      code(addWorkingTime(0, 1, { kind: "kuaidi-kefu/work-calendar" } as unknown as WorkCalendar)),
    ).toBe("calendar/invalid-calendar");
    for (const f of [getDayInfo, isWorkingTime, nextWorkingTime, toWallTime])
      expect(code(f(0, null as unknown as WorkCalendar))).toBe(null);
    expect(code(workingTimeBetween(0, 1, 5 as unknown as WorkCalendar))).toBe(
      "calendar/invalid-calendar",
    );
    expect(code(addWorkdays(0, 1, [] as unknown as WorkCalendar))).toBe(
      "calendar/invalid-calendar",
    );
    expect(code(fromWallTime("2026-01-01", "08:00", "x" as unknown as WorkCalendar))).toBe(
      "calendar/invalid-calendar",
    );
    expect(code(subtractWorkingTime(0, 1, new Date() as unknown as WorkCalendar))).toBe(
      "calendar/invalid-calendar",
    );
    for (const f of [getDayInfo, isWorkingTime, nextWorkingTime, toWallTime])
      expect(code(f(0, {} as WorkCalendar))).toBe("calendar/invalid-calendar");
  });
});

describe("business time on the China calendar", () => {
  it("2026 Spring Festival: Friday 17:30 opens next on the make-up Saturday", () => {
    expect(iso(nextWorkingTime(cn("2026-02-13T17:30:00")))).toBe(
      cn("2026-02-14T08:30:00").toISOString(),
    );
    expect(iso(nextWorkingTime(cn("2026-02-13T12:00:00")))).toBe(
      cn("2026-02-13T12:00:00").toISOString(),
    );
    expect(isWorkingTime(cn("2026-02-14T08:30:00"))).toEqual({ ok: true, value: true });
    expect(isWorkingTime(cn("2026-02-14T08:29:59"))).toEqual({ ok: true, value: false });
    expect(isWorkingTime(cn("2026-02-16T10:00:00"))).toEqual({ ok: true, value: false });
    expect(iso(addWorkingTime(cn("2026-02-13T16:00:00"), { hours: 9 }))).toBe(
      cn("2026-02-14T16:30:00").toISOString(),
    );
    // The earliest instant: the make-up day's close, not the next opening.
    expect(iso(addWorkingTime(cn("2026-02-13T16:00:00"), { hours: 9.5 }))).toBe(
      cn("2026-02-14T17:00:00").toISOString(),
    );
    expect(iso(addWorkingTime(cn("2026-02-13T16:00:00"), { hours: 10 }))).toBe(
      cn("2026-02-24T09:00:00").toISOString(),
    );
    expect(workingTimeBetween(cn("2026-02-13T16:00:00"), cn("2026-02-24T09:00:00"))).toEqual({
      ok: true,
      value: 10 * H,
    });
    expect(workingTimeBetween(cn("2026-02-24T09:00:00"), cn("2026-02-13T16:00:00"))).toEqual({
      ok: true,
      value: -10 * H,
    });
    expect(workingTimeBetween(cn("2026-02-15T09:00:00"), cn("2026-02-16T09:00:00"))).toEqual({
      ok: true,
      value: 0,
    });
    expect(workingTimeBetween(cn("2026-02-16T09:00:00"), cn("2026-02-15T09:00:00"))).toEqual({
      ok: true,
      value: 0,
    });
  });

  it("adds durations: ms, hours/minutes, business days of 8.5 h", () => {
    const fri = cn("2026-03-06T16:00:00");
    expect(iso(addWorkingTime(fri, H))).toBe(cn("2026-03-06T17:00:00").toISOString());
    expect(iso(addWorkingTime(fri, { minutes: 90 }))).toBe(cn("2026-03-09T09:00:00").toISOString());
    expect(iso(addWorkingTime(fri, { days: 1 }))).toBe(cn("2026-03-09T16:00:00").toISOString());
    expect(iso(addWorkingTime(fri, { days: 1, hours: 1, minutes: 30 }))).toBe(
      cn("2026-03-10T09:00:00").toISOString(),
    );
    expect(iso(addWorkingTime(fri, 0))).toBe(fri.toISOString());
    expect(iso(addWorkingTime(cn("2026-03-07T12:00:00"), {}))).toBe(
      cn("2026-03-07T12:00:00").toISOString(),
    );
    expect(
      iso(
        addWorkingTime(cn("2026-03-07T12:00:00"), {
          hours: 1,
          days: undefined,
        } as unknown as number),
      ),
    ).toBe(cn("2026-03-09T09:30:00").toISOString());
    expect(iso(subtractWorkingTime(cn("2026-03-09T09:00:00"), { minutes: 30 }))).toBe(
      cn("2026-03-09T08:30:00").toISOString(),
    );
    expect(iso(subtractWorkingTime(cn("2026-03-09T09:00:00"), { minutes: 31 }))).toBe(
      cn("2026-03-06T16:59:00").toISOString(),
    );
    expect(iso(subtractWorkingTime(cn("2026-03-09T09:00:00"), 0))).toBe(
      cn("2026-03-09T09:00:00").toISOString(),
    );
    // Long spans: 15 years of business time, answered without walking days.
    const far = addWorkingTime(cn("2010-01-04T08:30:00"), { days: 15 * 250 });
    expect(far.ok).toBe(true);
    const back = workingTimeBetween(cn("2010-01-04T08:30:00"), far.ok ? far.value : 0);
    expect(back).toEqual({ ok: true, value: 15 * 250 * 8.5 * H });
  });

  it("rejects bad durations with calendar/invalid-duration", () => {
    for (const d of [
      -1,
      Number.NaN,
      Infinity,
      { hours: -1 },
      { days: Number.NaN },
      { weeks: 1 },
      null,
      "1h",
      [],
      { minutes: "5" },
      9e15,
      { days: 1e12 },
    ]) {
      expect(code(addWorkingTime(0, d as number))).toBe("calendar/invalid-duration");
      expect(code(subtractWorkingTime(0, d as number))).toBe("calendar/invalid-duration");
    }
  });

  it("moves by whole workdays both ways, including n = 0 and across the Spring Festival", () => {
    expect(addWorkdays("2026-02-13", 1)).toEqual({ ok: true, value: "2026-02-14" });
    expect(addWorkdays("2026-02-13", 2)).toEqual({ ok: true, value: "2026-02-24" });
    expect(addWorkdays("2026-02-24", -1)).toEqual({ ok: true, value: "2026-02-14" });
    expect(addWorkdays("2026-02-16", -1)).toEqual({ ok: true, value: "2026-02-14" });
    expect(addWorkdays("2026-02-16", 0)).toEqual({ ok: true, value: "2026-02-24" });
    expect(addWorkdays("2026-02-13", 0)).toEqual({ ok: true, value: "2026-02-13" });
    expect(addWorkdays(cn("2026-02-13T23:30:00"), 1)).toEqual({ ok: true, value: "2026-02-14" });
    expect(addWorkdays("2026-01-05", 250)).toEqual({
      ok: true,
      value: addWorkdays("2027-01-01", 0).ok
        ? (addWorkdays("2026-01-05", 250) as { value: string }).value
        : "",
    });
    expect(addWorkdays("2030-01-01", -5000).ok).toBe(true);
    expect(addWorkdays("2010-01-01", 20000).ok).toBe(true);
    for (const n of [1.5, Number.NaN, "1", 2e6, Infinity])
      expect(code(addWorkdays("2026-01-05", n as number))).toBe("calendar/invalid-count");
  });

  it("counts the same number of workdays as a day-by-day walk", () => {
    let d = "2025-12-20";
    for (let i = 0; i < 40; i++) {
      const next = addWorkdays(d, 1);
      expect(next.ok).toBe(true);
      const nextKey = (next as { value: string }).value;
      // Every day strictly between is not a workday.
      for (
        let t = Date.parse(`${d}T00:00:00Z`) + 86_400_000;
        t < Date.parse(`${nextKey}T00:00:00Z`);
        t += 86_400_000
      ) {
        expect(isWorkday(new Date(t).toISOString().slice(0, 10))).toEqual({
          ok: true,
          value: false,
        });
      }
      expect(addWorkdays(nextKey, -1)).toEqual({
        ok: true,
        value:
          isWorkday(d).ok && (isWorkday(d) as { value: boolean }).value
            ? d
            : (addWorkdays(d, -1) as { value: string }).value,
      });
      d = nextKey;
    }
  });

  it("reads wall time in the calendar's zone", () => {
    expect(toWallTime(cn("2026-02-13T17:30:15"))).toEqual({
      ok: true,
      value: {
        date: "2026-02-13",
        time: "17:30:15",
        weekday: 5,
        minuteOfDay: 1050.25,
        offsetMinutes: 480,
      },
    });
    expect(toWallTime(cn("2026-02-15T00:00:00"))).toMatchObject({
      ok: true,
      value: { weekday: 7, time: "00:00" },
    });
    expect(iso(fromWallTime("2026-02-13", "24:00"))).toBe(cn("2026-02-14T00:00:00").toISOString());
  });
});

describe("coverage: fallback and strict mode", () => {
  const strict = createWorkCalendar({ strict: true });
  it("falls back to weekends only outside 2007-2026 and says so", () => {
    expect(getDayInfo("2027-02-08")).toEqual({
      ok: true,
      value: {
        date: "2027-02-08",
        weekday: 1,
        workday: true,
        kind: "workday",
        name: null,
        makeup: false,
        covered: false,
        hours: ["08:30-17:00"],
      },
    });
    expect(getDayInfo("2027-02-06")).toMatchObject({
      ok: true,
      value: { workday: false, kind: "weekend", covered: false },
    });
    expect(getDayInfo("2006-06-01")).toMatchObject({ ok: true, value: { covered: false } });
    expect(getChinaCalendar().coveredYears).toHaveLength(20);
  });

  it("returns calendar/out-of-range in strict mode", () => {
    expect(isWorkday("2027-01-04", strict)).toMatchObject({
      ok: false,
      error: { code: "calendar/out-of-range", from: 2007, to: 2026 },
    });
    expect(code(getDayInfo("2006-12-31", strict))).toBe("calendar/out-of-range");
    expect(code(isWorkingTime(cn("2027-01-04T09:00:00"), strict))).toBe("calendar/out-of-range");
    expect(code(addWorkingTime(cn("2026-12-31T16:00:00"), { days: 1 }, strict))).toBe(
      "calendar/out-of-range",
    );
    expect(iso(addWorkingTime(cn("2026-12-31T16:00:00"), { hours: 0.5 }, strict))).toBe(
      cn("2026-12-31T16:30:00").toISOString(),
    );
    expect(code(nextWorkingTime(cn("2026-12-31T17:00:00"), strict))).toBe("calendar/out-of-range");
    expect(code(subtractWorkingTime(cn("2007-01-04T09:00:00"), { days: 3 }, strict))).toBe(
      "calendar/out-of-range",
    );
    expect(
      code(workingTimeBetween(cn("2025-01-04T09:00:00"), cn("2027-01-04T09:00:00"), strict)),
    ).toBe("calendar/out-of-range");
    expect(
      code(workingTimeBetween(cn("2025-01-04T09:00:00"), cn("2026-01-04T09:00:00"), strict)),
    ).toBe(null);
    expect(code(addWorkdays("2026-12-31", 1, strict))).toBe("calendar/out-of-range");
    expect(code(addWorkdays("2007-01-04", -5, strict))).toBe("calendar/out-of-range");
    expect(code(addWorkdays("2026-12-30", 1, strict))).toBe(null);
    expect(code(fromWallTime("2027-01-04", "09:00", strict))).toBe("calendar/out-of-range");
  });

  it("limits every calendar to the supported years 1900-2199", () => {
    expect(isWorkday("1899-12-31")).toMatchObject({
      ok: false,
      error: { code: "calendar/out-of-range", from: 1900, to: 2199 },
    });
    expect(code(isWorkday("2200-01-01"))).toBe("calendar/out-of-range");
    expect(code(addWorkingTime("2199-12-31", { days: 5 }))).toBe("calendar/out-of-range");
    expect(code(subtractWorkingTime("1900-01-02", { days: 5 }))).toBe("calendar/out-of-range");
    expect(code(addWorkdays("1900-01-03", -10))).toBe("calendar/out-of-range");
    expect(code(addWorkdays("2199-12-20", 10))).toBe("calendar/no-working-time");
    expect(code(nextWorkingTime(cn("2199-12-31T18:00:00")))).toBe("calendar/no-working-time");
  });

  it("reports calendar/no-working-time for a calendar that never works", () => {
    const closed = createWorkCalendar({ weeklyHours: {}, chinaHolidays: false, locale: "en" });
    expect(nextWorkingTime("2026-01-01", closed)).toMatchObject({
      ok: false,
      error: { code: "calendar/no-working-time" },
    });
    expect(code(addWorkdays("2026-01-01", 1, closed))).toBe("calendar/no-working-time");
    expect(code(addWorkingTime("2026-01-01", 1, closed))).toBe("calendar/out-of-range");
    expect(workingTimeBetween("2026-01-01", "2027-01-01", closed)).toEqual({ ok: true, value: 0 });
  });
});
