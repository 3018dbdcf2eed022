import type { ScoringIssue } from "./messages.ts";

/**
 * One application of an event to a criterion: `points` is what it actually changed (after the
 * caps of the criterion, its group and its section), `requested` what the rule asked for.
 *
 * @example
 * ```ts
 * import type { ScoreEntry } from "kuaidi-kefu/scoring";
 * const e: ScoreEntry = { kind: "deduction", criterion: "etiquette", eventId: "v1", points: 1, requested: 1 };
 * e.points; // => 1
 * ```
 */
export interface ScoreEntry {
  readonly kind: "deduction" | "bonus" | "band" | "critical";
  readonly criterion: string;
  readonly eventId: string;
  /** Points lost (deduction, band shortfall) or gained (bonus), after every cap. */
  readonly points: number;
  /** Points the rule asked for before capping. */
  readonly requested: number;
}

/**
 * A criterion's result: points, maximum, what was lost or gained, the events behind it; for a
 * banded KPI the value used; for a group its sub-criteria.
 *
 * @example
 * ```ts
 * import type { CriterionResult } from "kuaidi-kefu/scoring";
 * const r: CriterionResult = { id: "etiquette", name: "礼仪工作", points: 5, max: 6, lost: 1, gained: 0, eventIds: ["v1"], criteria: [] };
 * r.max - r.lost; // => 5
 * ```
 */
export interface CriterionResult {
  readonly id: string;
  readonly name: string;
  readonly points: number;
  readonly max: number;
  readonly lost: number;
  readonly gained: number;
  readonly eventIds: readonly string[];
  readonly value?: number | null;
  readonly criteria: readonly CriterionResult[];
}

/**
 * A section's result. `full` is true when nothing was lost (a deduction section) or the cap was
 * reached (a bonus section); `zeroedBy` lists the events of a critical criterion that zeroed it.
 *
 * @example
 * ```ts
 * import type { SectionResult } from "kuaidi-kefu/scoring";
 * const s: SectionResult = { id: "work", name: "工作考核", points: 50, max: 50, lost: 0, gained: 0, full: true, zeroedBy: [], criteria: [] };
 * s.full; // => true
 * ```
 */
export interface SectionResult {
  readonly id: string;
  readonly name: string;
  readonly points: number;
  readonly max: number;
  readonly lost: number;
  readonly gained: number;
  readonly full: boolean;
  readonly zeroedBy: readonly string[];
  readonly criteria: readonly CriterionResult[];
}

/**
 * A fine recorded in the month, in fen.
 *
 * @example
 * ```ts
 * import type { FineEntry } from "kuaidi-kefu/scoring";
 * const f: FineEntry = { eventId: "f1", fine: "missing-record", name: "具体工作未做详细记录", amountFen: 5000 };
 * f.amountFen / 100; // => 50
 * ```
 */
export interface FineEntry {
  readonly eventId: string;
  readonly fine: string;
  readonly name: string;
  readonly amountFen: number;
}

/**
 * The pay slip of the month, every line in integer fen:
 * `total = base + allowance + assessment + attendanceBonus + specialBonus + reward − fines`.
 * New staff get base only (training) or base + assessment (probation); fines apply always.
 *
 * @example
 * ```ts
 * import type { PaySlip } from "kuaidi-kefu/scoring";
 * const p: PaySlip = { baseFen: 150000, allowanceFen: 20000, assessmentFen: 100000, attendanceBonusFen: 10000, specialBonusFen: 0, rewardFen: 5000, finesFen: 0, totalFen: 285000 };
 * p.totalFen / 100; // => 2850
 * ```
 */
export interface PaySlip {
  readonly baseFen: number;
  readonly allowanceFen: number;
  readonly assessmentFen: number;
  readonly attendanceBonusFen: number;
  readonly specialBonusFen: number;
  readonly rewardFen: number;
  readonly finesFen: number;
  readonly totalFen: number;
}

/**
 * A consequence the month triggered: a threshold (full marks, below 25), a count of events
 * (repeated complaints, with the fine it calls for), or a fine that was imposed.
 *
 * @example
 * ```ts
 * import type { Consequence } from "kuaidi-kefu/scoring";
 * const c: Consequence = { id: "praise", kind: "threshold", name: "部门内部表扬并奖励 50 元", rewardFen: 5000, eventIds: [] };
 * c.rewardFen; // => 5000
 * ```
 */
export interface Consequence {
  readonly id: string;
  readonly kind: "threshold" | "events" | "fine";
  readonly name: string;
  readonly rewardFen: number;
  readonly suggestedFine?: {
    readonly fine: string;
    readonly minFen: number | null;
    readonly maxFen: number | null;
  };
  readonly amountFen?: number;
  readonly eventIds: readonly string[];
}

/** The phase of a new staff member: training (month 1), probation (month 2), then regular. */
export type StaffPhase = "training" | "probation" | "regular";

/**
 * An agent's month under a scorecard: every section and criterion with the events behind its
 * points, the pay slip, the consequences, and the issues found in the input (ignored events).
 *
 * @example
 * ```ts
 * import { scoreMonth, SEED_SCORECARD, type MonthReport } from "kuaidi-kefu/scoring";
 * const report: MonthReport = scoreMonth(SEED_SCORECARD, [], { month: "2011-03" });
 * report.total; // => 55
 * ```
 */
export interface MonthReport {
  readonly scorecard: string;
  readonly agentId: string | null;
  readonly month: string | null;
  readonly phase: StaffPhase;
  /** 1 in the hire month, 2 the month after…; `null` without a hire date. */
  readonly monthOfService: number | null;
  readonly total: number;
  readonly max: number;
  readonly sections: readonly SectionResult[];
  readonly entries: readonly ScoreEntry[];
  readonly fines: readonly FineEntry[];
  readonly pay: PaySlip;
  readonly consequences: readonly Consequence[];
  readonly issues: readonly ScoringIssue[];
}
