import { DAY_MS, wallFields } from "../calendar/zone.ts";
import type { IssuePath, Locale } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { addWorkdaysFrom, type SlaClock } from "./clock.ts";
import {
  compileCutoff,
  computeCutoff,
  readDayCounting,
  type CompiledCutoff,
  type CutoffRule,
  type DayCounting,
} from "./cutoff-rule.ts";
import { readDuration, type DurationInput } from "./duration.ts";
import { describe, slaIssue, type SlaIssue } from "./messages.ts";
import { readTimeOfDay, type TimeOfDay } from "./time-of-day.ts";

/**
 * Which time a target counts: every minute (`"calendar"`), or only the calendar's working
 * hours (`"business"`, holidays and nights skipped, 调休 make-up days counted).
 *
 * @example
 * ```ts
 * import type { SlaClockKind } from "kuaidi-kefu/sla";
 * const clock: SlaClockKind = "business";
 * clock; // => "business"
 * ```
 */
export type SlaClockKind = "calendar" | "business";

/**
 * A fixed length of time from the start event (dispatch SMS in 3 minutes, complaint answer in
 * 2 hours, …), on a calendar or business clock.
 *
 * @example
 * ```ts
 * import type { DurationRule } from "kuaidi-kefu/sla";
 * const rule: DurationRule = { kind: "duration", duration: { hours: 2 }, clock: "business" };
 * rule.clock; // => "business"
 * ```
 */
export interface DurationRule {
  readonly kind: "duration";
  readonly duration: DurationInput;
  /** Default `"calendar"`. */
  readonly clock?: SlaClockKind;
}

/**
 * A period of whole days after the day of the start event, due at the end (24:00) of the last
 * day, as Chinese law counts 期间 ("自接到投诉之日起7日内": the day of receipt is not counted).
 *
 * @example
 * ```ts
 * import type { DaysRule } from "kuaidi-kefu/sla";
 * const statutory: DaysRule = { kind: "days", days: 7 };
 * statutory.days; // => 7
 * ```
 */
export interface DaysRule {
  readonly kind: "days";
  readonly days: number;
  /** Count calendar days (default) or working days. */
  readonly count?: DayCounting;
  /** When the last day is not a working day, move the end to the next working day's end (default false). */
  readonly rollToWorkday?: boolean;
}

/**
 * Shift-aware response (web-order review): started inside working hours, due `within` later;
 * started outside (at night, on a holiday), due at the next opening plus `grace`.
 *
 * @example
 * ```ts
 * import type { InShiftRule } from "kuaidi-kefu/sla";
 * const review: InShiftRule = { kind: "in-shift", within: { minutes: 30 } };
 * review.kind; // => "in-shift"
 * ```
 */
export interface InShiftRule {
  readonly kind: "in-shift";
  readonly within: DurationInput;
  /** Clock of `within`; default `"business"` (a 16:50 order is due 08:50 the next working day). */
  readonly clock?: SlaClockKind;
  /** Working time allowed after the next opening for cases started outside hours; default 0. */
  readonly grace?: DurationInput;
}

/**
 * Recurring checkpoints (overdue deliveries: followed up every morning and every afternoon
 * until resolved): each slot of each day must contain a follow-up event.
 *
 * @example
 * ```ts
 * import type { CheckpointRule } from "kuaidi-kefu/sla";
 * const twiceDaily: CheckpointRule = {
 *   kind: "checkpoints",
 *   slots: [{ from: "08:30", to: "12:00" }, { from: "12:00", to: "17:00" }],
 * };
 * twiceDaily.slots.length; // => 2
 * ```
 */
export interface CheckpointRule {
  readonly kind: "checkpoints";
  /** Daily windows, in time order, not overlapping. */
  readonly slots: readonly { readonly from: TimeOfDay; readonly to: TimeOfDay }[];
  /** Every day, or working days only (default). */
  readonly days?: DayCounting;
  /** Event types that count as a follow-up; default `["followed-up"]`. */
  readonly followUp?: string | readonly string[];
}

/**
 * A time promised to the customer (承诺答复时间, seed 003 一.2): the start event carries it as
 * `due`, and a later event of an `update` type with a `due` moves it. Without a promise the
 * target is due `fallback` after the start (calendar time), or has no due time (warning
 * `sla/missing-promise`).
 *
 * @example
 * ```ts
 * import type { PromisedRule } from "kuaidi-kefu/sla";
 * const rule: PromisedRule = { kind: "promised", fallback: { hours: 24 } };
 * rule.kind; // => "promised"
 * ```
 */
export interface PromisedRule {
  readonly kind: "promised";
  readonly fallback?: DurationInput;
  /** Event types whose `due` replaces the promise; default `["promised"]`. */
  readonly update?: string | readonly string[];
}

/**
 * Every kind of SLA rule: cut-off on wall-clock time, fixed duration, whole days, shift-aware
 * response, or recurring checkpoints.
 *
 * @example
 * ```ts
 * import type { SlaRule } from "kuaidi-kefu/sla";
 * const rule: SlaRule = { kind: "duration", duration: { minutes: 3 } };
 * rule.kind; // => "duration"
 * ```
 */
