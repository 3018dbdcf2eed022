import type { KefuIssue, Locale } from "../core/issue.ts";

/**
 * A calendar date or an instant: a `Date`, epoch milliseconds, or a `'YYYY-MM-DD'` calendar date
 * (read in the calendar's time zone; as an instant it means that date's midnight there).
 *
 * @example
 * ```ts
 * import type { DateInput } from "kuaidi-kefu/calendar";
 * const inputs: DateInput[] = ["2026-02-14", Date.UTC(2026, 1, 13, 9, 30), new Date("2026-02-13T17:30:00+08:00")];
 * inputs.length; // => 3
 * ```
 */
export type DateInput = Date | number | string;

/**
 * A stretch of business time: milliseconds, or `{ days?, hours?, minutes? }`. A business **day**
 * is the calendar's `businessDayMinutes` (default: the length of a standard working day, 8.5 h for
 * 08:30-17:00), not 24 hours; use `addWorkdays` to move by whole working dates.
 *
 * @example
 * ```ts
 * import type { BusinessDuration } from "kuaidi-kefu/calendar";
 * const d: BusinessDuration = { hours: 2, minutes: 30 };
 * d.hours; // => 2
 * ```
 */
export type BusinessDuration =
  number | { readonly days?: number; readonly hours?: number; readonly minutes?: number };

/**
 * One working interval: `'HH:MM-HH:MM'` on the same day (end up to `'24:00'`), or
 * `'HH:MM-HH:MM+1'` for an overnight shift that ends the next morning (it belongs to the day it
 * starts on: a holiday closes it entirely).
 *
 * @example
 * ```ts
 * import type { HoursInterval } from "kuaidi-kefu/calendar";
 * const shifts: HoursInterval[] = ["08:30-12:00", "13:30-17:00", "22:00-06:00+1"];
 * shifts.length; // => 3
 * ```
 */
export type HoursInterval = string;

/**
 * Weekly hours: for each weekday the working intervals (several per day for split shifts and
 * lunch breaks). A missing or empty day is closed.
 *
 * @example
 * ```ts
 * import type { WeeklyHours } from "kuaidi-kefu/calendar";
 * const hours: WeeklyHours = { mon: ["09:00-12:00", "13:00-18:00"], sat: ["10:00-14:00"] };
 * hours.mon?.length; // => 2
 * ```
 */
export interface WeeklyHours {
  readonly mon?: readonly HoursInterval[];
  readonly tue?: readonly HoursInterval[];
  readonly wed?: readonly HoursInterval[];
  readonly thu?: readonly HoursInterval[];
  readonly fri?: readonly HoursInterval[];
  readonly sat?: readonly HoursInterval[];
  readonly sun?: readonly HoursInterval[];
}

/**
 * One day of a State Council holiday notice, in the shape of the `days[]` entries of
 * `NateScarlet/holiday-cn`'s `{YEAR}.json` files: `isOffDay: true` is a day off, `false` a working
 * day (调休 make-up day when it falls on a weekend).
 *
 * @example
 * ```ts
 * import type { HolidayRecord } from "kuaidi-kefu/calendar";
 * const r: HolidayRecord = { name: "春节", date: "2027-02-06", isOffDay: true };
 * r.isOffDay; // => true
 * ```
 */
export interface HolidayRecord {
  readonly name: string;
  readonly date: string;
  readonly isOffDay: boolean;
}

/**
 * A year of holiday notices to add to (or replace in) the calendar's data: the `{YEAR}.json` file
 * of `holiday-cn` parsed as is (`papers` and other keys are ignored). `days` may include
 * late-December dates of the previous year, as the notices do.
 *
 * @example
 * ```ts
 * import type { HolidayYear } from "kuaidi-kefu/calendar";
 * const y: HolidayYear = { year: 2027, days: [{ name: "元旦", date: "2027-01-01", isOffDay: true }] };
 * y.year; // => 2027
 * ```
 */
export interface HolidayYear {
  readonly year: number;
  readonly days: readonly HolidayRecord[];
}

/**
 * A named date for `holidays` / `extraWorkdays`: a `'YYYY-MM-DD'` string or `{ date, name }`.
 *
 * @example
 * ```ts
 * import type { NamedDate } from "kuaidi-kefu/calendar";
 * const d: NamedDate = { date: "2026-03-08", name: "妇女节" };
 * typeof d; // => "object"
 * ```
 */
