import type { LocaleOptions, Locale } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import type { SlaClock } from "./clock.ts";
import { checkpointStatus } from "./checkpoints.ts";
import { readInstant } from "./instant.ts";
import { slaIssue, type SlaIssue } from "./messages.ts";
import {
  createSlaPolicy,
  type CompiledTarget,
  type SlaPolicy,
  type SlaPolicyDefinition,
} from "./policy.ts";
import { budgetOf, type Budget, type SlaClockKind, type SlaRule } from "./rules.ts";
import { readTimeline, type SlaEvent } from "./timeline.ts";
import { traceTarget, type Trace } from "./trace.ts";
import {
  CalendarFailure,
  advance,
  bothClocks,
  reach,
  runningBetween,
  type SlaTimes,
} from "./measure.ts";

export type { SlaTimes } from "./measure.ts";

/**
 * The state of a target, as Zendesk, Freshdesk and JSM show it: `pending` (not started),
 * `active` (running), `paused`, `met` (stopped in time), `breached` (due time passed, whether
 * still open or stopped late).
 *
 * @example
 * ```ts
 * import type { SlaState } from "kuaidi-kefu/sla";
 * const s: SlaState = "breached";
 * s; // => "breached"
 * ```
 */
export type SlaState = "pending" | "active" | "paused" | "met" | "breached";

/**
 * The answer for one target of a policy.
 *
 * - `due`: when the target is (or was) due; `null` while pending, or while paused (then
 *   `remaining` says how much is left once resumed).
 * - `elapsed`: running time so far (pauses excluded), on both clocks.
 * - `remaining`: time left until `due` (from `now`, or from the stop for met targets); 0 once
 *   breached. For a paused target: as if it resumed at `now`.
 * - `breachedBy`: running time past `due`, on both clocks, or `null`.
 * - `usedShare`: share of the target used (may exceed 1); `warning` when it reaches `warnAt`
 *   and the target is still open and not breached; `warningAt` is that instant.
 *
 * @example
 * ```ts
 * import { evaluateSla, PRESET_POLICIES } from "kuaidi-kefu/sla";
 * const r = evaluateSla(PRESET_POLICIES.phoneOrder, [{ type: "confirmed", at: "2026-03-02T09:00+08:00" }], "2026-03-02T09:01+08:00");
 * const sms = r.ok ? r.value.targets[0] : undefined;
 * sms?.state; // => "active"
 * sms?.remaining?.calendarMs; // => 120000
 * ```
 */
export interface SlaTargetStatus {
  readonly id: string;
  readonly name: string;
  readonly rule: SlaRule["kind"];
  /** Clock the target's budget counts on. */
  readonly clock: SlaClockKind;
  readonly state: SlaState;
  readonly paused: boolean;
  readonly startedAt: Date | null;
  readonly stoppedAt: Date | null;
  readonly due: Date | null;
  /** The target's budget in ms on its clock (for checkpoints: the current slot's length). */
  readonly goalMs: number | null;
  readonly elapsed: SlaTimes;
  readonly remaining: SlaTimes | null;
  readonly breachedBy: SlaTimes | null;
  /** Calendar time spent paused. */
  readonly pausedMs: number;
  readonly usedShare: number;
  readonly warnAt: number;
  readonly warning: boolean;
  readonly warningAt: Date | null;
  /** Checkpoint rules only: slots followed up and slots missed (first 50 listed). */
  readonly checkpoints?: {
    readonly done: number;
    readonly missed: number;
    readonly missedSlots: readonly { readonly from: Date; readonly to: Date }[];
  };
}

/**
 * The answer of {@link evaluateSla}: every target's status, the earliest open due time, and
 * warnings (ignored resumes, unknown target ids, dates outside the holiday data).
 *
 * @example
 * ```ts
 * import { evaluateSla, PRESET_POLICIES } from "kuaidi-kefu/sla";
 * const r = evaluateSla(PRESET_POLICIES.phoneOrder, [], "2026-03-02T09:00+08:00");
 * r.ok ? r.value.nextDue : undefined; // => null
 * ```
 */
