import { err, ok, type Result } from "../core/result.ts";
import { engineOf, getChinaCalendar, type Engine } from "./calendar.ts";
import { describe, queryIssue } from "./messages.ts";
import { MAX_YEAR, MIN_YEAR } from "./timeline.ts";
import type {
  BusinessDuration,
  CalendarIssue,
  DateInput,
  DayInfo,
  WallTime,
  WorkCalendar,
} from "./types.ts";
import {
  DAY_MS,
  HOUR_MS,
  MAX_EPOCH_MS,
  MINUTE_MS,
  dayNumberToKey,
  parseClock,
  parseDateKey,
  wallFields,
  wallTimeKey,
  yearOfDayNumber,
} from "./zone.ts";

/**
 * What every calendar query returns: the answer, or a {@link CalendarIssue} for an invalid date,
 * duration or calendar (never `NaN` dates, never an exception).
 *
 * @example
 * ```ts
 * import { isWorkday, type CalendarResult } from "kuaidi-kefu/calendar";
 * const r: CalendarResult<boolean> = isWorkday("2026-02-14");
 * r; // => { ok: true, value: true }
 * ```
 */
export type CalendarResult<T> = Result<T, CalendarIssue>;

interface Ctx {
  readonly cal: WorkCalendar;
  readonly eng: Engine;
}

/** Resolves the optional last argument; `undefined` means the built-in China calendar. */
function context(calendar: WorkCalendar | undefined): Ctx | CalendarIssue {
  const cal = calendar ?? getChinaCalendar();
  const eng = engineOf(cal);
  if (eng === undefined) return queryIssue("calendar/invalid-calendar", {}, "zh-CN");
  return { cal, eng };
}

function isIssue(x: Ctx | CalendarIssue): x is CalendarIssue {
  return "code" in x;
}

/** An instant from a `DateInput` (a `'YYYY-MM-DD'` means that date's midnight in the calendar's zone). */
function toInstant(input: unknown, ctx: Ctx): number | CalendarIssue {
  let t = Number.NaN;
  if (input instanceof Date) t = input.getTime();
  else if (typeof input === "number")
    t = Number.isFinite(input) && Math.abs(input) <= MAX_EPOCH_MS ? Math.trunc(input) : Number.NaN;
  else if (typeof input === "string") {
    const dn = parseDateKey(input);
    if (dn !== undefined) t = ctx.eng.zone.firstAtOrAfter(dn * DAY_MS);
  }
  if (Number.isNaN(t))
    return queryIssue("calendar/invalid-date", { input: describe(input) }, ctx.cal.locale);
  return checkYear(t, ctx);
}

/** A day number from a `DateInput` (an instant gives its date in the calendar's zone). */
function toDay(input: unknown, ctx: Ctx): number | CalendarIssue {
  if (typeof input === "string") {
    const dn = parseDateKey(input);
    if (dn === undefined)
      return queryIssue("calendar/invalid-date", { input: describe(input) }, ctx.cal.locale);
    return checkDay(dn, ctx);
  }
  const t = toInstant(input, ctx);
  if (typeof t !== "number") return t;
  return Math.floor(ctx.eng.zone.toWall(t) / DAY_MS);
}

const yearOfDay = yearOfDayNumber;

/** Supported years always; covered years too when the calendar is strict. */
function checkDay(dn: number, ctx: Ctx): number | CalendarIssue {
  const year = yearOfDay(dn);
  const { cal } = ctx;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return queryIssue(
      "calendar/out-of-range",
      { date: dayNumberToKey(dn), from: MIN_YEAR, to: MAX_YEAR },
      cal.locale,
    );
  }
  if (cal.strict && !ctx.eng.rules.isCoveredYear(year))
    return outOfCoverage(dayNumberToKey(dn), ctx);
  return dn;
}

function outOfCoverage(date: string, ctx: Ctx): CalendarIssue {
  const cov = ctx.cal.coverage as { from: number; to: number };
  return queryIssue("calendar/out-of-range", { date, from: cov.from, to: cov.to }, ctx.cal.locale);
}

function checkYear(t: number, ctx: Ctx): number | CalendarIssue {
  const dn = Math.floor(ctx.eng.zone.toWall(t) / DAY_MS);
  const checked = checkDay(dn, ctx);
  return typeof checked === "number" ? t : checked;
}

