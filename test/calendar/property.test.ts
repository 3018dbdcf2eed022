import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  addWorkdays,
  addWorkingTime,
  createWorkCalendar,
  fromWallTime,
  getDayInfo,
  isWorkday,
  isWorkingTime,
  nextWorkingTime,
  subtractWorkingTime,
  toWallTime,
  workingTimeBetween,
  type WorkCalendar,
} from "kuaidi-kefu/calendar";

const MIN = 60_000;
const DAY = 86_400_000;
const FROM = Date.UTC(2007, 0, 1) - 8 * 3_600_000;
const TO = Date.UTC(2026, 11, 20) - 8 * 3_600_000;

// An independent model of the default calendar, straight from the data file: listed dates win,
// else Monday-Friday; hours 08:30-17:00 China time (UTC+8 throughout 2007-2026).
const root = fileURLToPath(new URL("../..", import.meta.url));
const source = JSON.parse(readFileSync(`${root}data/calendar/cn-holidays.json`, "utf8")) as {
  years: Record<string, { date: string; isOffDay: boolean }[]>;
};
const listed = new Map(
  Object.values(source.years)
    .flat()
    .map((r) => [r.date, !r.isOffDay]),
);
function modelWorking(t: number): boolean {
  const wall = t + 8 * 3_600_000;
  const day = new Date(wall);
  const key = day.toISOString().slice(0, 10);
  const dow = day.getUTCDay();
  const work = listed.get(key) ?? (dow >= 1 && dow <= 5);
  const minute = (wall - Math.floor(wall / DAY) * DAY) / MIN;
  return work && minute >= 510 && minute < 1020;
}

const value = <T>(r: { ok: boolean; value?: T }): T => {
  expect(r.ok).toBe(true);
  return r.value as T;
};
const instant = fc.integer({ min: FROM, max: TO });
const minuteInstant = fc.integer({ min: FROM / MIN, max: TO / MIN }).map((m) => m * MIN);
const duration = fc.integer({ min: 0, max: 3_000 * 3_600_000 });

