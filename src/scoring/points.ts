import { civilFromDays } from "../core/civil.ts";
/**
 * Exact arithmetic helpers. Points live as integer tenths inside the module (2.5 points = 25),
 * money as integer fen (20 yuan = 2000), so sums never drift the way 0.1 + 0.2 does.
 */

/** Points as a JS number → integer tenths, or `undefined` when not a multiple of 0.1. */
export function toTenths(points: number): number | undefined {
  if (typeof points !== "number" || !Number.isFinite(points)) return undefined;
  const t = Math.round(points * 10);
  // A tolerance of 1e-6 tenth accepts 2.5 or 0.3 written in binary, rejects 0.25.
  if (Math.abs(points * 10 - t) > 1e-6) return undefined;
  return t === 0 ? 0 : t;
}

/** Integer tenths → points as a number (one division, so no accumulated error). */
export function fromTenths(tenths: number): number {
  return tenths / 10;
}

/** True for a safe, non-negative integer (counts and fen amounts). */
export function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/** Mainland China: UTC+08:00, no daylight saving since 1991. */
export const CHINA_UTC_OFFSET_MINUTES = 480;

/**
 * The month number (year × 12 + month − 1) of an instant at a fixed UTC offset, by integer
 * civil-calendar arithmetic (H. Hinnant's days-to-civil): no `Date` object, no time zone.
 */
export function monthIndexAt(ms: number, offsetMinutes: number): number {
  const { year, month } = civilFromDays(Math.floor((ms + offsetMinutes * 60_000) / 86_400_000));
  return year * 12 + month - 1;
}

/** Parses `yyyy-MM` into a month number (year × 12 + month − 1), or `undefined`. */
export function monthIndex(month: unknown): number | undefined {
  if (typeof month !== "string" || month.length !== 7 || month.charCodeAt(4) !== 0x2d)
    return undefined;
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  if (!Number.isInteger(y) || !Number.isInteger(m) || m < 1 || m > 12 || y < 1) return undefined;
  for (let i = 0; i < 7; i++) {
    if (i === 4) continue;
    const c = month.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  return y * 12 + m - 1;
}

/** Month number → `yyyy-MM`. */
export function monthName(index: number): string {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}`;
}

/**
 * An event time as epoch milliseconds: a `Date`, epoch ms, or an ISO 8601 string that carries
 * its offset (`Z` or `+08:00`). A string without an offset would be read in the process time
 * zone by `Date.parse`, so it is refused.
 */
export function toEpochMs(value: unknown): number | undefined {
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isFinite(t) ? t : undefined;
  }
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && value.length <= 40 && hasExplicitOffset(value)) {
    const t = Date.parse(value);
    return Number.isFinite(t) ? t : undefined;
  }
  return undefined;
}

function hasExplicitOffset(s: string): boolean {
  if (s.indexOf("T") < 0) return false;
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x5a || last === 0x7a) return true; // Z or z
  // ±HH:MM or ±HHMM at the end, after the time part.
  const tail = s.slice(-6);
  const sign = tail.charCodeAt(0);
  if ((sign === 0x2b || sign === 0x2d) && tail.charCodeAt(3) === 0x3a) return true;
  const tail5 = s.slice(-5);
  const sign5 = tail5.charCodeAt(0);
  return (sign5 === 0x2b || sign5 === 0x2d) && s.indexOf("T") < s.length - 5;
}
