import { describe, expect, it } from "vitest";
import {
  CalendarConfigError,
  DEFAULT_WEEKLY_HOURS,
  addWorkingTime,
  addWorkdays,
  createWorkCalendar,
  getDayInfo,
  isWorkday,
  isWorkingTime,
  nextWorkingTime,
  tryCreateWorkCalendar,
  workingTimeBetween,
  type WorkCalendarOptions,
} from "kuaidi-kefu/calendar";

const cn = (local: string): Date => new Date(`${local}+08:00`);
const iso = (r: { ok: boolean; value?: unknown; error?: unknown }): unknown =>
  r.ok ? (r.value as Date).toISOString() : r.error;
const H = 3_600_000;

/** The [code, field] pairs of the problems in some options. */
function problems(options: unknown): [string, string][] {
  const r = tryCreateWorkCalendar(options as WorkCalendarOptions);
  return r.ok ? [] : r.error.map((i) => [i.code, i.field]);
}

describe("createWorkCalendar: validation names the bad field", () => {
  it("accepts no options and the defaults", () => {
    expect(problems(undefined)).toEqual([]);
    expect(problems({})).toEqual([]);
    expect(
      problems({
        weeklyHours: DEFAULT_WEEKLY_HOURS,
        strict: false,
        locale: "en",
        chinaHolidays: true,
      }),
    ).toEqual([]);
  });

  it("reports each bad option", () => {
    expect(problems("x")).toEqual([["calendar/invalid-option", "options"]]);
    expect(problems({ timezone: "Asia/Shanghai" })).toEqual([
      ["calendar/invalid-option", "timezone"],
    ]);
    expect(problems({ timeZone: "Mars/Olympus" })).toEqual([
      ["calendar/unknown-time-zone", "timeZone"],
    ]);
    expect(problems({ timeZone: 8 })).toEqual([["calendar/unknown-time-zone", "timeZone"]]);
    expect(problems({ locale: "fr" })).toEqual([["calendar/invalid-option", "locale"]]);
    expect(problems({ weeklyHours: [] })).toEqual([["calendar/invalid-option", "weeklyHours"]]);
    expect(problems({ weeklyHours: { monday: ["08:00-17:00"] } })).toEqual([
      ["calendar/invalid-option", "weeklyHours.monday"],
    ]);
    expect(problems({ weeklyHours: { mon: "08:00-17:00" } })).toEqual([
      ["calendar/invalid-option", "weeklyHours.mon"],
    ]);
    expect(problems({ weeklyHours: { mon: ["17:00-08:30"] } })).toEqual([
      ["calendar/invalid-interval", "weeklyHours.mon[0]"],
    ]);
    expect(problems({ weeklyHours: { tue: ["08:00-08:00"] } })).toEqual([
      ["calendar/invalid-interval", "weeklyHours.tue[0]"],
    ]);
    expect(
      problems({
        weeklyHours: {
          wed: [
            "8:00-17:00",
            "08:00-24:30",
            "24:00-24:00",
            5,
            "22:00-23:00+1",
            "22:00-24:00+1",
            "08:00~17:00",
            "08:60-17:00",
          ],
        },
      }),
    ).toEqual([
      ["calendar/invalid-interval", "weeklyHours.wed[0]"],
      ["calendar/invalid-interval", "weeklyHours.wed[1]"],
      ["calendar/invalid-interval", "weeklyHours.wed[2]"],
      ["calendar/invalid-interval", "weeklyHours.wed[3]"],
      ["calendar/invalid-interval", "weeklyHours.wed[4]"],
      ["calendar/invalid-interval", "weeklyHours.wed[5]"],
      ["calendar/invalid-interval", "weeklyHours.wed[6]"],
      ["calendar/invalid-interval", "weeklyHours.wed[7]"],
    ]);
    expect(problems({ weeklyHours: { mon: ["08:30-12:00", "11:00-17:00"] } })).toEqual([
      ["calendar/overlapping-intervals", "weeklyHours.mon[1]"],
    ]);
    expect(problems({ weeklyHours: { mon: ["bad", "13:00-17:00", "08:30-13:30"] } })).toEqual([
      ["calendar/invalid-interval", "weeklyHours.mon[0]"],
      ["calendar/overlapping-intervals", "weeklyHours.mon[1]"],
    ]);
    expect(problems({ weeklyHours: { sat: ["22:00-06:00+1"], sun: ["05:00-08:00"] } })).toEqual([
      ["calendar/overlapping-intervals", "weeklyHours.sun[0]"],
    ]);
    expect(problems({ makeupHours: ["09:00-08:00"] })).toEqual([
      ["calendar/invalid-interval", "makeupHours[0]"],
    ]);
    expect(problems({ chinaHolidays: "yes" })).toEqual([
      ["calendar/invalid-option", "chinaHolidays"],
    ]);
    expect(problems({ strict: 1 })).toEqual([["calendar/invalid-option", "strict"]]);
    expect(problems({ businessDayMinutes: 0 })).toEqual([
      ["calendar/invalid-option", "businessDayMinutes"],
    ]);
    expect(problems({ businessDayMinutes: 2000 })).toEqual([
      ["calendar/invalid-option", "businessDayMinutes"],
    ]);
  });

  it("checks holiday years, host dates and overrides", () => {
    expect(problems({ holidayYears: {} })).toEqual([["calendar/invalid-option", "holidayYears"]]);
    expect(problems({ holidayYears: [5] })).toEqual([
      ["calendar/invalid-option", "holidayYears[0]"],
    ]);
    expect(problems({ holidayYears: [{ year: 1800, days: [] }] })).toEqual([
      ["calendar/invalid-option", "holidayYears[0].year"],
    ]);
    expect(problems({ holidayYears: [{ year: 2027 }] })).toEqual([
      ["calendar/invalid-option", "holidayYears[0].days"],
    ]);
    expect(
      problems({
        holidayYears: [
          {
            year: 2027,
            days: [
              null,
              { name: "元旦", date: "2027-13-01", isOffDay: true },
              { name: "元旦", date: "2025-12-31", isOffDay: true },
              { name: "元旦", date: "2027-01-01", isOffDay: "yes" },
              { name: 1, date: "2027-01-01", isOffDay: true },
              { name: "元旦", date: "2027-01-01", isOffDay: true },
              { name: "元旦", date: "2027-01-01", isOffDay: false },
            ],
          },
        ],
      }),
    ).toEqual([
      ["calendar/invalid-option", "holidayYears[0].days[0]"],
      ["calendar/invalid-option", "holidayYears[0].days[1].date"],
      ["calendar/invalid-option", "holidayYears[0].days[2].date"],
      ["calendar/invalid-option", "holidayYears[0].days[3].isOffDay"],
      ["calendar/invalid-option", "holidayYears[0].days[4].name"],
      ["calendar/conflicting-dates", "holidayYears[0].days[6].date"],
    ]);
    expect(problems({ holidays: "2026-03-08" })).toEqual([["calendar/invalid-option", "holidays"]]);
    expect(problems({ holidays: ["2026-02-30", { date: "2026-03-08", name: 3 }] })).toEqual([
      ["calendar/invalid-option", "holidays[0]"],
      ["calendar/invalid-option", "holidays[1].name"],
    ]);
    expect(problems({ holidays: ["2026-03-09"], extraWorkdays: [{ date: "2026-03-09" }] })).toEqual(
      [["calendar/conflicting-dates", "extraWorkdays[0]"]],
    );
    expect(problems({ overrides: {} })).toEqual([["calendar/invalid-option", "overrides"]]);
    expect(problems({ overrides: [1] })).toEqual([["calendar/invalid-option", "overrides[0]"]]);
    expect(problems({ overrides: [{ date: "2026-02-30", hours: [] }] })).toEqual([
      ["calendar/invalid-option", "overrides[0].date"],
    ]);
    expect(problems({ overrides: [{ from: "2026-03-01", hours: [] }] })).toEqual([
      ["calendar/invalid-option", "overrides[0].to"],
    ]);
    expect(problems({ overrides: [{ from: "2026-03-05", to: "2026-03-01", hours: [] }] })).toEqual([
      ["calendar/invalid-option", "overrides[0].to"],
    ]);
    expect(problems({ overrides: [{ from: "2000-01-01", to: "2026-03-01", hours: [] }] })).toEqual([
      ["calendar/invalid-option", "overrides[0].to"],
    ]);
    expect(problems({ overrides: [{ date: "2026-03-05", hours: "09:00-10:00" }] })).toEqual([
      ["calendar/invalid-option", "overrides[0].hours"],
    ]);
    expect(problems({ overrides: [{ date: "2026-03-05", hours: [], name: 5 }] })).toEqual([
      ["calendar/invalid-option", "overrides[0].name"],
    ]);
    expect(
      problems({
        overrides: [
          { from: "2026-03-01", to: "2026-03-05", hours: [] },
          { date: "2026-03-03", hours: [] },
        ],
      }),
    ).toEqual([["calendar/conflicting-dates", "overrides[1].date"]]);
  });

  it("throws CalendarConfigError with a [kuaidi-kefu] message naming the field, in the chosen locale", () => {
    let caught: unknown;
    try {
      createWorkCalendar({ timeZone: "Nowhere/City", locale: "en" });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CalendarConfigError);
    const e = caught as CalendarConfigError;
    expect(e.message).toBe(
      '[kuaidi-kefu] invalid work calendar options: calendar option timeZone: unknown time zone "Nowhere/City" (expected an IANA time zone such as Asia/Shanghai)',
    );
    expect(e.issues[0]).toMatchObject({
      code: "calendar/unknown-time-zone",
      field: "timeZone",
      path: ["timeZone"],
    });
    expect(() => createWorkCalendar({ weeklyHours: { mon: ["x"] } })).toThrow(
      /^\[kuaidi-kefu\] .*weeklyHours\.mon\[0\]/,
    );
  });
});