export type SlaRule =
  CutoffRule | DurationRule | DaysRule | InShiftRule | CheckpointRule | PromisedRule;

/**
 * A validated rule, as an {@link SlaPolicy} holds it: durations in milliseconds, times of day
 * in minutes.
 *
 * @example
 * ```ts
 * import { createSlaPolicy, type CompiledRule } from "kuaidi-kefu/sla";
 * const policy = createSlaPolicy({
 *   targets: [{ id: "reply", start: ["created"], stop: ["answered"], rule: { kind: "duration", duration: { hours: 24 } } }],
 * });
 * const rule: CompiledRule | undefined = policy.ok ? policy.value.targets[0]?.rule : undefined;
 * rule?.kind; // => "duration"
 * ```
 */
export type CompiledRule =
  | CompiledCutoff
  | {
      readonly kind: "promised";
      readonly fallback: number | null;
      readonly update: readonly string[];
    }
  | { readonly kind: "duration"; readonly ms: number; readonly clock: SlaClockKind }
  | {
      readonly kind: "days";
      readonly days: number;
      readonly count: DayCounting;
      readonly roll: boolean;
    }
  | {
      readonly kind: "in-shift";
      readonly within: number;
      readonly clock: SlaClockKind;
      readonly grace: number;
    }
  | {
      readonly kind: "checkpoints";
      readonly slots: readonly { readonly from: number; readonly to: number }[];
      readonly days: DayCounting;
      readonly followUp: readonly string[];
    };

/** What a target's clock must consume before it is due: the amount, and on which clock. */
export interface Budget {
  readonly clock: SlaClockKind;
  readonly ms: number;
}

function readClock(
  value: unknown,
  path: IssuePath,
  locale: Locale | undefined,
): Result<SlaClockKind, SlaIssue> {
  if (value === undefined) return ok("calendar");
  if (value === "calendar" || value === "business") return ok(value);
  return err(
    slaIssue(
      "sla/invalid-option",
      { expected: '"calendar" | "business"', received: describe(value) },
      path,
      locale,
    ),
  );
}

/** Reads an event type list (`"x"` or `["x", "y"]`). */
export function readEventTypes(
  value: unknown,
  fallback: readonly string[],
  path: IssuePath,
  locale: Locale | undefined,
): Result<readonly string[], SlaIssue> {
  if (value === undefined) return ok(fallback);
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || list.length > 64) {
    return err(slaIssue("sla/invalid-event", { received: describe(value) }, path, locale));
  }
  for (let i = 0; i < list.length; i++) {
    const t: unknown = list[i];
    if (typeof t !== "string" || t.length === 0 || t.length > 64) {
      return err(
        slaIssue(
          "sla/invalid-event",
          { received: describe(t) },
          typeof value === "string" ? path : [...path, i],
          locale,
        ),
      );
    }
  }
  return ok(list as string[]);
}

/** Validates any rule, naming the bad field. */
export function compileRule(
  rule: unknown,
  path: IssuePath,
  locale: Locale | undefined,
): Result<CompiledRule, SlaIssue> {
  if (typeof rule !== "object" || rule === null) {
    return err(slaIssue("sla/unknown-rule", { received: describe(rule) }, path, locale));
  }
  const r = rule as Record<string, unknown>;
  switch (r["kind"]) {
    case "cutoff":
      return compileCutoff(r, path, locale);
    case "duration": {
      const ms = readDuration(r["duration"], [...path, "duration"], locale);
      if (!ms.ok) return ms;
      const clock = readClock(r["clock"], [...path, "clock"], locale);
      if (!clock.ok) return clock;
      return ok({ kind: "duration", ms: ms.value, clock: clock.value });
    }
    case "days": {
      const days = r["days"];
      if (typeof days !== "number" || !Number.isInteger(days) || days < 0 || days > 3650) {
        const issue =
          typeof days === "number" && days < 0
            ? slaIssue("sla/negative-duration", { value: days }, [...path, "days"], locale)
            : slaIssue(
                "sla/invalid-option",
                { expected: "a whole number of days 0-3650", received: describe(days) },
                [...path, "days"],
                locale,
              );
        return err(issue);
      }
      const count = readDayCounting(r["count"], "calendar", [...path, "count"], locale);
      if (!count.ok) return count;
      const roll = r["rollToWorkday"] ?? false;
      if (typeof roll !== "boolean") {
        return err(
          slaIssue(
            "sla/invalid-option",
            { expected: "true | false", received: describe(roll) },
            [...path, "rollToWorkday"],
            locale,
          ),
        );
      }
      return ok({ kind: "days", days, count: count.value, roll });
    }
    case "in-shift": {
      const within = readDuration(r["within"], [...path, "within"], locale);
      if (!within.ok) return within;
      const clock = readClock(
        r["clock"] === undefined ? "business" : r["clock"],
        [...path, "clock"],
        locale,
      );
      if (!clock.ok) return clock;
      const grace = readDuration(
        r["grace"] === undefined ? 0 : r["grace"],
        [...path, "grace"],
        locale,
      );
      if (!grace.ok) return grace;
      return ok({ kind: "in-shift", within: within.value, clock: clock.value, grace: grace.value });
    }
    case "checkpoints":
      return compileCheckpoints(r, path, locale);
    case "promised": {
      let fallback: number | null = null;
      if (r["fallback"] !== undefined) {
        const f = readDuration(r["fallback"], [...path, "fallback"], locale);
        if (!f.ok) return f;
        fallback = f.value;
      }
      const update = readEventTypes(r["update"], ["promised"], [...path, "update"], locale);
      if (!update.ok) return update;
      return ok({ kind: "promised", fallback, update: update.value });
    }
    default:
      return err(
        slaIssue("sla/unknown-rule", { received: describe(r["kind"]) }, [...path, "kind"], locale),
      );
  }
}