/** In strict mode every year from `a` to `b` (instants) must be covered. */
function checkSpan(a: number, b: number, ctx: Ctx): CalendarIssue | undefined {
  if (!ctx.cal.strict) return undefined;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const y1 = yearOfDay(Math.floor(ctx.eng.zone.toWall(lo) / DAY_MS));
  const y2 = yearOfDay(Math.floor(ctx.eng.zone.toWall(hi) / DAY_MS));
  for (let y = y1; y <= y2; y++) {
    if (!ctx.eng.rules.isCoveredYear(y)) return outOfCoverage(`${y}`, ctx);
  }
  return undefined;
}

/** Milliseconds of a business duration, or an issue. */
function durationMs(input: unknown, ctx: Ctx): number | CalendarIssue {
  const bad = (): CalendarIssue =>
    queryIssue("calendar/invalid-duration", { input: describe(input) }, ctx.cal.locale);
  const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;
  if (typeof input === "number") return finite(input) && input <= MAX_EPOCH_MS ? input : bad();
  if (typeof input !== "object" || input === null || Array.isArray(input)) return bad();
  const d = input as Record<string, unknown>;
  let ms = 0;
  let any = false;
  for (const key of Object.keys(d)) {
    const v = d[key];
    if (v === undefined) continue;
    if (!finite(v)) return bad();
    if (key === "days") ms += v * ctx.eng.businessDayMs;
    else if (key === "hours") ms += v * HOUR_MS;
    else if (key === "minutes") ms += v * MINUTE_MS;
    else return bad();
    any = true;
  }
  return any && ms <= MAX_EPOCH_MS ? ms : any ? bad() : 0;
}

function noWork(from: number, ctx: Ctx): CalendarIssue {
  return queryIssue(
    "calendar/no-working-time",
    { from: new Date(from).toISOString() },
    ctx.cal.locale,
  );
}

function rangeEnd(from: number, ctx: Ctx, forward: boolean): CalendarIssue {
  void from;
  const edge = forward ? `${MAX_YEAR}-12-31` : `${MIN_YEAR}-01-01`;
  return queryIssue(
    "calendar/out-of-range",
    { date: edge, from: MIN_YEAR, to: MAX_YEAR },
    ctx.cal.locale,
  );
}

/**
 * Whether a date is a working day (has working hours): holidays are not, 调休 make-up days are.
 * An instant counts by its date in the calendar's zone.
 *
 * @example
 * ```ts
 * import { isWorkday } from "kuaidi-kefu/calendar";
 * isWorkday("2026-02-14"); // => { ok: true, value: true }
 * isWorkday("2026-10-01"); // => { ok: true, value: false }
 * isWorkday(new Date("2026-09-30T23:30:00-04:00")); // => { ok: true, value: false }
 * ```
 */
export function isWorkday(date: DateInput, calendar?: WorkCalendar): CalendarResult<boolean> {
  const ctx = context(calendar);
  if (isIssue(ctx)) return err(ctx);
  const dn = toDay(date, ctx);
  if (typeof dn !== "number") return err(dn);
  return ok(ctx.eng.rules.rule(dn).workday);
}

/**
 * Everything about a date: working or not, kind, holiday name, make-up day, whether the year is
 * covered by holiday data, and its hours.
 *
 * @example
 * ```ts
 * import { getDayInfo } from "kuaidi-kefu/calendar";
 * getDayInfo("2026-02-14");
 * // => { ok: true, value: { date: "2026-02-14", weekday: 6, workday: true, kind: "makeup", name: "春节", makeup: true, covered: true, hours: ["08:30-17:00"] } }
 * const later = getDayInfo("2027-01-01");
 * later.ok && later.value.covered; // => false
 * ```
 */
export function getDayInfo(date: DateInput, calendar?: WorkCalendar): CalendarResult<DayInfo> {
  const ctx = context(calendar);
  if (isIssue(ctx)) return err(ctx);
  const dn = toDay(date, ctx);
  if (typeof dn !== "number") return err(dn);
  return ok(ctx.eng.rules.info(dn));
}

/**
 * Whether an instant falls inside working hours (intervals are half-open: 17:00 is closed).
 *
 * @example
 * ```ts
 * import { isWorkingTime } from "kuaidi-kefu/calendar";
 * isWorkingTime(new Date("2026-02-14T09:00:00+08:00")); // => { ok: true, value: true }
 * isWorkingTime(new Date("2026-02-13T17:00:00+08:00")); // => { ok: true, value: false }
 * ```
 */
export function isWorkingTime(
  instant: DateInput,
  calendar?: WorkCalendar,
): CalendarResult<boolean> {
  const ctx = context(calendar);
  if (isIssue(ctx)) return err(ctx);
  const t = toInstant(instant, ctx);
  if (typeof t !== "number") return err(t);
  return ok(ctx.eng.timeline.isWorking(t) === true);
}

