import type { WorkCalendar } from "../calendar/index.ts";
import type { LocaleOptions } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { clockFor } from "./adapter.ts";
import type { SlaClock } from "./clock.ts";
import { describe, slaIssue, type SlaIssue } from "./messages.ts";
import { compileRule, readEventTypes, type CompiledRule, type SlaRule } from "./rules.ts";

/**
 * One target of a policy: the events that start, stop, pause and resume its clock, and the
 * rule that sets its deadline. Event types are free text; the presets use `created`,
 * `confirmed`, `dispatched`, `picked-up`, `paused`, `resumed`, `replied`, `resolved`, …
 *
 * @example
 * ```ts
 * import type { SlaTargetDefinition } from "kuaidi-kefu/sla";
 * const target: SlaTargetDefinition = {
 *   id: "first-reply",
 *   start: "created",
 *   stop: "replied",
 *   rule: { kind: "duration", duration: { hours: 24 } },
 * };
 * target.id; // => "first-reply"
 * ```
 */
export interface SlaTargetDefinition {
  /** Unique within the policy; names the target in every answer. */
  readonly id: string;
  /** Human name shown in follow-up lists (default: the id). */
  readonly name?: string;
  /** Event type(s) that start the clock (the first one after the timeline begins counts). */
  readonly start: string | readonly string[];
  /** Event type(s) that stop it (met, or breached when late). */
  readonly stop: string | readonly string[];
  /** Event type(s) that pause it; default `["paused"]`. */
  readonly pause?: string | readonly string[];
  /** Event type(s) that resume it; default `["resumed"]`. */
  readonly resume?: string | readonly string[];
  readonly rule: SlaRule;
  /** Share of the target used (0 < x ≤ 1) at which `warning` turns on; default: the policy's. */
  readonly warnAt?: number;
}

/**
 * An SLA policy as written by the host (or taken from a preset).
 *
 * @example
 * ```ts
 * import { PRESET_TARGETS, type SlaPolicyDefinition } from "kuaidi-kefu/sla";
 * const policy: SlaPolicyDefinition = { name: "dispatch", targets: [PRESET_TARGETS.dispatchSms] };
 * policy.targets.length; // => 1
 * ```
 */
export interface SlaPolicyDefinition {
  readonly name?: string;
  readonly targets: readonly SlaTargetDefinition[];
  /** Work calendar (`createWorkCalendar`); default the built-in China calendar, 08:30-17:00. */
  readonly calendar?: WorkCalendar;
  /** Default warning share for every target; default 0.75. */
  readonly warnAt?: number;
}

/**
 * A validated target of an {@link SlaPolicy}: its id and name, the timeline events that start,
 * stop, pause and resume it, and its rule.
 *
 * @example
 * ```ts
 * import { createSlaPolicy, PRESET_POLICIES, type CompiledTarget } from "kuaidi-kefu/sla";
 * const policy = createSlaPolicy(PRESET_POLICIES.complaintSimple);
 * const answer: CompiledTarget | undefined = policy.ok ? policy.value.targets[0] : undefined;
 * answer?.stop; // => ["answered", "resolved"]
 * ```
 */
export interface CompiledTarget {
  readonly id: string;
  readonly name: string;
  readonly start: readonly string[];
  readonly stop: readonly string[];
  readonly pause: readonly string[];
  readonly resume: readonly string[];
  readonly rule: CompiledRule;
  readonly warnAt: number;
}

/**
 * A validated policy, made by {@link createSlaPolicy}; reuse it for every evaluation.
 *
 * @example
 * ```ts
 * import { createSlaPolicy, PRESET_POLICIES } from "kuaidi-kefu/sla";
 * const r = createSlaPolicy(PRESET_POLICIES.complaintSimple);
 * r.ok ? r.value.targets.map((t) => t.id) : []; // => ["complaint-answer-simple", "complaint-statutory"]
 * ```
 */
export interface SlaPolicy {
  readonly kind: "kuaidi-kefu/sla-policy";
  readonly name: string;
  readonly warnAt: number;
  readonly targets: readonly CompiledTarget[];
  readonly calendar: WorkCalendar | undefined;
  /** @internal the engine's view of the calendar */
  readonly clock: SlaClock;
}

/**
 * Default share of a target at which a warning is raised (as Zendesk/Freshdesk reminders).
 *
 * @example
 * ```ts
 * import { DEFAULT_WARN_AT } from "kuaidi-kefu/sla";
 * DEFAULT_WARN_AT; // => 0.75
 * ```
 */
export const DEFAULT_WARN_AT = 0.75;
const MAX_TARGETS = 64;

function readShare(value: unknown, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  return typeof value === "number" && value > 0 && value <= 1 ? value : undefined;
}

/**
 * Validates a policy definition. Every problem is reported (not just the first), each naming
 * its field in `field` and `path`: bad durations, negative numbers, malformed `"HH:mm"`,
 * cut-off bands or follow-up slots that overlap or run backwards, duplicate target ids.
 *
 * @example
 * ```ts
 * import { createSlaPolicy } from "kuaidi-kefu/sla";
 * const r = createSlaPolicy(
 *   { targets: [{ id: "reply", start: "created", stop: "replied", rule: { kind: "duration", duration: { hours: -1 } } }] },
 *   { locale: "en" },
 * );
 * r.ok ? null : r.error[0]?.field; // => "targets[0].rule.duration.hours"
 * r.ok ? null : r.error[0]?.message; // => "targets[0].rule.duration.hours: duration must not be negative (-1)"
 * ```
 */
