import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  createComplaintClassifier,
  loadComplaintModel,
  predictComplaintLabel,
  trainComplaintModel,
  type ComplaintModel,
  type TrainingExample,
} from "kuaidi-kefu/routing";
import { readLabelled, toExample } from "../../scripts/evaluate-routing.ts";

const labelled = readLabelled();
const examples: TrainingExample[] = labelled.map(toExample);

function trained(list: readonly TrainingExample[] = examples): ComplaintModel {
  const r = trainComplaintModel(list);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("trainComplaintModel", () => {
  test("a JSON-serialisable model over every label seen", () => {
    const model = trained();
    expect(model.labels).toEqual([
      "delay",
      "loss",
      "damage",
      "delivery-service",
      "pickup-service",
      "improper-charge",
      "cod",
      "other",
      "none",
    ]);
    expect(model.docCounts.reduce((a, b) => a + b, 0)).toBe(examples.length);
    expect(model.counts.length).toBe(model.tokens.length * model.labels.length);
    expect(model.temperature).toBeGreaterThan(0);
    const copy = JSON.parse(JSON.stringify(model)) as unknown;
    expect(copy).toEqual(model);
    const loaded = loadComplaintModel(JSON.stringify(model));
    expect(loaded.ok && loaded.value).toEqual(model);
  });

  test("calibrated probabilities sum to 1 and rank sensibly", () => {
    const model = trained();
    const p = predictComplaintLabel(model, "寄的杯子全碎了，箱子也压扁了");
    expect(p?.label).toBe("damage");
    const sum = Object.values(p?.probabilities ?? {}).reduce((a, b) => a + (b ?? 0), 0);
    expect(sum).toBeCloseTo(1, 9);
    expect(p?.probability).toBeGreaterThan(0.3);
    expect(p?.probability).toBeLessThanOrEqual(1);
  });

  test("no calibration below 30 examples or when switched off", () => {
    expect(trained(examples.slice(0, 20)).temperature).toBe(1);
    const r = trainComplaintModel(examples, { calibrate: false, smoothing: 0.5, minCount: 2 });
    expect(r.ok && r.value.temperature).toBe(1);
    expect(r.ok && r.value.smoothing).toBe(0.5);
    expect(r.ok && r.value.tokens.length).toBeLessThan(trained().tokens.length);
  });

  test("labels in Chinese, English or none", () => {
    const model = trained([
      { text: "丢了", label: "丢失短少" },
      { text: "太慢", label: "delay" },
      { text: "很好", label: "无投诉" },
    ]);
    expect(model.labels).toEqual(["delay", "loss", "none"]);
  });

  test("errors, never throws", () => {
    const codes = (x: unknown, options?: object) => {
      const r = trainComplaintModel(x as TrainingExample[], options);
      return r.ok ? "ok" : r.error.code;
    };
    expect(codes([])).toBe("routing/no-training-data");
    expect(codes("nope")).toBe("routing/no-training-data");
    expect(codes([{ text: "   ", label: "延误" }])).toBe("routing/no-training-data");
    expect(codes([{ text: 1, label: "延误" }])).toBe("routing/invalid-example");
    expect(codes([null])).toBe("routing/invalid-example");
    expect(codes([{ text: "慢", label: "快" }])).toBe("routing/invalid-example");
    expect(codes([{ text: "慢", label: "延误" }], { smoothing: 0 })).toBe(
      "routing/invalid-example",
    );
    const r = trainComplaintModel([{ text: "慢", label: "x" as never }], { locale: "en" });
    expect(r.ok ? "" : r.error.message).toBe("training example 0 is invalid: unknown label");
  });

  test("a text with no known feature gets no answer", () => {
    expect(predictComplaintLabel(trained(), "ｘｙｚｑ")).toBeUndefined();
    expect(predictComplaintLabel(trained(), 5 as never)).toBeUndefined();
  });
});

describe("loadComplaintModel validates everything", () => {
  const good = trained(examples.filter((_, i) => i % 4 === 0));
  const base = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
  const broken: [string, unknown][] = [
    ["not JSON", "{"],
    ["array", "[]"],
    ["null", null],
    ["number", 3],
    ["format", { ...base, format: "other" }],
    ["version", { ...base, version: 2 }],
    ["features", { ...base, features: "word" }],
    ["labels not a list", { ...base, labels: "delay" }],
    ["unknown label", { ...base, labels: ["delay", "toString"] }],
    ["duplicate label", { ...base, labels: ["delay", "delay"] }],
    ["too many labels", { ...base, labels: new Array(10).fill("delay") }],
    ["smoothing", { ...base, smoothing: -1 }],
    ["smoothing NaN", { ...base, smoothing: "NaN" }],
    ["temperature", { ...base, temperature: 0 }],
    ["docCounts length", { ...base, docCounts: [1] }],
    ["docCounts negative", { ...base, docCounts: (base["docCounts"] as number[]).map(() => -1) }],
    ["totals", { ...base, totals: "x" }],
    ["tokens", { ...base, tokens: "abc" }],
    ["token type", { ...base, tokens: [1, ...(base["tokens"] as string[]).slice(1)] }],
    ["token too long", { ...base, tokens: ["abcdefgh", ...(base["tokens"] as string[]).slice(1)] }],
    ["duplicate token", { ...base, tokens: ["a", "a", ...(base["tokens"] as string[]).slice(2)] }],
    ["counts length", { ...base, counts: [1, 2, 3] }],
    [
      "counts Infinity",
      { ...base, counts: (base["counts"] as number[]).map(() => Number.POSITIVE_INFINITY) },
    ],
  ];
  test.each(broken)("%s", (_name, value) => {
    const r = loadComplaintModel(value);
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.error.code).toBe("routing/invalid-model");
  });

  test("crafted __proto__ and constructor keys neither pollute nor crash", () => {
    const crafted =
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
      JSON.stringify(base).slice(1);
    const r = loadComplaintModel(crafted);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    const tokens = ["__", "_p", "co"];
    const n = good.labels.length;
    const withOdd = { ...base, tokens, counts: new Array(tokens.length * n).fill(1) };
    const r2 = loadComplaintModel(withOdd);
    expect(r2.ok).toBe(true);
    if (r2.ok) expect(predictComplaintLabel(r2.value, "__proto__")?.label).toBeDefined();
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test("any JSON value: never throws", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = loadComplaintModel(v);
        expect(typeof r.ok).toBe("boolean");
        const s = loadComplaintModel(JSON.stringify(v));
        expect(typeof s.ok).toBe("boolean");
      }),
    );
  });

  test("error message in English", () => {
    const r = loadComplaintModel({ ...base, temperature: -1 }, { locale: "en" });
    expect(r.ok ? "" : r.error.message).toBe("invalid model: temperature must be a number above 0");
  });
});

