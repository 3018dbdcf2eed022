/**
 * What every event carries: a unique `id` (so each point can be traced back) and the time it
 * happened (`Date`, epoch ms, or ISO 8601 with an explicit offset such as `+08:00`).
 *
 * @example
 * ```ts
 * import type { EventBase } from "kuaidi-kefu/scoring";
 * const base: EventBase = { id: "chk-1", at: "2011-03-10T09:30:00+08:00" };
 * base.id; // => "chk-1"
 * ```
 */
export interface EventBase {
  readonly id: string;
  readonly at: Date | number | string;
  readonly note?: string;
}

/**
 * An event of an agent's month. `criterion` names the criterion it counts against; complaints,
 * late items, surveys, marks and merits may omit it and follow the scorecard's `routes`.
 * - `check-failed`: an unannounced check (抽查) found a criterion not met, `count` times (default 1).
 * - `rule-violation`: a rule of the work standard not followed (items 3-7: one point each).
 * - `complaint`: a customer complaint about the agent's work.
 * - `late`: an item handled after its time limit.
 * - `survey`: one answer of the month-end satisfaction survey; a dissatisfied answer is a failure.
 * - `attendance` / `hygiene`: a mark losing `points` under the company's attendance or hygiene rules.
 * - `kpi`: the month's value of a banded KPI (on-time rate 97.2).
 * - `merit`: a special merit (emergency handled, loss saved, repeated praise, training excellence).
 * - `fine`: a fine of kind `fine` (`amountFen` within the kind's range; its minimum when omitted).
 *
 * @example
 * ```ts
 * import type { ScoringEvent } from "kuaidi-kefu/scoring";
 * const e: ScoringEvent = { id: "c1", at: Date.UTC(2011, 2, 10, 2), type: "check-failed", criterion: "complaints.record" };
 * e.type; // => "check-failed"
 * ```
 */
export type ScoringEvent =
  | (EventBase & {
      readonly type: "check-failed";
      readonly criterion: string;
      readonly count?: number;
    })
  | (EventBase & {
      readonly type: "rule-violation";
      readonly criterion: string;
      readonly rule?: string;
      readonly count?: number;
    })
  | (EventBase & {
      readonly type: "complaint";
      readonly criterion?: string;
      readonly count?: number;
    })
  | (EventBase & { readonly type: "late"; readonly criterion?: string; readonly count?: number })
  | (EventBase & {
      readonly type: "survey";
      readonly satisfied: boolean;
      readonly criterion?: string;
    })
  | (EventBase & {
      readonly type: "attendance";
      readonly points?: number;
      readonly criterion?: string;
    })
  | (EventBase & {
      readonly type: "hygiene";
      readonly points?: number;
      readonly criterion?: string;
    })
  | (EventBase & { readonly type: "kpi"; readonly criterion: string; readonly value: number })
  | (EventBase & {
      readonly type: "merit";
      readonly points?: number;
      readonly criterion?: string;
      readonly reason?: string;
    })
  | (EventBase & { readonly type: "fine"; readonly fine: string; readonly amountFen?: number });
