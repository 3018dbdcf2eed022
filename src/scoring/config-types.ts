/**
 * How a criterion turns events into points.
 * - `per-occurrence`: each occurrence loses `points` (seed 003 items 3-7: one point per rule not followed).
 * - `chances`: the maximum is split into `chances` equal parts, one lost per failure (items 1-2: 2 points = 2 chances).
 * - `marked`: the event itself says how many points are lost (attendance, hygiene marks).
 * - `banded`: a KPI value (or the month's survey satisfaction rate) mapped to points by bands.
 * - `bonus`: points gained, `pointsPerEvent` unless the event gives its own, capped at the maximum.
 * - `critical`: any occurrence zeroes the whole section ("fatal" error); carries no points itself.
 *
 * @example
 * ```ts
 * import type { CriterionRule } from "kuaidi-kefu/scoring";
 * const rule: CriterionRule = { kind: "chances", chances: 2 };
 * rule.kind; // => "chances"
 * ```
 */
export type CriterionRule =
  | { readonly kind: "per-occurrence"; readonly points: number }
  | { readonly kind: "chances"; readonly chances: number }
  | { readonly kind: "marked" }
  | {
      readonly kind: "banded";
      /** Where the value comes from: `kpi` events (default) or the share of satisfied survey answers, in percent. */
      readonly source?: "kpi" | "survey";
      /** Bands `[from, to)`; the last may omit `to` (open-ended). Together they must cover `range` without overlap. */
      readonly bands: readonly Band[];
      /** The values the bands must cover, default `[0, 100]`. */
      readonly range?: readonly [number, number];
      /** Points when no value was reported: `"full"` (default) or `"zero"`. */
      readonly whenMissing?: "full" | "zero";
    }
  | { readonly kind: "bonus"; readonly pointsPerEvent?: number }
  | { readonly kind: "critical" };

/**
 * One band of a banded KPI criterion: values in `[from, to)` score `points`.
 *
 * @example
 * ```ts
 * import type { Band } from "kuaidi-kefu/scoring";
 * const band: Band = { from: 98, points: 10 };
 * band.points; // => 10
 * ```
 */
export interface Band {
  readonly from: number;
  readonly to?: number;
  readonly points: number;
}

/**
 * A criterion (考核项) of a section: a leaf with a rule, or a group of sub-criteria whose losses
 * add up (capped at the group's maximum).
 *
 * @example
 * ```ts
 * import type { CriterionConfig } from "kuaidi-kefu/scoring";
 * const c: CriterionConfig = { id: "etiquette", name: "礼仪工作", max: 6, rule: { kind: "per-occurrence", points: 1 } };
 * c.max; // => 6
 * ```
 */
export interface CriterionConfig {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string;
  /** Maximum points; for a group, defaults to the sum of its sub-criteria. */
  readonly max?: number;
  readonly rule?: CriterionRule;
  readonly criteria?: readonly CriterionConfig[];
}

/**
 * Which line of the pay slip a section's points are paid into: assessment pay (考核工资),
 * attendance bonus (出勤奖金) or special bonus (特殊奖金).
 *
 * @example
 * ```ts
 * import type { PayComponent } from "kuaidi-kefu/scoring";
 * const c: PayComponent = "assessment";
 * c; // => "assessment"
 * ```
 */
export type PayComponent = "assessment" | "attendance" | "special";

/**
 * A section (考核部分) of a scorecard. A `deduction` section starts at its maximum and loses
 * points through its criteria; a `bonus` section starts at zero and gains them.
 *
 * @example
 * ```ts
 * import type { SectionConfig } from "kuaidi-kefu/scoring";
 * const s: SectionConfig = { id: "special", name: "特殊奖励", kind: "bonus", max: 10, criteria: [{ id: "merit", name: "特殊贡献", max: 10, rule: { kind: "bonus", pointsPerEvent: 10 } }] };
 * s.kind; // => "bonus"
 * ```
 */
export interface SectionConfig {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string;
  readonly kind?: "deduction" | "bonus";
  /** Declared total; defaults to the sum of the criteria. */
  readonly max?: number;
  readonly criteria: readonly CriterionConfig[];
  /** Money: the section's points × `fenPerPoint` go to `component` on the pay slip. */
  readonly pay?: { readonly component: PayComponent; readonly fenPerPoint: number };
}