describe("createComplaintClassifier combines model and rules", () => {
  const model = trained();
  const made = createComplaintClassifier({ model });
  if (!made.ok) throw new Error("classifier");
  const c = made.value;

  test("the lexicon keeps its say on negation", () => {
    expect(c.hasModel).toBe(true);
    expect(c.classify("没有延误，和预计的时间一样").isComplaint).toBe(false);
    expect(c.classify("物流很快，包装完好").isComplaint).toBe(false);
  });

  test("both speak: lexicon + model", () => {
    const r = c.classify("快递三天了还没到，一直不更新");
    expect(r.explanation.layer).toBe("lexicon+model");
    expect(r.category).toBe("延误");
    expect(r.explanation.model?.delay).toBeGreaterThan(0.5);
  });

  test("no cue: the model decides alone when sure, and says so", () => {
    const r = c.classify("件在站点躺着没人理");
    expect(r.explanation.layer === "model" || r.kind === "unknown").toBe(true);
    const sure = createComplaintClassifier({ model, thresholds: { modelOnly: 0 } });
    if (!sure.ok) throw new Error("classifier");
    const s = sure.value.classify("件在网点躺了一个礼拜");
    expect(s.explanation.layer).toBe("model");
    expect(s.isComplaint || s.kind === "praise").toBe(true);
    const never = createComplaintClassifier({ model, thresholds: { modelOnly: 1.1 } });
    if (!never.ok) throw new Error("classifier");
    expect(never.value.classify("件在网点躺了一个礼拜").kind).toBe("unknown");
  });

  test("a plain question stays a question with a model", () => {
    expect(c.classify("请问我的快递现在到哪里了？").isComplaint).toBe(false);
  });

  test("the model alone can say there is no complaint", () => {
    const m = trained([
      ...Array.from({ length: 20 }, () => ({ text: "小哥人真nice哦", label: "none" as const })),
      ...Array.from({ length: 20 }, () => ({ text: "网点磨磨唧唧", label: "延误" as const })),
    ]);
    const r = createComplaintClassifier({ model: m, thresholds: { modelOnly: 0.5 } });
    if (!r.ok) throw new Error("classifier");
    const out = r.value.classify("小哥人真nice");
    expect(out.explanation.layer).toBe("model");
    expect(out.isComplaint).toBe(false);
    expect(r.value.classify("网点磨磨唧唧的").category).toBe("延误");
  });

  test("invalid model or lexicon: an error result, no throw", () => {
    const bad = createComplaintClassifier({ model: "{}", locale: "en" });
    expect(bad.ok ? "" : bad.error.message).toBe(
      'invalid model: format must be "kuaidi-kefu/routing-model"',
    );
    const lex = createComplaintClassifier({ lexicon: { categories: [] } });
    expect(lex.ok ? "" : lex.error.code).toBe("routing/invalid-lexicon");
  });

  test("no settings: same answers as classifyComplaint", () => {
    const plain = createComplaintClassifier();
    expect(plain.ok && plain.value.hasModel).toBe(false);
    expect(plain.ok && plain.value.classify("快递丢了").team).toBe("损遗小组");
  });
});