/**
 * The instant itself when it is working time, else the next opening.
 *
 * @example
 * ```ts
 * import { nextWorkingTime } from "kuaidi-kefu/calendar";
 * const r = nextWorkingTime(new Date("2026-02-13T17:30:00+08:00"));
 * r.ok ? r.value.toISOString() : null; // => "2026-02-14T00:30:00.000Z"
 * const after = nextWorkingTime(new Date("2026-02-14T17:00:00+08:00"));
 * after.ok ? after.value.toISOString() : null; // => "2026-02-24T00:30:00.000Z"
 * ```
 */
export function nextWorkingTime(instant: DateInput, calendar?: WorkCalendar): CalendarResult<Date> {
  const ctx = context(calendar);
  if (isIssue(ctx)) return err(ctx);
  const t = toInstant(instant, ctx);
  if (typeof t !== "number") return err(t);
  const next = ctx.eng.timeline.nextOpening(t);
  if (next === undefined) return err(noWork(t, ctx));
  const span = checkSpan(t, next, ctx);
  return span ? err(span) : ok(new Date(next));
}

function shift(
  instant: DateInput,
  duration: BusinessDuration,
  calendar: WorkCalendar | undefined,
  sign: 1 | -1,
): CalendarResult<Date> {
  const ctx = context(calendar);
  if (isIssue(ctx)) return err(ctx);
  const t = toInstant(instant, ctx);
  if (typeof t !== "number") return err(t);
  const ms = durationMs(duration, ctx);
  if (typeof ms !== "number") return err(ms);
  if (ms === 0) return ok(new Date(t));
  const tl = ctx.eng.timeline;
  const base = tl.cumAt(t) as number;
  const year = yearOfDay(Math.floor(ctx.eng.zone.toWall(t) / DAY_MS));
  const out = sign > 0 ? tl.forward(year, base + ms) : tl.backward(year, base - ms);
  if (out === undefined) return err(rangeEnd(t, ctx, sign > 0));
  const span = checkSpan(t, out, ctx);
  return span ? err(span) : ok(new Date(out));
}

/**
 * Adds business time: the earliest instant by which `duration` of working time has passed since
 * `instant` (time outside working hours does not count). `{ days: 1 }` is one business day of
 * `calendar.businessDayMinutes` (8.5 h by default).
 *
 * @example
 * ```ts
 * import { addWorkingTime } from "kuaidi-kefu/calendar";
 * const r = addWorkingTime(new Date("2026-02-13T16:00:00+08:00"), { hours: 2 });
 * r.ok ? r.value.toISOString() : null; // => "2026-02-14T01:30:00.000Z"
 * ```
 */
export function addWorkingTime(
  instant: DateInput,
  duration: BusinessDuration,
  calendar?: WorkCalendar,
): CalendarResult<Date> {
  return shift(instant, duration, calendar, 1);
}

/**
 * Goes back in business time: the latest instant from which `duration` of working time leads to
 * `instant`.
 *
 * @example
 * ```ts
 * import { subtractWorkingTime } from "kuaidi-kefu/calendar";
 * const r = subtractWorkingTime(new Date("2026-02-24T09:30:00+08:00"), { hours: 2 });
 * r.ok ? r.value.toISOString() : null; // => "2026-02-14T08:00:00.000Z"
 * ```
 */
export function subtractWorkingTime(
  instant: DateInput,
  duration: BusinessDuration,
  calendar?: WorkCalendar,
): CalendarResult<Date> {
  return shift(instant, duration, calendar, -1);
}

/**
 * Working time in milliseconds from `a` to `b` (negative when `b` is before `a`).
 *
 * @example
 * ```ts
 * import { workingTimeBetween } from "kuaidi-kefu/calendar";
 * workingTimeBetween(new Date("2026-02-13T16:00:00+08:00"), new Date("2026-02-24T09:00:00+08:00"));
 * // => { ok: true, value: 36000000 }
 * ```
 */
export function workingTimeBetween(
  a: DateInput,
  b: DateInput,
  calendar?: WorkCalendar,
): CalendarResult<number> {
  const ctx = context(calendar);
  if (isIssue(ctx)) return err(ctx);
  const ta = toInstant(a, ctx);
  if (typeof ta !== "number") return err(ta);
  const tb = toInstant(b, ctx);
  if (typeof tb !== "number") return err(tb);
  const span = checkSpan(ta, tb, ctx);
  if (span) return err(span);
  const tl = ctx.eng.timeline;
  const diff = (tl.cumAt(Math.max(ta, tb)) as number) - (tl.cumAt(Math.min(ta, tb)) as number);
  return ok(diff === 0 ? 0 : ta <= tb ? diff : -diff);
}

