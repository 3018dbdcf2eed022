import { clockKey, parseClock } from "./zone.ts";

/** A working interval in minutes from the start of the day it belongs to; `end` > 1440 when overnight. */
export interface Shift {
  readonly start: number;
  readonly end: number;
}

/**
 * Parses `'HH:MM-HH:MM'` or `'HH:MM-HH:MM+1'` (overnight). Returns the shift, or a reason string.
 * Hand-written: fixed-position scanner, constant time.
 */
export function parseInterval(text: unknown): Shift | string {
  if (typeof text !== "string") return "not a string";
  const overnight = text.length === 13 && text.charCodeAt(11) === 43 && text.charCodeAt(12) === 49;
  if (!(text.length === 11 || overnight) || text.charCodeAt(5) !== 45) return "not HH:MM-HH:MM";
  const start = parseClock(text.slice(0, 5));
  const end = parseClock(text.slice(6, 11));
  if (start === undefined || end === undefined) return "not HH:MM-HH:MM";
  if (start >= 1440) return "starts at 24:00";
  if (overnight) {
    if (end > start) return "longer than 24 hours";
    if (end === 1440) return "ends after 24:00 the next day";
    return { start, end: end + 1440 };
  }
  if (end <= start) return "runs backwards or is empty (use +1 for an overnight shift)";
  return { start, end };
}

/** `'HH:MM-HH:MM'` (with `+1` when overnight) of a shift. */
export function formatShift(shift: Shift): string {
  return shift.end > 1440
    ? `${clockKey(shift.start)}-${clockKey(shift.end - 1440)}+1`
    : `${clockKey(shift.start)}-${clockKey(shift.end)}`;
}

/** Total minutes of a list of shifts. */
export function shiftMinutes(shifts: readonly Shift[]): number {
  let total = 0;
  for (const s of shifts) total += s.end - s.start;
  return total;
}
