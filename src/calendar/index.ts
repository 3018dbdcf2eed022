/**
 * `kuaidi-kefu/calendar`: the mainland China work calendar (statutory holidays and 调休 make-up
 * working days 2007-2026, extendable), business hours with split and overnight shifts in any IANA
 * zone, and business-time arithmetic that never depends on the process time zone.
 *
 * Every query takes an optional calendar as its last argument (default: the built-in China
 * calendar, Monday-Friday 08:30-17:00 plus make-up days) and returns a `Result`: bad input gives
 * an error result, never an exception or a `NaN` date. Bad calendar options throw
 * {@link CalendarConfigError} from `createWorkCalendar` (or come back as data from
 * `tryCreateWorkCalendar`).
 *
 * @packageDocumentation
 * @module kuaidi-kefu/calendar
 */
export {
  createWorkCalendar,
  tryCreateWorkCalendar,
  getChinaCalendar,
  CalendarConfigError,
} from "./calendar.ts";
export {
  isWorkday,
  getDayInfo,
  isWorkingTime,
  nextWorkingTime,
  addWorkingTime,
  subtractWorkingTime,
  workingTimeBetween,
  addWorkdays,
  toWallTime,
  fromWallTime,
} from "./queries.ts";
export { CHINA_HOLIDAY_YEARS, DEFAULT_WEEKLY_HOURS, SUPPORTED_YEARS } from "./constants.ts";
export type {
  DateInput,
  BusinessDuration,
  HoursInterval,
  WeeklyHours,
  HolidayRecord,
  HolidayYear,
  NamedDate,
  DateOverride,
  WorkCalendarOptions,
  WorkCalendar,
  DayInfo,
  WallTime,
  CalendarIssue,
  CalendarOptionIssue,
} from "./types.ts";
export type { CalendarResult } from "./queries.ts";