describe("createWorkCalendar: hours and dates", () => {
  it("split shifts with a lunch break", () => {
    const cal = createWorkCalendar({
      weeklyHours: { mon: ["08:30-12:00", "13:30-17:30"], tue: ["08:30-12:00", "13:30-17:30"] },
    });
    expect(isWorkingTime(cn("2026-03-09T12:30:00"), cal)).toEqual({ ok: true, value: false });
    expect(iso(nextWorkingTime(cn("2026-03-09T12:30:00"), cal))).toBe(
      cn("2026-03-09T13:30:00").toISOString(),
    );
    expect(iso(addWorkingTime(cn("2026-03-09T11:00:00"), { hours: 2 }, cal))).toBe(
      cn("2026-03-09T14:30:00").toISOString(),
    );
    expect(workingTimeBetween(cn("2026-03-09T00:00:00"), cn("2026-03-10T00:00:00"), cal)).toEqual({
      ok: true,
      value: 7.5 * H,
    });
    // Wednesday has no hours here: the next opening after Tuesday's close is the next Monday.
    expect(iso(nextWorkingTime(cn("2026-03-10T17:30:00"), cal))).toBe(
      cn("2026-03-16T08:30:00").toISOString(),
    );
    expect(cal.businessDayMinutes).toBe(450);
    expect(getDayInfo("2026-02-14", cal)).toMatchObject({
      ok: true,
      value: { kind: "makeup", hours: ["08:30-12:00", "13:30-17:30"] },
    });
  });

  it("overnight shifts belong to the day they start on; a holiday closes them", () => {
    const cal = createWorkCalendar({
      weeklyHours: {
        mon: ["22:00-06:00+1"],
        tue: ["22:00-06:00+1"],
        wed: ["22:00-06:00+1"],
        thu: ["22:00-06:00+1"],
        fri: ["22:00-06:00+1"],
      },
    });
    expect(isWorkingTime(cn("2026-03-10T03:00:00"), cal)).toEqual({ ok: true, value: true }); // Tue 03:00, Monday's shift
    expect(isWorkingTime(cn("2026-03-09T03:00:00"), cal)).toEqual({ ok: true, value: false }); // Mon 03:00: Sunday has none
    expect(isWorkingTime(cn("2026-03-14T05:00:00"), cal)).toEqual({ ok: true, value: true }); // Sat 05:00, Friday's shift
    expect(workingTimeBetween(cn("2026-03-09T00:00:00"), cn("2026-03-16T00:00:00"), cal)).toEqual({
      ok: true,
      value: 40 * H,
    });
    // 2026-10-01 (Thu) is a holiday: no shift starts that night, but Wednesday's runs into it.
    expect(isWorkingTime(cn("2026-10-01T05:00:00"), cal)).toEqual({ ok: true, value: true });
    expect(isWorkingTime(cn("2026-10-01T23:00:00"), cal)).toEqual({ ok: true, value: false });
    expect(getDayInfo("2026-03-09", cal)).toMatchObject({
      ok: true,
      value: { hours: ["22:00-06:00+1"] },
    });
    // Across New Year: Thursday 2026-12-31 night shift runs into 2027.
    expect(iso(addWorkingTime(cn("2026-12-31T23:00:00"), { hours: 2 }, cal))).toBe(
      cn("2027-01-01T01:00:00").toISOString(),
    );
    expect(workingTimeBetween(cn("2026-12-31T21:00:00"), cn("2027-01-01T07:00:00"), cal)).toEqual({
      ok: true,
      value: 8 * H,
    });
  });

  it("merges an override that overlaps or touches the previous night's shift", () => {
    const cal = createWorkCalendar({
      chinaHolidays: false,
      weeklyHours: { fri: ["22:00-06:00+1"] },
      overrides: [
        { date: "2026-03-14", hours: ["05:00-09:00"] },
        { date: "2026-03-21", hours: ["06:00-08:00"] },
        { date: "2026-03-28", hours: ["01:00-02:00"] },
      ],
    });
    expect(workingTimeBetween(cn("2026-03-13T00:00:00"), cn("2026-03-15T00:00:00"), cal)).toEqual({
      ok: true,
      value: 11 * H,
    });
    expect(workingTimeBetween(cn("2026-03-20T00:00:00"), cn("2026-03-22T00:00:00"), cal)).toEqual({
      ok: true,
      value: 10 * H,
    });
    expect(workingTimeBetween(cn("2026-03-27T00:00:00"), cn("2026-03-29T00:00:00"), cal)).toEqual({
      ok: true,
      value: 8 * H,
    });
    expect(iso(addWorkingTime(cn("2026-03-20T23:00:00"), { hours: 8 }, cal))).toBe(
      cn("2026-03-21T07:00:00").toISOString(),
    );
  });

  it("host holidays, extra working dates and overrides with their own hours, in that precedence", () => {
    const cal = createWorkCalendar({
      holidays: ["2026-03-09", { date: "2026-03-10", name: "公司年会" }],
      extraWorkdays: [{ date: "2026-03-14", name: "盘点" }, "2026-10-03"],
      overrides: [
        { date: "2026-03-13", hours: ["09:00-12:00"], name: "半天" },
        { from: "2026-03-21", to: "2026-03-22", hours: ["10:00-14:00"] },
        { date: "2026-03-16", hours: [] },
        { date: "2026-03-10", hours: ["09:00-10:00"] },
      ],
      makeupHours: ["09:00-15:00"],
    });
    expect(getDayInfo("2026-03-09", cal)).toMatchObject({
      ok: true,
      value: { workday: false, kind: "holiday", name: null },
    });
    expect(getDayInfo("2026-03-10", cal)).toMatchObject({
      ok: true,
      value: { workday: true, kind: "override", hours: ["09:00-10:00"] },
    });
    expect(getDayInfo("2026-03-14", cal)).toMatchObject({
      ok: true,
      value: { kind: "makeup", name: "盘点", makeup: true, hours: ["09:00-15:00"] },
    });
    expect(getDayInfo("2026-10-03", cal)).toMatchObject({
      ok: true,
      value: { workday: true, kind: "makeup" },
    });
    expect(getDayInfo("2026-03-13", cal)).toMatchObject({
      ok: true,
      value: { kind: "override", name: "半天", hours: ["09:00-12:00"] },
    });
    expect(getDayInfo("2026-03-22", cal)).toMatchObject({
      ok: true,
      value: { workday: true, weekday: 7 },
    });
    expect(getDayInfo("2026-03-16", cal)).toMatchObject({
      ok: true,
      value: { workday: false, kind: "override" },
    });
    expect(getDayInfo("2026-02-14", cal)).toMatchObject({
      ok: true,
      value: { hours: ["09:00-15:00"] },
    });
    expect(addWorkdays("2026-03-06", 1, cal)).toEqual({ ok: true, value: "2026-03-10" });
    expect(iso(nextWorkingTime(cn("2026-03-13T12:00:00"), cal))).toBe(
      cn("2026-03-14T09:00:00").toISOString(),
    );
  });

  it("extends with a year the built-in data lacks (2027) and can replace a year", () => {
    const cal = createWorkCalendar({
      strict: true,
      holidayYears: [
        {
          year: 2027,
          days: [
            { name: "元旦", date: "2026-12-31", isOffDay: true },
            { name: "元旦", date: "2027-01-01", isOffDay: true },
            { name: "春节", date: "2027-02-06", isOffDay: false },
          ],
        },
      ],
    });
    expect(cal.coverage).toEqual({ from: 2007, to: 2027 });
    expect(getDayInfo("2026-12-31", cal)).toMatchObject({
      ok: true,
      value: { workday: false, name: "元旦", covered: true },
    });
    expect(getDayInfo("2027-02-06", cal)).toMatchObject({
      ok: true,
      value: { workday: true, makeup: true, covered: true },
    });
    expect(addWorkdays("2026-12-30", 1, cal)).toEqual({ ok: true, value: "2027-01-04" });
    expect(isWorkday("2028-01-03", cal)).toMatchObject({
      ok: false,
      error: { code: "calendar/out-of-range", to: 2027 },
    });
    const replaced = createWorkCalendar({ holidayYears: [{ year: 2026, days: [] }] });
    expect(isWorkday("2026-02-14", replaced)).toEqual({ ok: true, value: false });
    expect(isWorkday("2026-02-16", replaced)).toEqual({ ok: true, value: true });
  });

  it("works without China data (every date covered) and in other zones", () => {
    const hk = createWorkCalendar({
      timeZone: "Asia/Hong_Kong",
      chinaHolidays: false,
      holidays: ["2026-12-25"],
    });
    expect(hk.coverage).toBeNull();
    expect(getDayInfo("2030-02-04", hk)).toMatchObject({
      ok: true,
      value: { covered: true, workday: true },
    });
    expect(isWorkday("2026-12-25", hk)).toEqual({ ok: true, value: false });
    const utc = createWorkCalendar({
      timeZone: "UTC",
      chinaHolidays: false,
      businessDayMinutes: 480,
    });
    expect(
      iso(addWorkingTime("2026-03-06T00:00:00.000Z" as unknown as number, 1, utc)),
    ).toMatchObject({ code: "calendar/invalid-date" });
    expect(iso(addWorkingTime(Date.UTC(2026, 2, 6, 16), { days: 1 }, utc))).toBe(
      "2026-03-09T15:30:00.000Z",
    );
  });
});
