import type { PayComponent, ScoringEventType } from "./config-types.ts";

// The internal, validated form of a scorecard: points in integer tenths, lookups by id.

export interface CompiledBand {
  readonly from: number;
  readonly to: number; // Infinity when open-ended
  readonly pointsT: number;
}

export type CompiledRule =
  | { readonly kind: "per-occurrence"; readonly perT: number }
  | { readonly kind: "chances"; readonly perT: number }
  | { readonly kind: "marked" }
  | {
      readonly kind: "banded";
      readonly source: "kpi" | "survey";
      readonly bands: readonly CompiledBand[];
      readonly whenMissing: "full" | "zero";
    }
  | { readonly kind: "bonus"; readonly perT: number | undefined }
  | { readonly kind: "critical" }
  | { readonly kind: "group" };

export interface CompiledCriterion {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly maxT: number;
  readonly rule: CompiledRule;
  readonly children: readonly CompiledCriterion[];
  readonly section: number;
  /** Position among all criteria in depth-first order, used as an array index while scoring. */
  readonly index: number;
}

export interface CompiledSection {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: "deduction" | "bonus";
  readonly maxT: number;
  readonly criteria: readonly CompiledCriterion[];
  readonly pay: { readonly component: PayComponent; readonly fenPerTenth: number } | undefined;
}

export interface CompiledFine {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly minFen: number | undefined;
  readonly maxFen: number | undefined;
}

export interface CompiledConsequence {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly section: number | undefined;
  readonly full: boolean;
  readonly belowT: number | undefined;
  readonly events: { readonly eventType: ScoringEventType; readonly count: number } | undefined;
  readonly rewardFen: number;
  readonly suggestFine: CompiledFine | undefined;
}

export interface CompiledStreak {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly section: string;
  readonly consecutive: number | undefined;
  readonly inYear: number | undefined;
  readonly rewardFen: { readonly min: number; readonly max: number } | undefined;
}

export interface CompiledScorecard {
  readonly id: string;
  readonly totalT: number;
  readonly sections: readonly CompiledSection[];
  readonly criteria: readonly CompiledCriterion[];
  readonly byId: ReadonlyMap<string, CompiledCriterion>;
  readonly routes: ReadonlyMap<string, CompiledCriterion>;
  readonly fines: ReadonlyMap<string, CompiledFine>;
  readonly consequences: readonly CompiledConsequence[];
  readonly streaks: readonly CompiledStreak[];
  readonly trainingMonths: number;
  readonly probationMonths: number;
}
