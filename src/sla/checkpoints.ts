import { DAY_MS, MINUTE_MS, wallFields } from "../calendar/zone.ts";
import { MAX_DAY_SCAN, type SlaClock } from "./clock.ts";
import type { SlaTargetStatus } from "./evaluate.ts";
import { bothClocks, CalendarFailure, runningBetween } from "./measure.ts";
import type { CompiledTarget } from "./policy.ts";
import type { CompiledRule } from "./rules.ts";
import type { Trace } from "./trace.ts";

type CheckpointRule = Extract<CompiledRule, { kind: "checkpoints" }>;

/** A follow-up window as instants. */
export interface Slot {
  readonly from: number;
  readonly to: number;
}

/** Longest span of days the checkpoint walk covers (10 years); later slots are not counted. */
const MAX_CHECKPOINT_DAYS = 3660;

/**
 * Calls `visit` for every slot from the day of `from` on, in time order, until it returns
 * false or the day bound is reached. Days are calendar days or working days of the rule.
 */
export function eachSlot(
  rule: CheckpointRule,
  clock: SlaClock,
  from: number,
  visit: (slot: Slot) => boolean,
): void {
  const first = wallFields(clock.zone.toWall(from)).dayNumber;
  let idle = 0;
  for (let day = first; day < first + MAX_CHECKPOINT_DAYS; day++) {
    if (rule.days === "working") {
      const w = clock.isWorkday(day);
      if (w === undefined) throw new CalendarFailure();
      if (!w) {
        if (++idle > MAX_DAY_SCAN) return;
        continue;
      }
      idle = 0;
    }
    for (const s of rule.slots) {
      const slot = {
        from: clock.zone.fromWall(day * DAY_MS + s.from * MINUTE_MS),
        to: clock.zone.fromWall(day * DAY_MS + s.to * MINUTE_MS),
      };
      if (!visit(slot)) return;
    }
  }
}

function runningAt(trace: Trace, t: number): boolean {
  if (trace.openFrom !== null && t >= trace.openFrom) return true;
  for (const [s, e] of trace.segments) if (t >= s && t <= e) return true;
  return false;
}

/**
 * Status of a checkpoint target: each slot that closes while the clock runs must hold a
 * follow-up; the slot in progress when the clock starts may be used but cannot be missed.
 * `due` is the end of the next slot still to be followed up.
 */
export function checkpointStatus(
  target: CompiledTarget,
  rule: CheckpointRule,
  trace: Trace,
  start: number,
  now: number,
  clock: SlaClock,
): SlaTargetStatus {
  const end = trace.stop ?? now;
  const open = trace.stop === null;
  let done = 0;
  let missed = 0;
  const missedSlots: { from: Date; to: Date }[] = [];
  let due: Slot | null = null;
  let f = 0;
  const follow = trace.followUps;
  eachSlot(rule, clock, start, (slot) => {
    if (slot.to <= start) return true;
    const windowFrom = Math.max(slot.from, start);
    while (f < follow.length && (follow[f] as number) < windowFrom) f++;
    const satisfied =
      f < follow.length && (follow[f] as number) < slot.to && (follow[f] as number) <= end;
    if (slot.to <= end) {
      if (satisfied) done++;
      else if (slot.from >= start && runningAt(trace, slot.to)) {
        missed++;
        if (missedSlots.length < 50)
          missedSlots.push({ from: new Date(slot.from), to: new Date(slot.to) });
      }
      return true;
    }
    if (slot.from < end && satisfied) {
      done++;
      return true;
    }
    if (open && !trace.paused) due = slot;
    return false;
  });
  const current = due as Slot | null;
  const elapsed = runningBetween(clock, trace, start, end);
  let usedShare = 0;
  let warningAt: number | null = null;
  let goalMs: number | null = null;
  if (current !== null) {
    const from = Math.max(current.from, start);
    goalMs = current.to - from;
    usedShare = now > from ? (now - from) / goalMs : 0;
    warningAt = from + Math.floor(goalMs * target.warnAt);
  }
  const state = missed > 0 ? "breached" : !open ? "met" : trace.paused ? "paused" : "active";
  return {
    id: target.id,
    name: target.name,
    rule: "checkpoints",
    clock: "calendar",
    state,
    paused: trace.paused,
    startedAt: new Date(start),
    stoppedAt: trace.stop === null ? null : new Date(trace.stop),
    due: current === null ? null : new Date(current.to),
    goalMs,
    elapsed,
    remaining: current === null ? null : bothClocks(clock, now, current.to),
    breachedBy: null,
    pausedMs: trace.pausedMs,
    usedShare,
    warnAt: target.warnAt,
    warning: current !== null && usedShare >= target.warnAt,
    warningAt: warningAt === null ? null : new Date(warningAt),
    checkpoints: { done, missed, missedSlots },
  };
}