describe("properties", () => {
  it("never throws, whatever the arguments", () => {
    const cal = createWorkCalendar({ strict: true });
    const anyArg = fc.oneof(
      fc.anything(),
      fc.string({ unit: "binary" }),
      fc.double(),
      fc.date({ noInvalidDate: false }),
    );
    fc.assert(
      fc.property(anyArg, anyArg, fc.boolean(), (a, b, strict) => {
        const c = strict ? cal : undefined;
        for (const r of [
          isWorkday(a as string, c),
          getDayInfo(a as string, c),
          isWorkingTime(a as string, c),
          nextWorkingTime(a as string, c),
          addWorkingTime(a as string, b as number, c),
          subtractWorkingTime(a as string, b as number, c),
          workingTimeBetween(a as string, b as string, c),
          addWorkdays(a as string, b as number, c),
          toWallTime(a as string, c),
          fromWallTime(a as string, b as string, c),
        ]) {
          expect(typeof r.ok).toBe("boolean");
          if (r.ok && r.value instanceof Date) expect(Number.isNaN(r.value.getTime())).toBe(false);
          if (!r.ok) expect((r.error as { code: string }).code.startsWith("calendar/")).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    const huge = "2026-01-01".repeat(10_000);
    expect(isWorkday(huge)).toMatchObject({ ok: false, error: { code: "calendar/invalid-date" } });
    expect(() => createWorkCalendar({ holidays: [huge] })).toThrow(/holidays\[0\]/);
  });

  it("options validation never throws anything but CalendarConfigError", () => {
    fc.assert(
      fc.property(fc.anything(), (o) => {
        try {
          createWorkCalendar(o as never);
        } catch (e) {
          expect((e as Error).name).toBe("CalendarConfigError");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("workingTimeBetween(t, addWorkingTime(t, d)) = d, and the same backwards", () => {
    fc.assert(
      fc.property(instant, duration, (t, d) => {
        const later = value(addWorkingTime(t, d)).getTime();
        expect(value(workingTimeBetween(t, later))).toBe(d);
        const earlier = value(subtractWorkingTime(t, d)).getTime();
        expect(value(workingTimeBetween(earlier, t))).toBe(d);
        expect(earlier).toBeLessThanOrEqual(t);
        expect(later).toBeGreaterThanOrEqual(t);
      }),
      { numRuns: 500 },
    );
  });

  it("is monotonic in the start and the duration", () => {
    fc.assert(
      fc.property(instant, instant, duration, duration, (t1, t2, d1, d2) => {
        const [a, b] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const [x, y] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(value(addWorkingTime(a, x)).getTime()).toBeLessThanOrEqual(
          value(addWorkingTime(b, x)).getTime(),
        );
        expect(value(addWorkingTime(a, x)).getTime()).toBeLessThanOrEqual(
          value(addWorkingTime(a, y)).getTime(),
        );
        expect(value(workingTimeBetween(a, b))).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it("lands in working time: the next opening is working, the sum ends right after working time", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 1e10 }), (t, d) => {
        const open = value(nextWorkingTime(t)).getTime();
        expect(value(isWorkingTime(open))).toBe(true);
        expect(modelWorking(Math.floor(open / MIN) * MIN)).toBe(true);
        const end = value(addWorkingTime(t, d)).getTime();
        expect(value(isWorkingTime(end - 1))).toBe(true);
        const start = value(subtractWorkingTime(t, d)).getTime();
        expect(value(isWorkingTime(start))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with a minute-by-minute walk of the data file over short spans", () => {
    fc.assert(
      fc.property(minuteInstant, fc.integer({ min: 0, max: 6 * 24 * 60 }), (t, minutes) => {
        let count = 0;
        for (let m = 0; m < minutes; m++) if (modelWorking(t + m * MIN)) count++;
        expect(value(workingTimeBetween(t, t + minutes * MIN))).toBe(count * MIN);
        expect(value(isWorkingTime(t))).toBe(modelWorking(t));
      }),
      { numRuns: 150 },
    );
  });

  it("addWorkdays(n) then addWorkdays(-n) returns to a workday, and counts match isWorkday", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 13514, max: 20440 }),
        fc.integer({ min: -400, max: 400 }),
        (dn, n) => {
          const key = new Date(dn * DAY).toISOString().slice(0, 10);
          const there = value(addWorkdays(key, n));
          expect(value(isWorkday(there))).toBe(true);
          const start = value(addWorkdays(key, 0));
          // From a day off, "one workday later" is the first workday after it (= start).
          const back = value(isWorkday(key)) || n <= 0 ? -n : -(n - 1);
          expect(value(addWorkdays(there, back))).toBe(start);
          if (n > 0) expect(there > key).toBe(true);
          if (n < 0) expect(there < key).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("process time zone never matters (the chinese-days New York bug class)", () => {
  const original = process.env["TZ"];
  afterAll(() => {
    if (original === undefined) delete process.env["TZ"];
    else process.env["TZ"] = original;
  });

  function snapshot(cal?: WorkCalendar): string {
    const out: unknown[] = [];
    for (let t = Date.UTC(2019, 11, 25); t < Date.UTC(2027, 0, 5); t += DAY) {
      const key = new Date(t).toISOString().slice(0, 10);
      out.push(value(isWorkday(key, cal)));
      // 00:30 China time: the instant a process-zone reading would put on the previous day.
      out.push(value(isWorkday(t - 7.5 * 3_600_000, cal)));
    }
    const t0 = Date.UTC(2026, 1, 13, 9, 30);
    out.push(
      value(nextWorkingTime(t0, cal)).getTime(),
      value(addWorkingTime(t0, { days: 3 }, cal)).getTime(),
    );
    out.push(
      value(workingTimeBetween("2020-01-01", "2026-12-31", cal)),
      value(addWorkdays("2026-09-30", 1, cal)),
    );
    out.push(value(toWallTime(t0, cal)), value(fromWallTime("2026-03-08", "02:30", cal)).getTime());
    return JSON.stringify(out);
  }

  it("gives identical answers under UTC, Shanghai, New York, Los Angeles and Kiritimati", () => {
    const zones = [
      "UTC",
      "Asia/Shanghai",
      "America/New_York",
      "America/Los_Angeles",
      "Pacific/Kiritimati",
    ];
    const ny = createWorkCalendar({ timeZone: "America/New_York", chinaHolidays: false });
    const results = zones.map((tz) => {
      process.env["TZ"] = tz;
      return [
        snapshot(),
        snapshot(ny),
        new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(),
      ] as const;
    });
    // The process zone did change (offsets differ), the answers did not.
    expect(new Set(results.map((r) => r[2])).size).toBeGreaterThan(1);
    for (const r of results) {
      expect(r[0]).toBe(results[0]?.[0]);
      expect(r[1]).toBe(results[0]?.[1]);
    }
  });

  it("classifies every day 2020-2026 as the data says under TZ=America/New_York (chinese-days gets 634 wrong)", () => {
    process.env["TZ"] = "America/New_York";
    let wrong = 0;
    for (let t = Date.UTC(2020, 0, 1); t <= Date.UTC(2026, 11, 31); t += DAY) {
      const key = new Date(t).toISOString().slice(0, 10);
      const dow = new Date(t).getUTCDay();
      const expected = listed.get(key) ?? (dow >= 1 && dow <= 5);
      if (value(isWorkday(key)) !== expected) wrong++;
      // The holiday instant 2026-10-01 00:30 China time stays a holiday however it is passed.
    }
    expect(wrong).toBe(0);
    expect(isWorkday(new Date("2026-10-01T00:30:00+08:00"))).toEqual({ ok: true, value: false });
    expect(isWorkday(Date.parse("2026-09-30T16:30:00Z"))).toEqual({ ok: true, value: false });
  });
});