export type NamedDate = string | { readonly date: string; readonly name?: string };

/**
 * Hours for one date or an inclusive date range, replacing every other rule for those dates
 * (`hours: []` closes them).
 *
 * @example
 * ```ts
 * import type { DateOverride } from "kuaidi-kefu/calendar";
 * const o: DateOverride = { date: "2026-12-31", hours: ["08:30-12:00"], name: "年终盘点" };
 * o.hours.length; // => 1
 * ```
 */
export interface DateOverride {
  /** A single date, or use `from` and `to`. */
  readonly date?: string;
  readonly from?: string;
  readonly to?: string;
  readonly hours: readonly HoursInterval[];
  readonly name?: string;
}

/**
 * Options of `createWorkCalendar`. Everything is optional: `{}` gives the built-in China calendar.
 *
 * @example
 * ```ts
 * import type { WorkCalendarOptions } from "kuaidi-kefu/calendar";
 * const o: WorkCalendarOptions = { timeZone: "Asia/Shanghai", strict: true };
 * o.strict; // => true
 * ```
 */
export interface WorkCalendarOptions {
  /** IANA time zone of the hours and dates; default `'Asia/Shanghai'`. */
  readonly timeZone?: string;
  /** Weekly hours; default Monday-Friday 08:30-17:00. */
  readonly weeklyHours?: WeeklyHours;
  /**
   * Hours of a listed working day whose weekday has no weekly hours (a weekend make-up day);
   * default: Monday's hours (or the first weekday that has hours).
   */
  readonly makeupHours?: readonly HoursInterval[];
  /** Include the built-in mainland China holiday data (2007-2026); default `true`. */
  readonly chinaHolidays?: boolean;
  /** Further (or corrected) years of holiday notices, e.g. 2027 once published. */
  readonly holidayYears?: readonly HolidayYear[];
  /** The host's own days off (company holidays). */
  readonly holidays?: readonly NamedDate[];
  /** The host's own extra working dates (they use `makeupHours` when the weekday is closed). */
  readonly extraWorkdays?: readonly NamedDate[];
  /** Dates or ranges with their own hours; they win over every other rule. */
  readonly overrides?: readonly DateOverride[];
  /** Length of one business day in `{ days }` durations, in minutes; default: the make-up hours' total. */
  readonly businessDayMinutes?: number;
  /** Return `calendar/out-of-range` for dates outside the covered years instead of falling back. */
  readonly strict?: boolean;
  /** Language of the messages of the query errors; default `'zh-CN'`. */
  readonly locale?: Locale;
}

/**
 * A work calendar built by `createWorkCalendar`: immutable; pass it as the last argument of any
 * query. Its fields describe it; the engine behind it is private.
 *
 * @example
 * ```ts
 * import { createWorkCalendar, type WorkCalendar } from "kuaidi-kefu/calendar";
 * const cal: WorkCalendar = createWorkCalendar({ timeZone: "Asia/Hong_Kong", chinaHolidays: false });
 * cal.timeZone; // => "Asia/Hong_Kong"
 * cal.coverage; // => null
 * ```
 */
export interface WorkCalendar {
  readonly kind: "kuaidi-kefu/work-calendar";
  readonly timeZone: string;
  readonly strict: boolean;
  readonly locale: Locale;
  /** First and last year covered by holiday data, or `null` when the calendar uses no holiday data (then every date counts as covered). */
  readonly coverage: { readonly from: number; readonly to: number } | null;
  /** Every covered year, ascending. */
  readonly coveredYears: readonly number[];
  /** Length of a business day in minutes (for `{ days }` durations). */
  readonly businessDayMinutes: number;
}

/**
 * What a date is in a calendar.
 * `kind`: `'workday'` (ordinary working day), `'weekend'` (no weekly hours), `'holiday'` (day off
 * from the holiday data or the host's `holidays`), `'makeup'` (a listed or extra working day on a
 * weekday without weekly hours, e.g. a 调休 Saturday), `'override'` (a date override).
 *
 * @example
 * ```ts
 * import { getDayInfo, type DayInfo } from "kuaidi-kefu/calendar";
 * const r = getDayInfo("2026-02-14");
 * const info = r.ok ? (r.value as DayInfo) : null;
 * info?.kind; // => "makeup"
 * ```
 */
