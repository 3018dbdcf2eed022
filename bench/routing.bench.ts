import { createRequire } from "node:module";
import {
  classifyComplaint,
  predictComplaintLabel,
  trainComplaintModel,
  type ComplaintModel,
  type TrainingExample,
} from "../src/routing/index.ts";
import { readLabelled, toExample } from "../scripts/evaluate-routing.ts";
import type { BenchCase } from "./harness.ts";

interface WinkClassifier {
  definePrepTasks(tasks: ((input: string) => string[])[]): number;
  defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
  learn(input: string, label: string): boolean;
  consolidate(): boolean;
  predict(input: string): string;
}
const require = createRequire(import.meta.url);
const winkFactory = require("wink-naive-bayes-text-classifier") as () => WinkClassifier;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same inputs. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same features ours uses: character unigrams and bigrams (spaces dropped). */
function charBigrams(text: string): string[] {
  const out: string[] = [];
  let prev = "";
  for (const ch of text) {
    if (ch === " ") {
      prev = "";
      continue;
    }
    out.push(ch);
    if (prev !== "") out.push(prev + ch);
    prev = ch;
  }
  return out;
}

const labelled = readLabelled();
// Split by position: every fifth text is held out for accuracy, the rest is the training pool.
const heldOut = labelled.filter((_, i) => i % 5 === 0).map(toExample);
const pool = labelled.filter((_, i) => i % 5 !== 0).map(toExample);

const PREFIXES = [
  "",
  "",
  "您好，",
  "你好 ",
  "客服你好，",
  "麻烦看一下，",
  "单号SF",
  "急！",
  "我想反映一下，",
];
const SUFFIXES = [
  "",
  "",
  "。",
  "，谢谢",
  "，请尽快处理",
  "！！",
  "，单号在订单里",
  "，麻烦回个电话",
];

/** Synthesises n training examples from the pool: each a pool text with filler around it. */
function synthesise(n: number, seed: number): TrainingExample[] {
  const rnd = random(seed);
  const out: TrainingExample[] = [];
  for (let i = 0; i < n; i++) {
    const e = pool[Math.floor(rnd() * pool.length)] as TrainingExample;
    const p = PREFIXES[Math.floor(rnd() * PREFIXES.length)] as string;
    const s = SUFFIXES[Math.floor(rnd() * SUFFIXES.length)] as string;
    const digits = p === "单号SF" ? String(Math.floor(rnd() * 1e12)) + "，" : "";
    out.push({ text: `${p}${digits}${e.text}${s}`, label: e.label });
  }
  return out;
}

/** Complaint texts of about `length` characters, by joining labelled texts. */
function textsOfLength(length: number, count: number, seed: number): string[] {
  const rnd = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = "";
    while (t.length < length)
      t += `${(labelled[Math.floor(rnd() * labelled.length)] as { text: string }).text}，`;
    out.push(t.slice(0, length));
  }
  return out;
}