export function createSlaPolicy(
  definition: SlaPolicyDefinition,
  options?: LocaleOptions,
): Result<SlaPolicy, readonly SlaIssue[]> {
  const locale = options?.locale;
  const issues: SlaIssue[] = [];
  const def = (typeof definition === "object" && definition !== null ? definition : {}) as Record<
    string,
    unknown
  >;
  const calendar = def["calendar"] as WorkCalendar | undefined;
  const clock = clockFor(calendar);
  if (clock === undefined) {
    issues.push(
      slaIssue(
        "sla/invalid-option",
        { expected: "a calendar from createWorkCalendar", received: describe(calendar) },
        ["calendar"],
        locale,
      ),
    );
  }
  const warnAt = readShare(def["warnAt"], DEFAULT_WARN_AT);
  if (warnAt === undefined) {
    issues.push(
      slaIssue(
        "sla/invalid-option",
        { expected: "a share 0 < x ≤ 1", received: describe(def["warnAt"]) },
        ["warnAt"],
        locale,
      ),
    );
  }
  const name = def["name"] ?? "";
  if (typeof name !== "string") {
    issues.push(
      slaIssue(
        "sla/invalid-option",
        { expected: "text", received: describe(name) },
        ["name"],
        locale,
      ),
    );
  }
  const raw = def["targets"];
  const targets: CompiledTarget[] = [];
  if (!Array.isArray(raw) || raw.length === 0) {
    if (Array.isArray(raw)) issues.push(slaIssue("sla/no-targets", {}, ["targets"], locale));
    else
      issues.push(
        slaIssue(
          "sla/invalid-option",
          { expected: "an array of targets", received: describe(raw) },
          ["targets"],
          locale,
        ),
      );
  } else if (raw.length > MAX_TARGETS) {
    issues.push(
      slaIssue("sla/too-many-items", { count: raw.length, max: MAX_TARGETS }, ["targets"], locale),
    );
  } else {
    const seen = new Set<string>();
    for (let i = 0; i < raw.length; i++) {
      const id = (raw[i] as { id?: unknown } | null)?.id;
      if (typeof id === "string" && seen.has(id)) {
        issues.push(slaIssue("sla/duplicate-target", { id }, ["targets", i, "id"], locale));
        continue;
      }
      if (typeof id === "string") seen.add(id);
      const t = compileTarget(raw[i], i, warnAt ?? DEFAULT_WARN_AT, locale);
      if (t.ok) targets.push(t.value);
      else issues.push(t.error);
    }
  }
  if (issues.length > 0 || clock === undefined) return err(issues);
  return ok({
    kind: "kuaidi-kefu/sla-policy",
    name: name as string,
    warnAt: warnAt ?? DEFAULT_WARN_AT,
    targets,
    calendar,
    clock,
  });
}

function compileTarget(
  raw: unknown,
  i: number,
  warnDefault: number,
  locale: LocaleOptions["locale"],
): Result<CompiledTarget, SlaIssue> {
  const path = ["targets", i];
  if (typeof raw !== "object" || raw === null) {
    return err(
      slaIssue(
        "sla/invalid-option",
        { expected: "a target object", received: describe(raw) },
        path,
        locale,
      ),
    );
  }
  const t = raw as Record<string, unknown>;
  const id = t["id"];
  if (typeof id !== "string" || id.length === 0 || id.length > 64) {
    return err(
      slaIssue(
        "sla/invalid-option",
        { expected: "an id of 1-64 characters", received: describe(id) },
        [...path, "id"],
        locale,
      ),
    );
  }
  const name = t["name"] ?? id;
  if (typeof name !== "string" || name.length > 200) {
    return err(
      slaIssue(
        "sla/invalid-option",
        { expected: "text up to 200 characters", received: describe(name) },
        [...path, "name"],
        locale,
      ),
    );
  }
  const rule = compileRule(t["rule"], [...path, "rule"], locale);
  if (!rule.ok) return rule;
  const checkpoint = rule.value.kind === "checkpoints";
  const start = readEventTypes(t["start"], [], [...path, "start"], locale);
  if (!start.ok) return start;
  const stop = readEventTypes(t["stop"], [], [...path, "stop"], locale);
  if (!stop.ok) return stop;
  if (start.value.length === 0) {
    return err(
      slaIssue("sla/invalid-event", { received: describe(t["start"]) }, [...path, "start"], locale),
    );
  }
  if (stop.value.length === 0 && !checkpoint) {
    return err(
      slaIssue("sla/invalid-event", { received: describe(t["stop"]) }, [...path, "stop"], locale),
    );
  }
  const pause = readEventTypes(t["pause"], ["paused"], [...path, "pause"], locale);
  if (!pause.ok) return pause;
  const resume = readEventTypes(t["resume"], ["resumed"], [...path, "resume"], locale);
  if (!resume.ok) return resume;
  const warnAt = readShare(t["warnAt"], warnDefault);
  if (warnAt === undefined) {
    return err(
      slaIssue(
        "sla/invalid-option",
        { expected: "a share 0 < x ≤ 1", received: describe(t["warnAt"]) },
        [...path, "warnAt"],
        locale,
      ),
    );
  }
  return ok({
    id,
    name,
    start: start.value,
    stop: stop.value,
    pause: pause.value,
    resume: resume.value,
    rule: rule.value,
    warnAt,
  });
}
