import { civilFromDays, daysFromCivil, daysInMonth } from "../core/civil.ts";

/**
 * Time-zone adapter shared by `calendar` and `sla`: converts an instant to the wall clock of an
 * IANA zone and back, without ever reading the process time zone.
 *
 * Vocabulary used by both modules (internal API, not a package subpath):
 * - **instant**: epoch milliseconds (UTC), what `Date#getTime()` returns.
 * - **wall ms**: the wall-clock reading in a zone encoded as if it were UTC epoch ms, so that the
 *   `Date#getUTC*()` getters of `new Date(wall)` give the zone's year, month, day, hour, minute
 *   (see {@link wallFields}). `zone.toWall(instant)` and `zone.fromWall(wall)` convert.
 * - **day number**: whole days since 1970-01-01 of a wall date (`Math.floor(wall / DAY_MS)`);
 *   weekday is `(dayNumber + 4) % 7` with 0 = Sunday. {@link dayNumberToKey} and
 *   {@link parseDateKey} convert to and from `'YYYY-MM-DD'`.
 *
 * `getZone(name)` returns a cached {@link Zone} (one per zone name, built on first use), or
 * `undefined` for a name `Intl` does not know. Asia/Shanghai from 1992 onwards (after China's
 * 1986-1991 summer time) and UTC use a fixed offset with no `Intl` call; every other instant goes
 * through one `Intl.DateTimeFormat` per zone, constructed once and reused.
 *
 * DST is resolved like Temporal's `"compatible"` disambiguation, deterministically:
 * a wall time that does not exist (spring-forward gap) maps to the instant given by the offset in
 * force before the gap (so 02:30 in a 02:00-03:00 gap becomes 03:30); a wall time that occurs twice
 * (fall-back overlap) maps to the earlier instant. Boundaries of working intervals and of days use
 * `zone.firstAtOrAfter(wall)` instead: the first instant whose wall reading is `wall` or later, so
 * an interval edge inside a gap snaps to the transition (a shift 02:30-04:00 on a spring-forward
 * night lasts 03:00-04:00, and a day skipped entirely, such as Samoa's 2011-12-30, has no hours).
 */

/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;
/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;
/** Milliseconds in a (wall-clock) day. */
export const DAY_MS = 86_400_000;

/** Largest absolute epoch value a `Date` can hold. */
export const MAX_EPOCH_MS = 8.64e15;

/** A time zone: offsets and wall-clock conversion. All methods are pure and never throw. */
export interface Zone {
  /** The IANA name it was created with. */
  readonly name: string;
  /** Offset (wall minus UTC) in ms in force at an instant. */
  offsetAt(instant: number): number;
  /** The wall-clock reading at an instant, as wall ms. */
  toWall(instant: number): number;
  /** The instant at which the wall clock reads `wall` (gaps move forward, overlaps take the earlier). */
  fromWall(wall: number): number;
  /** The first instant whose wall reading is `wall` or later (a gap snaps to its transition). */
  firstAtOrAfter(wall: number): number;
}

const SHANGHAI_FIXED_FROM = Date.UTC(1991, 11, 31, 16); // 1992-01-01T00:00+08:00
const SHANGHAI_FIXED_WALL_FROM = Date.UTC(1992, 0, 1);
const EIGHT_HOURS = 8 * HOUR_MS;

/** Offset of a zone at an instant, read from a cached formatter (second precision). */
function intlOffset(dtf: Intl.DateTimeFormat, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const part of dtf.formatToParts(whole)) {
    switch (part.type) {
      case "year":
        y = Number(part.value);
        break;
      case "month":
        mo = Number(part.value);
        break;
      case "day":
        d = Number(part.value);
        break;
      case "hour":
        h = Number(part.value) % 24;
        break;
      case "minute":
        mi = Number(part.value);
        break;
      case "second":
        s = Number(part.value);
        break;
      default:
        break;
    }
  }
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  return date.getTime() - whole;
}