/**
 * A fine kind (罚款): a fixed amount (`minFen === maxFen`), a range the supervisor chooses in
 * (100-200 yuan), or no amount at all (set case by case: the event must carry it).
 *
 * @example
 * ```ts
 * import type { FineConfig } from "kuaidi-kefu/scoring";
 * const f: FineConfig = { id: "missing-record", name: "未做记录", minFen: 5000, maxFen: 5000 };
 * f.minFen; // => 5000
 * ```
 */
export interface FineConfig {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string;
  readonly minFen?: number;
  readonly maxFen?: number;
}

/**
 * A consequence the month triggers: on a section being full, below a threshold, or on a number
 * of events of one type (then suggesting a fine).
 *
 * @example
 * ```ts
 * import type { ConsequenceConfig } from "kuaidi-kefu/scoring";
 * const c: ConsequenceConfig = { id: "training", name: "离岗培训一周", section: "work", below: 25 };
 * c.below; // => 25
 * ```
 */
export interface ConsequenceConfig {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string;
  /** Section whose points are compared; the scorecard total when omitted. */
  readonly section?: string;
  /** Triggers when the points are at the section maximum with nothing lost. */
  readonly full?: boolean;
  /** Triggers when the points are strictly below this. */
  readonly below?: number;
  /** Triggers when at least `count` events of type `eventType` were recorded. */
  readonly events?: { readonly eventType: ScoringEventType; readonly count: number };
  /** Money paid with the consequence (the 50-yuan praise). */
  readonly rewardFen?: number;
  /** A fine the consequence suggests (not deducted until a fine event records it). */
  readonly suggestFine?: string;
}

/**
 * A rule over several months: a run of full months, or a number of full months in a year.
 *
 * @example
 * ```ts
 * import type { StreakConfig } from "kuaidi-kefu/scoring";
 * const s: StreakConfig = { id: "quarter", name: "连续三个月满分", section: "work", consecutive: 3, rewardFen: { min: 20000, max: 30000 } };
 * s.consecutive; // => 3
 * ```
 */
export interface StreakConfig {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string;
  readonly section: string;
  /** Triggers each time the run of consecutive full months reaches a multiple of this. */
  readonly consecutive?: number;
  /** Triggers when the count of full months in one calendar year reaches this. */
  readonly inYear?: number;
  readonly rewardFen?: { readonly min: number; readonly max: number };
}

/**
 * Event types the scorer knows (see `ScoringEvent`).
 *
 * @example
 * ```ts
 * import type { ScoringEventType } from "kuaidi-kefu/scoring";
 * const t: ScoringEventType = "check-failed";
 * t; // => "check-failed"
 * ```
 */
export type ScoringEventType =
  | "check-failed"
  | "rule-violation"
  | "complaint"
  | "late"
  | "survey"
  | "attendance"
  | "hygiene"
  | "kpi"
  | "merit"
  | "fine";

/**
 * A whole scorecard, as given to `defineScorecard`. Points may carry one decimal (2.5);
 * money is in integer fen.
 *
 * @example
 * ```ts
 * import { KEFU_ASSESSMENT_CONFIG, type ScorecardConfig } from "kuaidi-kefu/scoring";
 * const config: ScorecardConfig = KEFU_ASSESSMENT_CONFIG;
 * config.total; // => 65
 * ```
 */
export interface ScorecardConfig {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string;
  /** Declared grand total; defaults to the sum of the sections. */
  readonly total?: number;
  readonly sections: readonly SectionConfig[];
  /** Default criterion for events that name none (complaints, late items, surveys, marks, merits). */
  readonly routes?: { readonly [T in ScoringEventType]?: string };
  readonly fines?: readonly FineConfig[];
  readonly consequences?: readonly ConsequenceConfig[];
  readonly streaks?: readonly StreakConfig[];
  /** New staff: months of training (base pay only) and of probation (base + assessment pay). */
  readonly newStaff?: { readonly trainingMonths: number; readonly probationMonths: number };
}
