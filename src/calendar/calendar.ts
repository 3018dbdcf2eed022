import { err, ok, type Result } from "../core/result.ts";
import { resolveOptions, type ResolvedOptions } from "./options.ts";
import { RuleBook } from "./rules.ts";
import { Timeline } from "./timeline.ts";
import type { CalendarOptionIssue, WorkCalendar, WorkCalendarOptions } from "./types.ts";
import { MINUTE_MS, type Zone } from "./zone.ts";

/** The private engine of a calendar: its zone, rule book and timeline (built lazily per year). */
export interface Engine {
  readonly zone: Zone;
  readonly rules: RuleBook;
  readonly timeline: Timeline;
  readonly businessDayMs: number;
}

const engines = new WeakMap<WorkCalendar, Engine>();

/** The engine of a calendar made by this module, or `undefined` for anything else. */
export function engineOf(calendar: unknown): Engine | undefined {
  return typeof calendar === "object" && calendar !== null
    ? engines.get(calendar as WorkCalendar)
    : undefined;
}

function build(resolved: ResolvedOptions): WorkCalendar {
  const covered = new Set(resolved.coveredYears);
  const rules = new RuleBook(
    resolved.weekly,
    resolved.makeup,
    resolved.data,
    resolved.host,
    resolved.overrides,
    covered,
    covered.size === 0,
  );
  const years = resolved.coveredYears;
  const calendar: WorkCalendar = Object.freeze({
    kind: "kuaidi-kefu/work-calendar" as const,
    timeZone: resolved.timeZone,
    strict: resolved.strict,
    locale: resolved.locale,
    coverage:
      years.length > 0
        ? Object.freeze({ from: years[0] as number, to: years[years.length - 1] as number })
        : null,
    coveredYears: Object.freeze([...years]),
    businessDayMinutes: resolved.businessDayMinutes,
  });
  engines.set(calendar, {
    zone: resolved.zone,
    rules,
    timeline: new Timeline(resolved.zone, rules),
    businessDayMs: resolved.businessDayMinutes * MINUTE_MS,
  });
  return calendar;
}

/**
 * Thrown by {@link createWorkCalendar} for bad options (a programmer error): the message starts
 * with `[kuaidi-kefu]` and names every bad field; `issues` holds them as data.
 *
 * @example
 * ```ts
 * import { createWorkCalendar, CalendarConfigError } from "kuaidi-kefu/calendar";
 * try {
 *   createWorkCalendar({ weeklyHours: { mon: ["17:00-08:30"] } });
 * } catch (e) {
 *   (e instanceof CalendarConfigError); // => true
 *   (e as CalendarConfigError).issues[0]?.field; // => "weeklyHours.mon[0]"
 * }
 * ```
 */
export class CalendarConfigError extends Error {
  /** Every problem found, each naming its field. */
  readonly issues: readonly CalendarOptionIssue[];
  constructor(issues: readonly CalendarOptionIssue[]) {
    super(
      `[kuaidi-kefu] invalid work calendar options: ${issues.map((i) => i.message).join("; ")}`,
    );
    this.name = "CalendarConfigError";
    this.issues = issues;
  }
}

/**
 * Builds a work calendar, or returns every problem in the options (each naming its field) as an
 * error result: for options that come from configuration files or users.
 *
 * @example
 * ```ts
 * import { tryCreateWorkCalendar } from "kuaidi-kefu/calendar";
 * const r = tryCreateWorkCalendar({ weeklyHours: { mon: ["08:30-12:00", "11:00-17:00"] } });
 * r.ok; // => false
 * r.ok ? null : r.error.map((i) => [i.code, i.field]);
 * // => [["calendar/overlapping-intervals", "weeklyHours.mon[1]"]]
 * ```
 */
export function tryCreateWorkCalendar(
  options?: WorkCalendarOptions,
): Result<WorkCalendar, readonly CalendarOptionIssue[]> {
  const resolved = resolveOptions(options);
  return resolved.ok ? ok(build(resolved.value)) : err(resolved.error);
}

/**
 * Builds a work calendar: time zone, weekly hours (split and overnight shifts), holiday data
 * (built-in mainland China 2007-2026 unless `chinaHolidays: false`, plus `holidayYears` such as
 * next year's notice), the host's holidays, extra working dates and date overrides. Pass it as
 * the last argument of the queries.
 *
 * Precedence for a date: `overrides` > `holidays` / `extraWorkdays` > holiday data > weekly hours.
 *
 * @throws {@link CalendarConfigError} when an option is invalid (a programmer error; use
 * {@link tryCreateWorkCalendar} to get the problems as a result instead).
 * @example
 * ```ts
 * import { createWorkCalendar, isWorkday, nextWorkingTime } from "kuaidi-kefu/calendar";
 * const cal = createWorkCalendar({
 *   weeklyHours: { mon: ["09:00-12:00", "13:00-18:00"], tue: ["09:00-18:00"], sat: ["22:00-06:00+1"] },
 *   holidayYears: [{ year: 2027, days: [{ name: "元旦", date: "2027-01-01", isOffDay: true }] }],
 *   extraWorkdays: [{ date: "2026-03-08", name: "盘点" }],
 * });
 * cal.coverage; // => { from: 2007, to: 2027 }
 * isWorkday("2026-03-08", cal); // => { ok: true, value: true }
 * const next = nextWorkingTime(new Date("2026-03-09T12:30:00+08:00"), cal);
 * next.ok ? next.value.toISOString() : null; // => "2026-03-09T05:00:00.000Z"
 * ```
 */
export function createWorkCalendar(options?: WorkCalendarOptions): WorkCalendar {
  const resolved = resolveOptions(options);
  if (!resolved.ok) throw new CalendarConfigError(resolved.error);
  return build(resolved.value);
}

let china: WorkCalendar | undefined;

/**
 * The built-in calendar the queries use when no calendar is passed: Asia/Shanghai, Monday to
 * Friday 08:30-17:00, mainland China holidays and 调休 make-up days 2007-2026 (make-up days use
 * the same hours), weekends-only fallback outside those years (`covered: false`). Built on first use.
 *
 * @example
 * ```ts
 * import { getChinaCalendar } from "kuaidi-kefu/calendar";
 * getChinaCalendar().coverage; // => { from: 2007, to: 2026 }
 * getChinaCalendar().businessDayMinutes; // => 510
 * ```
 */
export function getChinaCalendar(): WorkCalendar {
  china ??= createWorkCalendar();
  return china;
}