export interface SlaEvaluation {
  readonly now: Date;
  readonly targets: readonly SlaTargetStatus[];
  /** Earliest `due` of the targets still open (active or breached), or null. */
  readonly nextDue: Date | null;
  readonly warnings: readonly SlaIssue[];
}

function resolvePolicy(
  policy: SlaPolicy | SlaPolicyDefinition,
  locale: Locale | undefined,
): Result<SlaPolicy, readonly SlaIssue[]> {
  if (
    typeof policy === "object" &&
    policy !== null &&
    (policy as SlaPolicy).kind === "kuaidi-kefu/sla-policy"
  ) {
    return ok(policy as SlaPolicy);
  }
  return createSlaPolicy(
    policy as SlaPolicyDefinition,
    locale === undefined ? undefined : { locale },
  );
}

const ZERO: SlaTimes = { calendarMs: 0, businessMs: 0 };

function date(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}

function pendingStatus(target: CompiledTarget, clock: SlaClockKind): SlaTargetStatus {
  return {
    id: target.id,
    name: target.name,
    rule: target.rule.kind,
    clock,
    state: "pending",
    paused: false,
    startedAt: null,
    stoppedAt: null,
    due: null,
    goalMs: null,
    elapsed: ZERO,
    remaining: null,
    breachedBy: null,
    pausedMs: 0,
    usedShare: 0,
    warnAt: target.warnAt,
    warning: false,
    warningAt: null,
  };
}

/** Whether a target's answer depends on the working calendar (holidays, hours). */
function usesCalendar(target: CompiledTarget): boolean {
  const r = target.rule;
  switch (r.kind) {
    case "duration":
      return r.clock === "business";
    case "cutoff":
    case "checkpoints":
      return r.days === "working";
    case "days":
      return r.count === "working" || r.roll;
    case "promised":
      return false;
    default:
      return true;
  }
}

/** A promised-time target whose start event carried no promise: running, with no due time. */
function unpromisedStatus(
  target: CompiledTarget,
  trace: Trace,
  start: number,
  now: number,
  clock: SlaClock,
): SlaTargetStatus {
  return {
    ...pendingStatus(target, "calendar"),
    state: trace.stop !== null ? "met" : trace.paused ? "paused" : "active",
    paused: trace.paused,
    startedAt: new Date(start),
    stoppedAt: date(trace.stop),
    elapsed: runningBetween(clock, trace, start, trace.stop ?? now),
    pausedMs: trace.pausedMs,
  };
}

function clockKindOf(target: CompiledTarget): SlaClockKind {
  const r = target.rule;
  return r.kind === "duration" || r.kind === "in-shift" ? r.clock : "calendar";
}

function durationStatus(
  target: CompiledTarget,
  trace: Trace,
  start: number,
  now: number,
  clock: SlaClock,
): SlaTargetStatus {
  const budget: Budget | undefined = budgetOf(target.rule, start, clock, trace.promise);
  if (budget === undefined) throw new CalendarFailure();
  const end = trace.stop ?? now;
  const due = reach(clock, trace, budget.clock, budget.ms);
  const elapsed = runningBetween(clock, trace, start, end);
  const consumed = budget.clock === "calendar" ? elapsed.calendarMs : elapsed.businessMs;
  const breached = due !== null && end > due;
  let remaining: SlaTimes;
  if (breached) remaining = ZERO;
  else if (due !== null) remaining = bothClocks(clock, end, due);
  else remaining = bothClocks(clock, now, advance(clock, budget.clock, now, budget.ms - consumed));
  const usedShare = budget.ms === 0 ? 1 : consumed / budget.ms;
  const open = trace.stop === null;
  const state = breached ? "breached" : !open ? "met" : trace.paused ? "paused" : "active";
  const warningAt = reach(clock, trace, budget.clock, Math.floor(budget.ms * target.warnAt));
  return {
    id: target.id,
    name: target.name,
    rule: target.rule.kind,
    clock: budget.clock,
    state,
    paused: trace.paused,
    startedAt: new Date(start),
    stoppedAt: date(trace.stop),
    due: trace.paused && !breached ? null : date(due),
    goalMs: budget.ms,
    elapsed,
    remaining,
    breachedBy: breached && due !== null ? runningBetween(clock, trace, due, end) : null,
    pausedMs: trace.pausedMs,
    usedShare,
    warnAt: target.warnAt,
    warning: open && !breached && usedShare >= target.warnAt,
    warningAt: date(warningAt),
  };
}

