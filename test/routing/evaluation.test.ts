import { describe, expect, test } from "vitest";
import { CATEGORIES, ROUTING_LEXICON, TEAMS } from "kuaidi-kefu/routing";
import { evaluateRules, readLabelled, score } from "../../scripts/evaluate-routing.ts";
import { fileURLToPath } from "node:url";

const set = readLabelled();
const holdout = readLabelled(fileURLToPath(new URL("./fixtures/holdout.jsonl", import.meta.url)));

describe("the labelled set", () => {
  test("has at least 300 complaints covering every category, group, escalation and negation", () => {
    expect(set.length).toBeGreaterThanOrEqual(300);
    for (const c of CATEGORIES)
      expect(set.filter((x) => x.category === c.label).length).toBeGreaterThanOrEqual(10);
    for (const t of TEAMS)
      expect(set.filter((x) => x.team === t.label).length).toBeGreaterThanOrEqual(5);
    expect(set.filter((x) => !x.isComplaint).length).toBeGreaterThanOrEqual(40);
    expect(set.filter((x) => x.kind === "request").length).toBeGreaterThanOrEqual(15);
    expect(set.filter((x) => x.escalate).length).toBeGreaterThanOrEqual(25);
    for (const cue of ["12305", "律师", "曝光", "骗子", "第三次", "赔偿"]) {
      expect(set.some((x) => x.escalate && x.text.includes(cue))).toBe(true);
    }
    for (const neg of ["没有", "不是快递的问题", "包装完好", "虽然"]) {
      expect(set.some((x) => x.text.includes(neg))).toBe(true);
    }
    expect(new Set(set.map((x) => x.id)).size).toBe(set.length);
  });

  test("texts are sentences, not lexicon entries", () => {
    const cues = new Set<string>();
    const add = (list: readonly (string | readonly [string, number])[]) => {
      for (const c of list) cues.add(typeof c === "string" ? c : c[0]);
    };
    for (const list of Object.values(ROUTING_LEXICON.categories)) add(list);
    add(ROUTING_LEXICON.praise);
    add(ROUTING_LEXICON.request);
    for (const x of [...set, ...holdout]) {
      expect(cues.has(x.text)).toBe(false);
      expect(x.text.length).toBeGreaterThanOrEqual(4);
    }
  });

  test("the rules keep their quality on it (regression guard)", () => {
    const e = evaluateRules(set);
    expect(e.category.macroF1).toBeGreaterThan(0.95);
    expect(e.team).toBeGreaterThan(0.95);
    expect(e.escalate).toBeGreaterThan(0.98);
  });

  test("and on the hold-out set", () => {
    const e = evaluateRules(holdout);
    expect(e.category.macroF1).toBeGreaterThan(0.8);
    expect(e.escalate).toBe(1);
  });
});

test("score: precision, recall, F1, macro-F1", () => {
  const s = score(["延误", "延误", "损毁", "无投诉"], ["延误", "损毁", "损毁", "延误"]);
  expect(s.perLabel).toEqual([
    { label: "延误", support: 2, precision: 0.5, recall: 0.5, f1: 0.5 },
    { label: "损毁", support: 1, precision: 0.5, recall: 1, f1: 2 / 3 },
    { label: "无投诉", support: 1, precision: 0, recall: 0, f1: 0 },
  ]);
  expect(s.accuracy).toBe(0.5);
  expect(s.macroF1).toBeCloseTo((0.5 + 2 / 3) / 3, 12);
});