function compileCheckpoints(
  r: Record<string, unknown>,
  path: IssuePath,
  locale: Locale | undefined,
): Result<CompiledRule, SlaIssue> {
  const raw = r["slots"];
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > 24) {
    return err(
      slaIssue(
        "sla/invalid-option",
        { expected: "1 to 24 slots", received: describe(raw) },
        [...path, "slots"],
        locale,
      ),
    );
  }
  const slots: { from: number; to: number }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const s = (typeof raw[i] === "object" && raw[i] !== null ? raw[i] : {}) as Record<
      string,
      unknown
    >;
    const from = readTimeOfDay(s["from"], [...path, "slots", i, "from"], locale);
    if (!from.ok) return from;
    const to = readTimeOfDay(s["to"], [...path, "slots", i, "to"], locale);
    if (!to.ok) return to;
    if (to.value <= from.value) {
      return err(
        slaIssue(
          "sla/slot-backwards",
          { from: String(s["from"]), to: String(s["to"]) },
          [...path, "slots", i],
          locale,
        ),
      );
    }
    const prev = slots[slots.length - 1];
    if (prev !== undefined && from.value < prev.to)
      return err(slaIssue("sla/slots-overlap", {}, [...path, "slots", i], locale));
    slots.push({ from: from.value, to: to.value });
  }
  const days = readDayCounting(r["days"], "working", [...path, "days"], locale);
  if (!days.ok) return days;
  const followUp = readEventTypes(r["followUp"], ["followed-up"], [...path, "followUp"], locale);
  if (!followUp.ok) return followUp;
  return ok({ kind: "checkpoints", slots, days: days.value, followUp: followUp.value });
}

/**
 * The budget of a non-checkpoint rule for a clock started at `start`; undefined when the
 * calendar refuses. Wall-clock rules become a calendar budget (start → their deadline), so a
 * pause pushes their deadline back by the paused time.
 */
export function budgetOf(
  rule: CompiledRule,
  start: number,
  clock: SlaClock,
  promise: number | null = null,
): Budget | undefined {
  switch (rule.kind) {
    case "promised":
      if (promise !== null) return { clock: "calendar", ms: Math.max(0, promise - start) };
      return rule.fallback === null ? undefined : { clock: "calendar", ms: rule.fallback };
    case "duration":
      return { clock: rule.clock, ms: rule.ms };
    case "cutoff": {
      const answer = computeCutoff(start, rule, clock);
      return answer === undefined ? undefined : { clock: "calendar", ms: answer.due - start };
    }
    case "days": {
      const due = daysDue(start, rule, clock);
      return Number.isNaN(due) ? undefined : { clock: "calendar", ms: due - start };
    }
    case "in-shift": {
      const inside = clock.isWorkingTime(start);
      if (inside === undefined) return undefined;
      if (inside) return { clock: rule.clock, ms: rule.within };
      const open = clock.nextWorkingTime(start);
      const due = rule.grace === 0 ? open : clock.addWorkingTime(open, rule.grace);
      return Number.isNaN(due) ? undefined : { clock: "calendar", ms: due - start };
    }
    default:
      return undefined;
  }
}

/** End (24:00) of the `days`-th day after the start's day, in the calendar's zone. */
export function daysDue(
  start: number,
  rule: { days: number; count: DayCounting; roll: boolean },
  clock: SlaClock,
): number {
  const day = wallFields(clock.zone.toWall(start)).dayNumber;
  let last = rule.count === "working" ? addWorkdaysFrom(clock, day, rule.days) : day + rule.days;
  if (Number.isNaN(last)) return last;
  if (rule.roll) {
    const w = clock.isWorkday(last);
    if (w === undefined) return Number.NaN;
    if (!w) last = addWorkdaysFrom(clock, last, 1);
    if (Number.isNaN(last)) return last;
  }
  return Math.max(start, clock.zone.fromWall((last + 1) * DAY_MS));
}