/**
 * Evaluates every target of a policy on a case's timeline at `now` (always an argument: the
 * engine has no clock). Events after `now` are ignored, so evaluating at a past `now` replays
 * the case as it stood then. Events must be in time order.
 *
 * Never throws and never answers NaN: an invalid `now`, event or policy gives an error result
 * naming the field (`sla/invalid-instant`, `sla/events-out-of-order`, …).
 *
 * @example
 * ```ts
 * import { evaluateSla, PRESET_POLICIES } from "kuaidi-kefu/sla";
 * // A simple complaint (2 business hours), waiting for the customer 10:00-11:00.
 * const r = evaluateSla(
 *   PRESET_POLICIES.complaintSimple,
 *   [
 *     { type: "created", at: "2026-03-02T09:00+08:00" },
 *     { type: "paused", at: "2026-03-02T10:00+08:00" },
 *     { type: "resumed", at: "2026-03-02T11:00+08:00" },
 *   ],
 *   "2026-03-02T11:30+08:00",
 *   { locale: "en" },
 * );
 * const answer = r.ok ? r.value.targets[0] : undefined;
 * answer?.due?.toISOString(); // => "2026-03-02T04:00:00.000Z"
 * answer?.state; // => "active"
 * answer?.elapsed; // => { calendarMs: 5400000, businessMs: 5400000 }
 * answer?.warning; // => true
 * ```
 */
export function evaluateSla(
  policy: SlaPolicy | SlaPolicyDefinition,
  timeline: readonly SlaEvent[],
  now: Date | number | string,
  options?: LocaleOptions,
): Result<SlaEvaluation, readonly SlaIssue[]> {
  const locale = options?.locale;
  const p = resolvePolicy(policy, locale);
  if (!p.ok) return p;
  const nowMs = readInstant(now, ["now"], locale);
  if (!nowMs.ok) return err([nowMs.error]);
  const tl = readTimeline(timeline, p.value, locale);
  if (!tl.ok) return err([tl.error]);
  const warnings = [...tl.value.warnings];
  const clock = p.value.clock;
  const targets: SlaTargetStatus[] = [];
  for (let i = 0; i < p.value.targets.length; i++) {
    const target = p.value.targets[i] as CompiledTarget;
    const trace = traceTarget(target, tl.value.events, nowMs.value, warnings, locale);
    if (
      trace.start !== null &&
      target.rule.kind === "promised" &&
      trace.promise === null &&
      target.rule.fallback === null
    ) {
      warnings.push(slaIssue("sla/missing-promise", { target: target.id }, ["targets", i], locale));
      targets.push(unpromisedStatus(target, trace, trace.start, nowMs.value, clock));
      continue;
    }
    try {
      const status =
        trace.start === null
          ? pendingStatus(target, clockKindOf(target))
          : target.rule.kind === "checkpoints"
            ? checkpointStatus(target, target.rule, trace, trace.start, nowMs.value, clock)
            : durationStatus(target, trace, trace.start, nowMs.value, clock);
      targets.push(status);
      if (
        status.startedAt !== null &&
        usesCalendar(target) &&
        !clock.covers(status.startedAt.getTime(), status.due?.getTime() ?? nowMs.value)
      ) {
        warnings.push(
          slaIssue("sla/outside-calendar-data", { target: target.id }, ["targets", i], locale),
        );
      }
    } catch (e) {
      if (!(e instanceof CalendarFailure)) throw e;
      return err([
        slaIssue(
          "sla/calendar-error",
          { cause: clock.lastError() ?? "calendar/no-working-time" },
          ["targets", i],
          locale,
        ),
      ]);
    }
  }
  let nextDue: number | null = null;
  for (const t of targets) {
    if (
      t.due !== null &&
      t.stoppedAt === null &&
      (t.state === "active" || t.state === "breached")
    ) {
      const d = t.due.getTime();
      if (nextDue === null || d < nextDue) nextDue = d;
    }
  }
  return ok({ now: new Date(nowMs.value), targets, nextDue: date(nextDue), warnings });
}
