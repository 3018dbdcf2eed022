import type { LocaleOptions } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { eachSlot } from "./checkpoints.ts";
import { evaluateSla, type SlaState } from "./evaluate.ts";
import { describe, slaIssue, type SlaIssue } from "./messages.ts";
import { createSlaPolicy, type SlaPolicy, type SlaPolicyDefinition } from "./policy.ts";
import type { SlaEvent } from "./timeline.ts";
import { CalendarFailure } from "./measure.ts";

/**
 * One entry of the follow-up schedule: which target, by when, and whether that time has
 * already passed (`overdue`). `kind` is `"due"` for a deadline, `"checkpoint"` for a recurring
 * follow-up slot (its end).
 *
 * @example
 * ```ts
 * import type { FollowUp } from "kuaidi-kefu/sla";
 * const f: FollowUp = { target: "pickup", name: "提货时效", kind: "due", at: new Date(0), overdue: false, state: "active" };
 * f.kind; // => "due"
 * ```
 */
export interface FollowUp {
  readonly target: string;
  readonly name: string;
  readonly kind: "due" | "checkpoint";
  readonly at: Date;
  readonly overdue: boolean;
  readonly state: SlaState;
}

/**
 * Options of {@link nextFollowUps}: how many entries at most (default 20) and the locale.
 *
 * @example
 * ```ts
 * import type { NextFollowUpsOptions } from "kuaidi-kefu/sla";
 * const o: NextFollowUpsOptions = { limit: 5 };
 * o.limit; // => 5
 * ```
 */
export interface NextFollowUpsOptions extends LocaleOptions {
  readonly limit?: number;
}

/**
 * The follow-up schedule of a case at `now`, earliest first: the due time of every open target
 * (overdue ones included, flagged), and for checkpoint targets (overdue deliveries: morning and
 * afternoon) the next slots until `limit` entries. Paused and stopped targets have none.
 *
 * @example
 * ```ts
 * import { nextFollowUps, PRESET_POLICIES } from "kuaidi-kefu/sla";
 * // A delivery overdue since Monday 2026-03-02 09:00; followed up at 10:00.
 * const r = nextFollowUps(
 *   PRESET_POLICIES.overdueDelivery,
 *   [
 *     { type: "overdue", at: "2026-03-02T09:00+08:00" },
 *     { type: "followed-up", at: "2026-03-02T10:00+08:00" },
 *   ],
 *   "2026-03-02T10:05+08:00",
 *   { limit: 3 },
 * );
 * r.ok ? r.value.map((f) => f.at.toISOString()) : null;
 * // => ["2026-03-02T09:00:00.000Z", "2026-03-03T04:00:00.000Z", "2026-03-03T09:00:00.000Z"]
 * ```
 */
export function nextFollowUps(
  policy: SlaPolicy | SlaPolicyDefinition,
  timeline: readonly SlaEvent[],
  now: Date | number | string,
  options?: NextFollowUpsOptions,
): Result<readonly FollowUp[], readonly SlaIssue[]> {
  const locale = options?.locale;
  const limit = options?.limit ?? 20;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 0 || limit > 10_000) {
    return err([
      slaIssue(
        "sla/invalid-option",
        { expected: "a whole number 0-10000", received: describe(limit) },
        ["limit"],
        locale,
      ),
    ]);
  }
  const compiled =
    typeof policy === "object" &&
    policy !== null &&
    (policy as SlaPolicy).kind === "kuaidi-kefu/sla-policy"
      ? ok(policy as SlaPolicy)
      : createSlaPolicy(
          policy as SlaPolicyDefinition,
          locale === undefined ? undefined : { locale },
        );
  if (!compiled.ok) return compiled;
  const evaluation = evaluateSla(compiled.value, timeline, now, options);
  if (!evaluation.ok) return evaluation;
  const nowMs = evaluation.value.now.getTime();
  const out: FollowUp[] = [];
  const targets = compiled.value.targets;
  try {
    for (let i = 0; i < targets.length; i++) {
      const status = evaluation.value.targets[i];
      const target = targets[i];
      if (
        status === undefined ||
        target === undefined ||
        status.due === null ||
        status.stoppedAt !== null
      )
        continue;
      const due = status.due.getTime();
      const rule = target.rule;
      if (rule.kind !== "checkpoints") {
        out.push({
          target: target.id,
          name: target.name,
          kind: "due",
          at: status.due,
          overdue: due < nowMs,
          state: status.state,
        });
        continue;
      }
      let count = 0;
      eachSlot(rule, compiled.value.clock, due, (slot) => {
        if (slot.to < due) return true;
        out.push({
          target: target.id,
          name: target.name,
          kind: "checkpoint",
          at: new Date(slot.to),
          overdue: false,
          state: status.state,
        });
        return ++count < limit;
      });
    }
  } catch (e) {
    if (!(e instanceof CalendarFailure)) throw e;
    return err([
      slaIssue(
        "sla/calendar-error",
        { cause: compiled.value.clock.lastError() ?? "calendar/no-working-time" },
        ["policy"],
        locale,
      ),
    ]);
  }
  out.sort((a, b) => a.at.getTime() - b.at.getTime());
  return ok(out.slice(0, limit));
}
