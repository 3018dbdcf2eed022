import { describe, expect, it } from "vitest";
import {
  addWorkingTime,
  createWorkCalendar,
  fromWallTime,
  getDayInfo,
  isWorkday,
  nextWorkingTime,
  toWallTime,
  workingTimeBetween,
} from "kuaidi-kefu/calendar";
import {
  DAY_MS,
  clockKey,
  dayNumberToKey,
  getZone,
  parseClock,
  parseDateKey,
  wallFields,
  wallTimeKey,
  weekdayOf,
} from "../../src/calendar/zone.ts";

const iso = (r: { ok: boolean; value?: unknown; error?: unknown }): unknown =>
  r.ok ? (r.value as Date).toISOString() : r.error;
const H = 3_600_000;

describe("zone adapter", () => {
  it("caches one zone per name and rejects unknown names", () => {
    expect(getZone("Asia/Shanghai")).toBe(getZone("Asia/Shanghai"));
    expect(getZone("Mars/Olympus")).toBeUndefined();
    expect(getZone("Mars/Olympus")).toBeUndefined();
    expect(getZone("")).toBeUndefined();
    expect(getZone("x".repeat(200))).toBeUndefined();
    expect(getZone(5 as unknown as string)).toBeUndefined();
  });

  it("uses +08:00 for Shanghai from 1992 and the historical offsets before (DST 1986-1991)", () => {
    const sh = getZone("Asia/Shanghai");
    expect(sh?.offsetAt(Date.UTC(2026, 5, 1))).toBe(8 * H);
    expect(sh?.offsetAt(Date.UTC(1988, 5, 1))).toBe(9 * H);
    expect(sh?.offsetAt(Date.UTC(1988, 0, 1))).toBe(8 * H);
    expect(sh?.fromWall(Date.UTC(1988, 5, 1, 12))).toBe(Date.UTC(1988, 5, 1, 3));
    expect(sh?.fromWall(Date.UTC(2026, 1, 13, 17, 30))).toBe(Date.UTC(2026, 1, 13, 9, 30));
    const utc = getZone("UTC");
    expect(utc?.toWall(12345)).toBe(12345);
    expect(utc?.fromWall(12345)).toBe(12345);
  });

  it("resolves DST gaps forward and overlaps to the earlier instant (America/New_York)", () => {
    const ny = getZone("America/New_York");
    // 2026-03-08 02:30 does not exist: becomes 03:30 EDT.
    expect(ny?.fromWall(Date.UTC(2026, 2, 8, 2, 30))).toBe(Date.UTC(2026, 2, 8, 7, 30));
    // 2026-11-01 01:30 happens twice: the first (EDT) is chosen.
    expect(ny?.fromWall(Date.UTC(2026, 10, 1, 1, 30))).toBe(Date.UTC(2026, 10, 1, 5, 30));
    expect(ny?.fromWall(Date.UTC(2026, 6, 1, 12))).toBe(Date.UTC(2026, 6, 1, 16));
    expect(ny?.offsetAt(Date.UTC(2026, 0, 1))).toBe(-5 * H);
    const cal = createWorkCalendar({
      timeZone: "America/New_York",
      chinaHolidays: false,
      weeklyHours: { sun: ["01:00-04:00"] },
    });
    // The Sunday of the spring change has 2 working hours, the autumn one 4.
    expect(workingTimeBetween("2026-03-08", "2026-03-09", cal)).toEqual({ ok: true, value: 2 * H });
    expect(workingTimeBetween("2026-11-01", "2026-11-02", cal)).toEqual({ ok: true, value: 4 * H });
    expect(iso(fromWallTime("2026-03-08", "02:30", cal))).toBe("2026-03-08T07:30:00.000Z");
    expect(toWallTime(Date.UTC(2026, 2, 8, 7, 30), cal)).toMatchObject({
      ok: true,
      value: { time: "03:30", offsetMinutes: -240 },
    });
    expect(iso(nextWorkingTime("2026-03-09", cal))).toBe("2026-03-15T05:00:00.000Z");
    expect(iso(addWorkingTime("2026-03-07", { hours: 3 }, cal))).toBe("2026-03-15T06:00:00.000Z");
    // An interval edge inside the gap snaps to the transition: 02:30-04:00 lasts 03:00-04:00 EDT.
    const gap = createWorkCalendar({
      timeZone: "America/New_York",
      chinaHolidays: false,
      weeklyHours: { sun: ["02:30-04:00"] },
    });
    expect(workingTimeBetween("2026-03-08", "2026-03-09", gap)).toEqual({ ok: true, value: 1 * H });
    expect(iso(nextWorkingTime("2026-03-08", gap))).toBe("2026-03-08T07:00:00.000Z");
    expect(getZone("America/New_York")?.firstAtOrAfter(Date.UTC(2026, 2, 8, 2, 30))).toBe(
      Date.UTC(2026, 2, 8, 7),
    );
  });

  it("handles zones across the date line and with odd offsets", () => {
    const kiri = createWorkCalendar({ timeZone: "Pacific/Kiritimati", chinaHolidays: false });
    expect(toWallTime(Date.UTC(2026, 0, 1, 0), kiri)).toMatchObject({
      ok: true,
      value: { date: "2026-01-01", time: "14:00", offsetMinutes: 840 },
    });
    expect(isWorkday(Date.UTC(2026, 0, 2, 12), kiri)).toEqual({ ok: true, value: false }); // Saturday 02:00 there
    const kat = createWorkCalendar({ timeZone: "Asia/Kathmandu", chinaHolidays: false });
    expect(toWallTime(0, kat)).toMatchObject({
      ok: true,
      value: { time: "05:30", offsetMinutes: 330 },
    });
    // Samoa skipped 2011-12-30 entirely.
    const samoa = createWorkCalendar({ timeZone: "Pacific/Apia", chinaHolidays: false });
    expect(getDayInfo("2011-12-30", samoa)).toMatchObject({ ok: true, value: { workday: true } });
    expect(workingTimeBetween("2011-12-29", "2012-01-03", samoa)).toEqual({
      ok: true,
      value: 8.5 * H * 2,
    });
  });

  it("parses and formats date keys and clock times exactly", () => {
    expect(parseDateKey("2026-02-14")).toBe(Date.UTC(2026, 1, 14) / DAY_MS);
    expect(parseDateKey("2024-02-29")).toBe(Date.UTC(2024, 1, 29) / DAY_MS);
    expect(parseDateKey("1900-02-29")).toBeUndefined();
    expect(parseDateKey("2000-02-29")).toBe(Date.UTC(2000, 1, 29) / DAY_MS);
    expect(parseDateKey("2026-04-31")).toBeUndefined();
    expect(parseDateKey("2026-12-31")).toBe(Date.UTC(2026, 11, 31) / DAY_MS);
    expect(parseDateKey("0099-01-01")).toBe(
      Math.floor(new Date("0099-01-01T00:00:00Z").getTime() / DAY_MS),
    );
    expect(parseDateKey("2026-0a-01")).toBeUndefined();
    expect(parseDateKey("2026/01/01")).toBeUndefined();
    expect(dayNumberToKey(0)).toBe("1970-01-01");
    expect(dayNumberToKey(-1)).toBe("1969-12-31");
    expect(weekdayOf(0)).toBe(4);
    expect(weekdayOf(-1)).toBe(3);
    expect(parseClock("24:00")).toBe(1440);
    expect(parseClock("24:01")).toBeUndefined();
    expect(parseClock("23:60")).toBeUndefined();
    expect(parseClock("2:00")).toBeUndefined();
    expect(parseClock("ab:cd")).toBeUndefined();
    expect(clockKey(510)).toBe("08:30");
    expect(wallTimeKey(Date.UTC(2026, 0, 1, 8, 30, 0, 5))).toBe("08:30:00");
    expect(wallFields(Date.UTC(2026, 1, 14, 8, 30))).toMatchObject({
      year: 2026,
      month: 2,
      day: 14,
      weekday: 6,
      minuteOfDay: 510,
    });
  });
});