/**
 * The `n`-th working day after (`n > 0`) or before (`n < 0`) a date, as `'YYYY-MM-DD'`;
 * `n = 0` gives the date itself when it is a working day, else the next one.
 *
 * @example
 * ```ts
 * import { addWorkdays } from "kuaidi-kefu/calendar";
 * addWorkdays("2026-09-30", 1); // => { ok: true, value: "2026-10-08" }
 * addWorkdays("2026-10-09", 1); // => { ok: true, value: "2026-10-10" }
 * addWorkdays("2026-10-08", -1); // => { ok: true, value: "2026-09-30" }
 * ```
 */
export function addWorkdays(
  date: DateInput,
  n: number,
  calendar?: WorkCalendar,
): CalendarResult<string> {
  const ctx = context(calendar);
  if (isIssue(ctx)) return err(ctx);
  if (typeof n !== "number" || !Number.isSafeInteger(n) || Math.abs(n) > 1e6) {
    return err(queryIssue("calendar/invalid-count", { input: describe(n) }, ctx.cal.locale));
  }
  const dn = toDay(date, ctx);
  if (typeof dn !== "number") return err(dn);
  const tl = ctx.eng.timeline;
  const rules = ctx.eng.rules;
  const work = rules.rule(dn).workday;
  if (n === 0 && work) return ok(dayNumberToKey(dn));
  const before = tl.workdaysBefore(dn) as number;
  const k = n > 0 ? before + (work ? 1 : 0) + n - 1 : n < 0 ? before + n : before;
  const out = tl.workdayAt(k, yearOfDay(dn));
  if (out === undefined) return err(n < 0 ? rangeEnd(dn, ctx, false) : noWork(dn * DAY_MS, ctx));
  const checked = checkDay(out, ctx);
  if (typeof checked !== "number") return err(checked);
  for (const y of [yearOfDay(Math.min(dn, out)), yearOfDay(Math.max(dn, out))]) {
    if (ctx.cal.strict && !rules.isCoveredYear(y)) return err(outOfCoverage(`${y}`, ctx));
  }
  return ok(dayNumberToKey(out));
}

/**
 * The wall-clock reading of an instant in the calendar's zone (China time by default), computed
 * without the process time zone.
 *
 * @example
 * ```ts
 * import { toWallTime } from "kuaidi-kefu/calendar";
 * toWallTime(Date.UTC(2026, 1, 13, 9, 30));
 * // => { ok: true, value: { date: "2026-02-13", time: "17:30", weekday: 5, minuteOfDay: 1050, offsetMinutes: 480 } }
 * ```
 */
export function toWallTime(instant: DateInput, calendar?: WorkCalendar): CalendarResult<WallTime> {
  const ctx = context(calendar);
  if (isIssue(ctx)) return err(ctx);
  const t = toInstant(instant, ctx);
  if (typeof t !== "number") return err(t);
  const wall = ctx.eng.zone.toWall(t);
  const f = wallFields(wall);
  return ok({
    date: dayNumberToKey(f.dayNumber),
    time: wallTimeKey(wall),
    weekday: f.weekday === 0 ? 7 : f.weekday,
    minuteOfDay: f.minuteOfDay,
    offsetMinutes: (wall - t) / MINUTE_MS,
  });
}

/**
 * The instant at which the calendar's zone reads `date` `time` (`'HH:MM'`, `'24:00'` allowed).
 * A time skipped by a DST change moves forward; a repeated one takes the earlier instant.
 *
 * @example
 * ```ts
 * import { fromWallTime } from "kuaidi-kefu/calendar";
 * const r = fromWallTime("2026-02-13", "17:30");
 * r.ok ? r.value.toISOString() : null; // => "2026-02-13T09:30:00.000Z"
 * ```
 */
export function fromWallTime(
  date: string,
  time: string,
  calendar?: WorkCalendar,
): CalendarResult<Date> {
  const ctx = context(calendar);
  if (isIssue(ctx)) return err(ctx);
  const dn = typeof date === "string" ? parseDateKey(date) : undefined;
  const minutes = typeof time === "string" ? parseClock(time) : undefined;
  if (dn === undefined || minutes === undefined) {
    return err(
      queryIssue(
        "calendar/invalid-date",
        { input: `${describe(date)} ${describe(time)}` },
        ctx.cal.locale,
      ),
    );
  }
  const checked = checkDay(dn, ctx);
  if (typeof checked !== "number") return err(checked);
  return ok(new Date(ctx.eng.zone.fromWall(dn * DAY_MS + minutes * MINUTE_MS)));
}
