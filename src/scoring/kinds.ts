import type { CompiledRule } from "./compiled.ts";

// A literal table, not a Set: nothing is computed at import time.
const DEDUCTING: Readonly<Record<string, true>> = {
  "per-occurrence": true,
  chances: true,
  marked: true,
  critical: true,
};

/** Whether an event of `type` can be recorded on a criterion with `rule`; and what is expected otherwise. */
export function acceptsEvent(rule: CompiledRule, type: string): boolean {
  switch (type) {
    case "kpi":
      return rule.kind === "banded" && rule.source === "kpi";
    case "survey":
      return (
        rule.kind === "per-occurrence" ||
        rule.kind === "chances" ||
        (rule.kind === "banded" && rule.source === "survey")
      );
    case "merit":
      return rule.kind === "bonus";
    default:
      return Object.hasOwn(DEDUCTING, rule.kind);
  }
}

/** The rule kinds an event type needs, for the issue message. */
export function expectedKinds(type: string): string {
  switch (type) {
    case "kpi":
      return "banded (kpi)";
    case "survey":
      return "per-occurrence | chances | banded (survey)";
    case "merit":
      return "bonus";
    default:
      return "per-occurrence | chances | marked | critical";
  }
}
