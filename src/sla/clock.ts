/**
 * The SLA engine's view of a work calendar: the few operations it needs, each total (no
 * throws) and in epoch milliseconds. Built once per calendar over `kuaidi-kefu/calendar`, so
 * the cut-off and target code never touches holiday tables or zone conversion itself.
 */
import type { Zone } from "../calendar/zone.ts";

export interface SlaClock {
  /** The calendar's zone (wall-clock conversion). */
  readonly zone: Zone;
  /** Whether a wall date (day number) is a working day; `undefined` when the calendar refuses. */
  isWorkday(dayNumber: number): boolean | undefined;
  /** Whether the instant lies inside working hours; `undefined` when the calendar refuses. */
  isWorkingTime(instant: number): boolean | undefined;
  /** The next instant ≥ `instant` inside working hours, or NaN. */
  nextWorkingTime(instant: number): number;
  /** `instant` plus `ms` of working time, or NaN. */
  addWorkingTime(instant: number, ms: number): number;
  /** Working time between two instants (`a ≤ b`), in ms, or NaN. */
  workingTimeBetween(a: number, b: number): number;
  /** Whether the holiday data covers the wall years of both instants (no fallback used). */
  covers(a: number, b: number): boolean;
  /** Code of the calendar's last error (for `sla/calendar-error`), if any. */
  lastError(): string | undefined;
}

/** Longest run of non-working days the engine will skip over before giving up. */
export const MAX_DAY_SCAN = 400;

/** The first working day strictly after `dayNumber` (or NaN when none within the scan bound). */
export function nextWorkdayAfter(clock: SlaClock, dayNumber: number): number {
  for (let d = dayNumber + 1; d <= dayNumber + MAX_DAY_SCAN; d++) {
    const w = clock.isWorkday(d);
    if (w === undefined) return Number.NaN;
    if (w) return d;
  }
  return Number.NaN;
}

/** The day `n` working days after `dayNumber` (n ≥ 0; n = 0 gives `dayNumber` itself). */
export function addWorkdaysFrom(clock: SlaClock, dayNumber: number, n: number): number {
  let d = dayNumber;
  for (let i = 0; i < n; i++) {
    d = nextWorkdayAfter(clock, d);
    if (Number.isNaN(d)) return d;
  }
  return d;
}
