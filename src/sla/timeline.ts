import type { Locale } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { readInstant, type InstantInput } from "./instant.ts";
import { describe, slaIssue, type SlaIssue } from "./messages.ts";
import type { SlaPolicy } from "./policy.ts";

/**
 * One event of a case's timeline: what happened (`type`) and when (`at`). `targets` limits the
 * event to some targets of the policy (e.g. pause only the complaint answer, not the statutory
 * limit); without it the event applies to every target that lists its type.
 *
 * @example
 * ```ts
 * import type { SlaEvent } from "kuaidi-kefu/sla";
 * const e: SlaEvent = { type: "paused", at: "2026-03-02T10:00+08:00", targets: ["complaint-answer-simple"] };
 * e.type; // => "paused"
 * ```
 */
export interface SlaEvent {
  readonly type: string;
  readonly at: InstantInput;
  readonly targets?: readonly string[];
  /** A promised time (承诺答复时间) carried by the event, for `promised` rules. */
  readonly due?: InstantInput;
}

/** A validated event: epoch ms, and the target ids it is limited to (or null for all). */
export interface TimelineEvent {
  readonly type: string;
  readonly at: number;
  readonly targets: readonly string[] | null;
  readonly due: number | null;
}

/** Longest accepted timeline. */
export const MAX_EVENTS = 10_000;

/**
 * Validates a timeline: an array of events with non-empty types and valid instants, in time
 * order (equal instants keep their array order). Unknown target ids are warnings.
 */
export function readTimeline(
  timeline: unknown,
  policy: SlaPolicy,
  locale: Locale | undefined,
): Result<{ events: TimelineEvent[]; warnings: SlaIssue[] }, SlaIssue> {
  if (!Array.isArray(timeline)) {
    return err(
      slaIssue(
        "sla/invalid-option",
        { expected: "an array of events", received: describe(timeline) },
        ["timeline"],
        locale,
      ),
    );
  }
  if (timeline.length > MAX_EVENTS) {
    return err(
      slaIssue(
        "sla/too-many-items",
        { count: timeline.length, max: MAX_EVENTS },
        ["timeline"],
        locale,
      ),
    );
  }
  const ids = new Set(policy.targets.map((t) => t.id));
  const events: TimelineEvent[] = [];
  const warnings: SlaIssue[] = [];
  let last = -Infinity;
  for (let i = 0; i < timeline.length; i++) {
    const raw: unknown = timeline[i];
    if (typeof raw !== "object" || raw === null) {
      return err(
        slaIssue("sla/invalid-event", { received: describe(raw) }, ["timeline", i], locale),
      );
    }
    const e = raw as Record<string, unknown>;
    const type = e["type"];
    if (typeof type !== "string" || type.length === 0 || type.length > 64) {
      return err(
        slaIssue(
          "sla/invalid-event",
          { received: describe(type) },
          ["timeline", i, "type"],
          locale,
        ),
      );
    }
    const at = readInstant(e["at"], ["timeline", i, "at"], locale);
    if (!at.ok) return at;
    if (at.value < last)
      return err(slaIssue("sla/events-out-of-order", { index: i }, ["timeline", i, "at"], locale));
    last = at.value;
    let targets: string[] | null = null;
    const rawTargets = e["targets"];
    if (rawTargets !== undefined) {
      if (
        !Array.isArray(rawTargets) ||
        rawTargets.length > 64 ||
        rawTargets.some((t) => typeof t !== "string")
      ) {
        return err(
          slaIssue(
            "sla/invalid-option",
            { expected: "an array of target ids", received: describe(rawTargets) },
            ["timeline", i, "targets"],
            locale,
          ),
        );
      }
      targets = rawTargets as string[];
      for (let j = 0; j < targets.length; j++) {
        const id = targets[j] as string;
        if (!ids.has(id))
          warnings.push(
            slaIssue("sla/unknown-target", { id }, ["timeline", i, "targets", j], locale),
          );
      }
    }
    let due: number | null = null;
    if (e["due"] !== undefined) {
      const d = readInstant(e["due"], ["timeline", i, "due"], locale);
      if (!d.ok) return d;
      due = d.value;
    }
    events.push({ type, at: at.value, targets, due });
  }
  return ok({ events, warnings });
}
