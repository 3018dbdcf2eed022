import type { SlaClock } from "./clock.ts";
import type { SlaClockKind } from "./rules.ts";
import type { Trace } from "./trace.ts";

/**
 * A stretch of time on both clocks: `calendarMs` (every millisecond) and `businessMs` (working
 * hours of the policy's calendar only).
 *
 * @example
 * ```ts
 * import type { SlaTimes } from "kuaidi-kefu/sla";
 * const t: SlaTimes = { calendarMs: 3_600_000, businessMs: 1_800_000 };
 * t.calendarMs / 60_000; // => 60
 * ```
 */
export interface SlaTimes {
  readonly calendarMs: number;
  readonly businessMs: number;
}

/** Raised inside the engine when the calendar refuses a computation; never escapes it. */
export class CalendarFailure extends Error {
  override readonly cause: string | undefined;
  constructor(cause?: string) {
    super("[kuaidi-kefu] calendar refused an SLA computation");
    this.cause = cause;
  }
}

/** Time between `a ≤ b` on a clock. */
export function measure(clock: SlaClock, kind: SlaClockKind, a: number, b: number): number {
  if (kind === "calendar") return b - a;
  if (b <= a) return 0;
  const ms = clock.workingTimeBetween(a, b);
  if (Number.isNaN(ms)) throw new CalendarFailure();
  return ms;
}

/** `a` plus `ms` on a clock. */
export function advance(clock: SlaClock, kind: SlaClockKind, a: number, ms: number): number {
  if (kind === "calendar") return a + ms;
  const t = clock.addWorkingTime(a, ms);
  if (Number.isNaN(t)) throw new CalendarFailure();
  return t;
}

/** From `a` to `b` on both clocks (0 when `b ≤ a`). */
export function bothClocks(clock: SlaClock, a: number, b: number): SlaTimes {
  if (b <= a) return { calendarMs: 0, businessMs: 0 };
  return { calendarMs: b - a, businessMs: measure(clock, "business", a, b) };
}

/** Instant at which the running time on `kind` reaches `amount`, or null if paused first. */
export function reach(
  clock: SlaClock,
  trace: Trace,
  kind: SlaClockKind,
  amount: number,
): number | null {
  let consumed = 0;
  for (const [s, e] of trace.segments) {
    const cap = measure(clock, kind, s, e);
    if (consumed + cap >= amount) return Math.min(e, advance(clock, kind, s, amount - consumed));
    consumed += cap;
  }
  // A stopped clock projects its due as if it had kept running after the stop.
  const from = trace.openFrom ?? trace.stop;
  if (from === null) return null;
  return advance(clock, kind, from, amount - consumed);
}

/** Running time inside [from, to] on both clocks. */
export function runningBetween(clock: SlaClock, trace: Trace, from: number, to: number): SlaTimes {
  let calendarMs = 0;
  let businessMs = 0;
  const add = (s: number, e: number): void => {
    const a = Math.max(s, from);
    const b = Math.min(e, to);
    if (b > a) {
      calendarMs += b - a;
      businessMs += measure(clock, "business", a, b);
    }
  };
  for (const [s, e] of trace.segments) add(s, e);
  if (trace.openFrom !== null) add(trace.openFrom, to);
  return { calendarMs, businessMs };
}
