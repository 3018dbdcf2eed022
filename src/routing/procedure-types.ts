import type { CategoryId, TeamId } from "./labels.ts";

/**
 * One procedure step in both languages.
 *
 * @example
 * ```ts
 * import type { ProcedureStep } from "kuaidi-kefu/routing";
 * const step: ProcedureStep = { "zh-CN": "核实", en: "check" };
 * step.en; // => "check"
 * ```
 */
export interface ProcedureStep {
  readonly "zh-CN": string;
  readonly en: string;
}

/**
 * The procedures of `data/routing/procedures.json` (seeds 004 and 003): general steps, steps per
 * group (per situation: `request`, a category id, or `default`) and per category.
 *
 * @example
 * ```ts
 * import { ROUTING_PROCEDURES } from "kuaidi-kefu/routing";
 * ROUTING_PROCEDURES.teams.perishables.request?.[0]?.en.startsWith("Redirect or return"); // => true
 * ```
 */
export interface ProceduresSource {
  readonly format: "kuaidi-kefu/routing-procedures";
  readonly version: 1;
  readonly general: readonly ProcedureStep[];
  readonly teams: {
    readonly [K in TeamId]: { readonly default: readonly ProcedureStep[] } & {
      readonly [situation: string]: readonly ProcedureStep[] | undefined;
    };
  };
  readonly categories: { readonly [K in CategoryId]: readonly ProcedureStep[] };
  readonly request: readonly ProcedureStep[];
  readonly praise: readonly ProcedureStep[];
  readonly unknown: readonly ProcedureStep[];
}
