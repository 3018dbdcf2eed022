import type { Locale } from "../core/issue.ts";
import { PROCEDURES_DATA } from "./data/procedures.ts";
import type { CategoryId, TeamId } from "./labels.ts";
import type { ProcedureStep, ProceduresSource } from "./procedure-types.ts";
import type { ComplaintKind } from "./types.ts";

/**
 * The procedures the library ships (`data/routing/procedures.json`, from seeds 004 and 003).
 *
 * @example
 * ```ts
 * import { ROUTING_PROCEDURES } from "kuaidi-kefu/routing";
 * ROUTING_PROCEDURES.general.length; // => 2
 * ```
 */
export const ROUTING_PROCEDURES: ProceduresSource = PROCEDURES_DATA;

/** Which situation of a group's procedure applies. */
function situation(kind: ComplaintKind, category: CategoryId): string {
  if (kind === "request") return "request";
  return category;
}

/** @internal The steps for a routed case: the group's (per situation), the category's, then the general ones. */
export function nextSteps(
  team: TeamId,
  kind: ComplaintKind,
  category: CategoryId,
  locale: Locale,
): string[] {
  const p = ROUTING_PROCEDURES;
  const steps: ProcedureStep[] = [];
  if (kind === "unknown" || kind === "invalid") {
    steps.push(...p.unknown);
  } else if (kind === "praise" && team === "individual-case") {
    steps.push(...p.praise);
  } else {
    const group = p.teams[team];
    const own = group[situation(kind, category)];
    steps.push(...(own ?? group.default));
    // The fresh-food group's own procedure already covers delay and damage.
    if (kind === "request") {
      if (own === undefined) steps.push(...p.request);
    } else if (kind === "complaint" && own === undefined) {
      steps.push(...p.categories[category]);
    }
  }
  steps.push(...p.general);
  return steps.map((s) => s[locale]);
}
