import { expect, test } from "vitest";
import { SCORING_MESSAGES, type ScoringIssueParams } from "kuaidi-kefu/scoring";

// One sample of every code's parameters: the catalogue must render all of them in both locales.
const SAMPLES: { [C in keyof ScoringIssueParams]: ScoringIssueParams[C] } = {
  "scoring/invalid-config": { reason: "type", expected: "string" },
  "scoring/invalid-points": { value: 0.25 },
  "scoring/duplicate-id": { id: "a", firstPath: ["sections", 0, "id"] },
  "scoring/maxima-mismatch": { id: "work", declared: 50, sum: 43 },
  "scoring/invalid-chances": { id: "a", max: 1, chances: 3 },
  "scoring/band-overlap": { id: "k", from: 95, previousTo: 98.5 },
  "scoring/band-gap": { id: "k", from: 97, to: 98 },
  "scoring/band-over-max": { id: "k", points: 11, max: 10 },
  "scoring/unknown-reference": { ref: "x", kind: "section" },
  "scoring/wrong-criterion-kind": { criterion: "a", kind: "bonus", expected: "chances" },
  "scoring/invalid-money": { value: 2005 },
  "scoring/invalid-scorecard": { issues: 2 },
  "scoring/invalid-event": { field: "at", received: '"yesterday"' },
  "scoring/duplicate-event-id": { id: "q", firstIndex: 3 },
  "scoring/unknown-criterion": { criterion: "nope" },
  "scoring/not-a-leaf": { criterion: "complaints" },
  "scoring/invalid-count": { field: "count", value: -1 },
  "scoring/unrouted-event": { eventType: "complaint" },
  "scoring/event-outside-month": { month: "2011-03", eventMonth: "2011-04" },
  "scoring/missing-points": { criterion: "attendance" },
  "scoring/unknown-fine": { fine: "bribe" },
  "scoring/fine-out-of-range": { amountFen: 30000, minFen: 10000, maxFen: 20000 },
  "scoring/fine-amount-required": { fine: "major-loss" },
  "scoring/value-outside-bands": { criterion: "k", value: -4 },
  "scoring/missing-value": { criterion: "k", scoredAs: "zero" },
  "scoring/invalid-month": { value: "2011-13" },
  "scoring/invalid-option": { field: "bottom", value: -1 },
  "scoring/too-many-events": { count: 5, max: 3 },
  "scoring/months-out-of-order": { month: "2011-01", previous: "2011-03" },
  "scoring/duplicate-month": { month: "2011-02" },
  "scoring/duplicate-agent": { agentId: "a" },
  "scoring/qc-inconsistent": { field: "paidOrders", value: 30, limit: 20 },
  "scoring/qc-sample-too-small": { agentId: "e", sampled: 5, min: 10 },
};

test("every code has a zh-CN and an English message", () => {
  for (const [code, params] of Object.entries(SAMPLES)) {
    const t = SCORING_MESSAGES[code as keyof ScoringIssueParams] as {
      "zh-CN": (p: unknown) => string;
      en: (p: unknown) => string;
    };
    const zh = t["zh-CN"](params);
    const en = t.en(params);
    expect(zh.length).toBeGreaterThan(0);
    expect(en.length).toBeGreaterThan(0);
    expect(zh).not.toBe(en);
  }
  expect(Object.keys(SCORING_MESSAGES).sort()).toEqual(Object.keys(SAMPLES).sort());
});

test("exact wording of a few messages", () => {
  expect(
    SCORING_MESSAGES["scoring/fine-out-of-range"]["zh-CN"](SAMPLES["scoring/fine-out-of-range"]),
  ).toBe("罚款 300 元超出 100–200 元，已按范围截取");
  expect(SCORING_MESSAGES["scoring/invalid-config"].en({ reason: "unknown-key" })).toBe(
    "invalid configuration: unknown field",
  );
  expect(SCORING_MESSAGES["scoring/invalid-config"]["zh-CN"]({ reason: "no-such-reason" })).toBe(
    "配置无效：no-such-reason",
  );
  expect(
    SCORING_MESSAGES["scoring/missing-value"]["zh-CN"]({ criterion: "k", scoredAs: "full" }),
  ).toBe("k 本月没有数值，按满分计");
});