export interface DayInfo {
  /** `'YYYY-MM-DD'` */
  readonly date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly workday: boolean;
  readonly kind: "workday" | "weekend" | "holiday" | "makeup" | "override";
  /** Holiday the day belongs to (for days off and make-up days), or the override's name; else `null`. */
  readonly name: string | null;
  /** A working day only because of a listing (调休 make-up day or extra working date). */
  readonly makeup: boolean;
  /** The year is covered by holiday data (always `true` for calendars without holiday data). */
  readonly covered: boolean;
  /** Working intervals that start on this date, `'HH:MM-HH:MM'` (`+1` when overnight). */
  readonly hours: readonly string[];
}

/**
 * Wall-clock reading of an instant in a calendar's zone.
 *
 * @example
 * ```ts
 * import { toWallTime, type WallTime } from "kuaidi-kefu/calendar";
 * const r = toWallTime(Date.UTC(2026, 1, 13, 9, 30));
 * const w = r.ok ? (r.value as WallTime) : null;
 * w?.time; // => "17:30"
 * ```
 */
export interface WallTime {
  /** `'YYYY-MM-DD'` */
  readonly date: string;
  /** `'HH:MM'`, or `'HH:MM:SS'` when seconds are not zero. */
  readonly time: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** Minutes since the date's midnight (with fraction). */
  readonly minuteOfDay: number;
  /** Offset from UTC in minutes. */
  readonly offsetMinutes: number;
}

/**
 * Errors returned by the query functions (never thrown).
 *
 * | code | when |
 * | --- | --- |
 * | `calendar/invalid-date` | not a `Date`, finite epoch ms or real `'YYYY-MM-DD'` |
 * | `calendar/invalid-duration` | negative, non-finite or malformed duration |
 * | `calendar/invalid-count` | `addWorkdays` count not a safe integer |
 * | `calendar/invalid-calendar` | last argument is not a calendar from `createWorkCalendar` |
 * | `calendar/out-of-range` | outside the covered years (strict calendars) or outside 1900-2199 |
 * | `calendar/no-working-time` | no working time before the end of the supported range |
 *
 * @example
 * ```ts
 * import { isWorkday, type CalendarIssue } from "kuaidi-kefu/calendar";
 * const r = isWorkday("2026-02-30");
 * const code = r.ok ? null : (r.error as CalendarIssue).code;
 * code; // => "calendar/invalid-date"
 * ```
 */
export type CalendarIssue =
  | KefuIssue<"calendar/invalid-date", { readonly input: string }>
  | KefuIssue<"calendar/invalid-duration", { readonly input: string }>
  | KefuIssue<"calendar/invalid-count", { readonly input: string }>
  | KefuIssue<"calendar/invalid-calendar", Record<never, never>>
  | KefuIssue<
      "calendar/out-of-range",
      { readonly date: string; readonly from: number; readonly to: number }
    >
  | KefuIssue<"calendar/no-working-time", { readonly from: string }>;

/**
 * Problems found in `createWorkCalendar` options; each names the bad field in `field` and `path`.
 *
 * | code | when |
 * | --- | --- |
 * | `calendar/invalid-option` | wrong type, unknown key, malformed date or number |
 * | `calendar/unknown-time-zone` | `timeZone` unknown to the runtime's `Intl` |
 * | `calendar/invalid-interval` | interval malformed, empty or running backwards |
 * | `calendar/overlapping-intervals` | intervals of a day (or an overnight tail and the next day) overlap |
 * | `calendar/conflicting-dates` | a date in both `holidays` and `extraWorkdays`, twice in one `holidayYears` entry, or in two overrides |
 *
 * @example
 * ```ts
 * import { tryCreateWorkCalendar, type CalendarOptionIssue } from "kuaidi-kefu/calendar";
 * const r = tryCreateWorkCalendar({ timeZone: "Mars/Olympus" });
 * const first = r.ok ? null : (r.error[0] as CalendarOptionIssue);
 * first?.field; // => "timeZone"
 * ```
 */
export type CalendarOptionIssue = KefuIssue<
  | "calendar/invalid-option"
  | "calendar/unknown-time-zone"
  | "calendar/invalid-interval"
  | "calendar/overlapping-intervals"
  | "calendar/conflicting-dates",
  { readonly field: string; readonly value: string; readonly expected: string }
>;