function makeFormatter(name: string): Intl.DateTimeFormat | undefined {
  try {
    return new Intl.DateTimeFormat("en-US", {
      timeZone: name,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    return undefined;
  }
}

class IntlZone implements Zone {
  readonly name: string;
  private readonly dtf: Intl.DateTimeFormat;
  /** Fixed offset and the first instant / wall time from which it holds (fast path), if any. */
  private readonly fixed: { offset: number; from: number; wallFrom: number } | undefined;

  constructor(
    name: string,
    dtf: Intl.DateTimeFormat,
    fixed?: { offset: number; from: number; wallFrom: number },
  ) {
    this.name = name;
    this.dtf = dtf;
    this.fixed = fixed;
  }

  offsetAt(instant: number): number {
    const f = this.fixed;
    if (f !== undefined && instant >= f.from) return f.offset;
    return intlOffset(this.dtf, instant);
  }

  toWall(instant: number): number {
    return instant + this.offsetAt(instant);
  }

  fromWall(wall: number): number {
    const f = this.fixed;
    if (f !== undefined && wall >= f.wallFrom) return wall - f.offset;
    // Offsets a day either side bracket any single transition near `wall`.
    const before = this.offsetAt(wall - DAY_MS);
    const after = this.offsetAt(wall + DAY_MS);
    const early = wall - before;
    const late = wall - after;
    const earlyOk = this.toWall(early) === wall;
    const lateOk = this.toWall(late) === wall;
    if (earlyOk && lateOk) return Math.min(early, late);
    if (earlyOk) return early;
    if (lateOk) return late;
    // In a gap: keep the offset in force before it, which lands after the gap.
    return early;
  }

  firstAtOrAfter(wall: number): number {
    const t = this.fromWall(wall);
    if (this.toWall(t) === wall) return t;
    // In a gap: t lies after the transition and t - (gap length) before it; bisect to the second.
    let hi = t;
    let lo = wall - this.offsetAt(wall + DAY_MS);
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (this.toWall(mid) >= wall) hi = mid;
      else lo = mid;
    }
    return hi;
  }
}

const zones = new Map<string, Zone | null>();

/**
 * The cached zone for an IANA name, or `undefined` when the runtime does not know the name.
 * `Asia/Shanghai` (from 1992) and `UTC` take a fixed-offset fast path.
 */
export function getZone(name: string): Zone | undefined {
  if (typeof name !== "string" || name.length === 0 || name.length > 100) return undefined;
  const cached = zones.get(name);
  if (cached !== undefined) return cached ?? undefined;
  const dtf = makeFormatter(name);
  let zone: Zone | null = null;
  if (dtf !== undefined) {
    const canonical = dtf.resolvedOptions().timeZone;
    if (canonical === "Asia/Shanghai" || name === "Asia/Shanghai") {
      zone = new IntlZone(name, dtf, {
        offset: EIGHT_HOURS,
        from: SHANGHAI_FIXED_FROM,
        wallFrom: SHANGHAI_FIXED_WALL_FROM,
      });
    } else if (canonical === "UTC" || canonical === "Etc/UTC" || canonical === "Etc/GMT") {
      zone = new IntlZone(name, dtf, { offset: 0, from: -Infinity, wallFrom: -Infinity });
    } else {
      zone = new IntlZone(name, dtf);
    }
  }
  zones.set(name, zone);
  return zone ?? undefined;
}

/** The wall-clock fields of a wall ms value (all read with UTC getters). */
export interface WallFields {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  /** 1-31 */
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
  /** Days since 1970-01-01 of the wall date. */
  readonly dayNumber: number;
  /** Minutes since the wall date's midnight, with fraction. */
  readonly minuteOfDay: number;
}

/** Splits wall ms into fields using UTC getters only. */
export function wallFields(wall: number): WallFields {
  const d = new Date(wall);
  const dayNumber = Math.floor(wall / DAY_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: weekdayOf(dayNumber),
    dayNumber,
    minuteOfDay: (wall - dayNumber * DAY_MS) / MINUTE_MS,
  };
}

/** Weekday of a day number, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Day number (days since 1970-01-01) of a proleptic Gregorian date. */
export function dayNumberOf(year: number, month: number, day: number): number {
  return daysFromCivil(year, month, day);
}

/** Calendar year of a day number (inverse of {@link dayNumberOf}, year part only). */
export function yearOfDayNumber(dayNumber: number): number {
  return civilFromDays(dayNumber).year;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** `'YYYY-MM-DD'` of a day number. */
export function dayNumberToKey(dayNumber: number): string {
  const d = new Date(dayNumber * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** `'HH:MM'` (or `'HH:MM:SS'` when seconds are set) of a wall ms value. */
export function wallTimeKey(wall: number): string {
  const f = wallFields(wall);
  const base = `${pad(f.hour, 2)}:${pad(f.minute, 2)}`;
  return f.second === 0 && f.millisecond === 0 ? base : `${base}:${pad(f.second, 2)}`;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * Day number of a strict `'YYYY-MM-DD'` calendar date (real month/day, leap years checked), or
 * `undefined`. Hand-written scanner: constant time on any string.
 */
export function parseDateKey(s: string): number | undefined {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = digit(s, i);
    if (c < 0) return undefined;
    year = year * 10 + c;
  }
  const m1 = digit(s, 5);
  const m2 = digit(s, 6);
  const d1 = digit(s, 8);
  const d2 = digit(s, 9);
  if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return undefined;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumberOf(year, month, day);
}

/**
 * Minutes of a strict `'HH:MM'` clock time, 00:00-24:00, or `undefined`.
 */
export function parseClock(s: string): number | undefined {
  if (s.length !== 5 || s.charCodeAt(2) !== 58) return undefined;
  const h1 = digit(s, 0);
  const h2 = digit(s, 1);
  const m1 = digit(s, 3);
  const m2 = digit(s, 4);
  if (h1 < 0 || h2 < 0 || m1 < 0 || m2 < 0) return undefined;
  const h = h1 * 10 + h2;
  const m = m1 * 10 + m2;
  if (m > 59 || h > 24 || (h === 24 && m !== 0)) return undefined;
  return h * 60 + m;
}

/** `'HH:MM'` of a minute count 0-1440 (1440 → `'24:00'`). */
export function clockKey(minutes: number): string {
  return `${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}