function trainOurs(examples: readonly TrainingExample[]): ComplaintModel {
  const r = trainComplaintModel(examples);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function trainWink(examples: readonly TrainingExample[]): WinkClassifier {
  const nbc = winkFactory();
  nbc.definePrepTasks([charBigrams]);
  nbc.defineConfig({ considerOnlyPresence: true, smoothingFactor: 1 });
  for (const e of examples) nbc.learn(e.text, String(e.label === "无投诉" ? "none" : e.label));
  nbc.consolidate();
  return nbc;
}

const LABEL_ID: Record<string, string> = {
  延误: "delay",
  丢失短少: "loss",
  损毁: "damage",
  投递服务: "delivery-service",
  收寄服务: "pickup-service",
  违规收费: "improper-charge",
  代收货款: "cod",
  其他: "other",
  none: "none",
};

function accuracyOurs(model: ComplaintModel): number {
  let ok = 0;
  for (const e of heldOut)
    if (predictComplaintLabel(model, e.text)?.label === LABEL_ID[e.label]) ok++;
  return Math.round((ok / heldOut.length) * 1000) / 1000;
}

function accuracyWink(nbc: WinkClassifier): number {
  let ok = 0;
  for (const e of heldOut) if (nbc.predict(e.text) === e.label) ok++;
  return Math.round((ok / heldOut.length) * 1000) / 1000;
}

function accuracyRulesOnly(): number {
  let ok = 0;
  for (const e of heldOut) {
    const r = classifyComplaint(e.text);
    const got = r.isComplaint ? r.category : "none";
    if (got === e.label) ok++;
  }
  return Math.round((ok / heldOut.length) * 1000) / 1000;
}

function timeOnce(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function bestOf(runs: number, fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, timeOnce(fn));
  return Math.round(best);
}

export default function suite(): BenchCase[] {
  const short = textsOfLength(50, 200, 1);
  const long = textsOfLength(500, 40, 2);
  const ex10k = synthesise(10_000, 3);
  const ex100k = synthesise(100_000, 4);

  const ours10k = trainOurs(ex10k);
  const wink10k = trainWink(ex10k);
  // 100,000 examples: timed here (best of 2), as tinybench would repeat a multi-second task dozens of times.
  const ours100kMs = bestOf(2, () => trainOurs(ex100k));
  const wink100kMs = bestOf(2, () => trainWink(ex100k));
  const ours100k = trainOurs(ex100k);
  const wink100k = trainWink(ex100k);
  const split = {
    train: `${ex10k.length} synthesised from ${pool.length} labelled texts`,
    heldOut: heldOut.length,
  };

  const winkShort = wink10k;
  return [
    {
      task: "classify 50-character complaints (rules, full routing)",
      subject: "classifyComplaint",
      run: () => {
        for (const t of short) classifyComplaint(t);
      },
      baseline: "wink-nb predict (category only)",
      runBaseline: () => {
        for (const t of short) winkShort.predict(t);
      },
      itemsPerIteration: short.length,
    },
    {
      task: "classify 500-character complaints (rules, full routing)",
      subject: "classifyComplaint",
      run: () => {
        for (const t of long) classifyComplaint(t);
      },
      baseline: "wink-nb predict (category only)",
      runBaseline: () => {
        for (const t of long) winkShort.predict(t);
      },
      itemsPerIteration: long.length,
    },
    {
      task: "model prediction alone, 50-character texts",
      subject: "predictComplaintLabel",
      run: () => {
        for (const t of short) predictComplaintLabel(ours10k, t);
      },
      baseline: "wink-nb predict",
      runBaseline: () => {
        for (const t of short) winkShort.predict(t);
      },
      itemsPerIteration: short.length,
    },
    {
      task: "train on 10,000 examples (char 1-2 grams, presence)",
      subject: "trainComplaintModel",
      run: () => trainOurs(ex10k),
      baseline: "wink-nb learn+consolidate",
      runBaseline: () => trainWink(ex10k),
      extra: {
        split,
        accuracyHeldOut: {
          ours: accuracyOurs(ours10k),
          wink: accuracyWink(wink10k),
          rulesOnly: accuracyRulesOnly(),
        },
        modelJsonBytes: JSON.stringify(ours10k).length,
      },
    },
    {
      // Training on 100,000 examples takes seconds, so it is timed once above (best of 2) and
      // reported in extra; the measured task is prediction with the models trained on them.
      task: "100,000-example models: predict held-out texts (training ms in extra)",
      subject: "predictComplaintLabel",
      run: () => {
        for (const e of heldOut) predictComplaintLabel(ours100k, e.text);
      },
      baseline: "wink-nb predict",
      runBaseline: () => {
        for (const e of heldOut) wink100k.predict(e.text);
      },
      itemsPerIteration: heldOut.length,
      extra: {
        trainMs: { ours: ours100kMs, wink: wink100kMs },
        trainSpeedup: Math.round((wink100kMs / Math.max(1, ours100kMs)) * 100) / 100,
        accuracyHeldOut: { ours: accuracyOurs(ours100k), wink: accuracyWink(wink100k) },
      },
    },
  ];
}
