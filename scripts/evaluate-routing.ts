/**
 * Evaluates `kuaidi-kefu/routing`.
 *
 *   npx tsx scripts/evaluate-routing.ts            # the labelled set in test/routing/fixtures/
 *   npx tsx scripts/evaluate-routing.ts --errors   # … and list every miss
 *   npx tsx scripts/evaluate-routing.ts FILE.jsonl [--show N]
 *                                                  # what the classifier makes of any texts
 *
 * On the labelled set it reports per-category precision, recall and F1 (the eight regulator
 * categories plus 无投诉 for texts without a complaint), macro-F1, and the accuracy of
 * isComplaint, front-line class, team and escalation, for the rules alone and for rules + a model
 * trained by 5-fold cross-validation. On another file (one JSON object with a `text` field per
 * line, or one JSON string per line) it reports the distribution of answers and checks that
 * nothing throws.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  classifyComplaint,
  type ComplaintFacts,
  type ComplaintRouting,
  createComplaintClassifier,
  trainComplaintModel,
  type TrainingExample,
} from "../src/routing/index.ts";

/** One line of `test/routing/fixtures/labelled.jsonl`. */
export interface LabelledComplaint {
  readonly id: string;
  readonly text: string;
  readonly facts?: ComplaintFacts;
  readonly isComplaint: boolean;
  readonly kind: "complaint" | "request" | "none";
  /** A regulator category, or 无投诉. */
  readonly category: string;
  readonly secondaryCategories?: readonly string[];
  readonly frontLineClass: string;
  readonly team: string;
  readonly escalate: boolean;
}

export const NONE = "无投诉";
export const LABELS = [
  "延误",
  "丢失短少",
  "损毁",
  "投递服务",
  "收寄服务",
  "违规收费",
  "代收货款",
  "其他",
  NONE,
] as const;

const root = fileURLToPath(new URL("..", import.meta.url));

/** Reads the labelled set. */
export function readLabelled(
  path = `${root}test/routing/fixtures/labelled.jsonl`,
): LabelledComplaint[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as LabelledComplaint);
}

/** The category a routing result stands for in the evaluation. */
export function predictedLabel(r: ComplaintRouting): string {
  return r.isComplaint ? r.category : NONE;
}

export interface PerLabel {
  readonly label: string;
  readonly support: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Scores {
  readonly perLabel: readonly PerLabel[];
  readonly macroF1: number;
  readonly accuracy: number;
}

/** Precision, recall and F1 per label, macro-F1 over the labels present in gold or predictions. */
export function score(gold: readonly string[], predicted: readonly string[]): Scores {
  const perLabel: PerLabel[] = [];
  let correct = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) correct++;
  for (const label of LABELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i] === label;
      const p = predicted[i] === label;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    if (tp + fp + fn === 0) continue;
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perLabel.push({ label, support: tp + fn, precision, recall, f1 });
  }
  const macroF1 = perLabel.reduce((a, p) => a + p.f1, 0) / Math.max(1, perLabel.length);
  return { perLabel, macroF1, accuracy: gold.length === 0 ? 0 : correct / gold.length };
}

export interface Evaluation {
  readonly category: Scores;
  readonly isComplaint: number;
  readonly frontLine: number;
  readonly team: number;
  readonly escalate: number;
  readonly misses: readonly {
    id: string;
    text: string;
    gold: string;
    got: string;
    team: string;
    goldTeam: string;
  }[];
}

/** Runs a classify function over the labelled set. */
export function evaluate(
  set: readonly LabelledComplaint[],
  classify: (c: LabelledComplaint) => ComplaintRouting,
): Evaluation {
  const gold: string[] = [];
  const predicted: string[] = [];
  let isComplaint = 0;
  let frontLine = 0;
  let team = 0;
  let escalate = 0;
  const misses: Evaluation["misses"][number][] = [];
  for (const c of set) {
    const r = classify(c);
    const got = predictedLabel(r);
    gold.push(c.category);
    predicted.push(got);
    if (r.isComplaint === c.isComplaint) isComplaint++;
    if (r.frontLineClass === c.frontLineClass) frontLine++;
    if (r.team === c.team) team++;
    if (r.escalate === c.escalate) escalate++;
    if (got !== c.category || r.team !== c.team) {
      misses.push({
        id: c.id,
        text: c.text,
        gold: c.category,
        got,
        team: r.team,
        goldTeam: c.team,
      });
    }
  }
  const n = Math.max(1, set.length);
  return {
    category: score(gold, predicted),
    isComplaint: isComplaint / n,
    frontLine: frontLine / n,
    team: team / n,
    escalate: escalate / n,
    misses,
  };
}

/** The rules alone (the shipped lexicon, no model). */
export function evaluateRules(set: readonly LabelledComplaint[]): Evaluation {
  return evaluate(set, (c) => classifyComplaint({ text: c.text, ...(c.facts ?? {}) }));
}

/** Training example of a labelled complaint (a request counts as no complaint). */
export function toExample(c: LabelledComplaint): TrainingExample {
  return {
    text: c.text,
    label: c.category === NONE ? "none" : (c.category as TrainingExample["label"]),
  };
}

/** Rules + a model trained on the other folds (k-fold cross-validation, folds by position). */
export function evaluateCrossValidated(set: readonly LabelledComplaint[], folds = 5): Evaluation {
  const classifiers = new Map<number, ReturnType<typeof createComplaintClassifier>>();
  for (let k = 0; k < folds; k++) {
    const train = set.filter((_, i) => i % folds !== k).map(toExample);
    const model = trainComplaintModel(train);
    if (!model.ok) throw new Error(model.error.message);
    classifiers.set(k, createComplaintClassifier({ model: model.value }));
  }
  const index = new Map(set.map((c, i) => [c, i]));
  return evaluate(set, (c) => {
    const r = classifiers.get((index.get(c) as number) % folds);
    if (r === undefined || !r.ok) throw new Error("no classifier");
    return r.value.classify({ text: c.text, ...(c.facts ?? {}) });
  });
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function printEvaluation(title: string, e: Evaluation, errors: boolean): void {
  console.log(`\n## ${title}`);
  console.log("category      support  precision  recall   F1");
  for (const p of e.category.perLabel) {
    console.log(
      `${p.label.padEnd(10, "　")} ${String(p.support).padStart(6)}   ${p.precision.toFixed(3)}     ${p.recall.toFixed(3)}   ${p.f1.toFixed(3)}`,
    );
  }
  console.log(
    `macro-F1 ${e.category.macroF1.toFixed(3)}   category accuracy ${pct(e.category.accuracy)}`,
  );
  console.log(
    `isComplaint ${pct(e.isComplaint)}   front-line class ${pct(e.frontLine)}   team ${pct(e.team)}   escalate ${pct(e.escalate)}`,
  );
  if (errors) {
    for (const m of e.misses)
      console.log(`  ${m.id} gold ${m.gold}/${m.goldTeam} got ${m.got}/${m.team}: ${m.text}`);
  }
}

function readTexts(path: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    try {
      const v = JSON.parse(line) as unknown;
      if (typeof v === "string") out.push(v);
      else if (
        typeof v === "object" &&
        v !== null &&
        typeof (v as { text?: unknown }).text === "string"
      ) {
        out.push((v as { text: string }).text);
      } else out.push(line);
    } catch {
      out.push(line);
    }
  }
  return out;
}

function describeFile(path: string, show: number): void {
  const texts = readTexts(path);
  const count = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  const kinds = new Map<string, number>();
  const categories = new Map<string, number>();
  const teams = new Map<string, number>();
  const tiers = new Map<string, number>();
  const rules = new Map<string, number>();
  const examples = new Map<string, string[]>();
  let escalated = 0;
  let thrown = 0;
  let negatedCues = 0;
  const started = performance.now();
  for (const text of texts) {
    let r: ComplaintRouting;
    try {
      r = classifyComplaint(text);
    } catch (e) {
      thrown++;
      console.log(`THREW on: ${text.slice(0, 40)} ${String(e)}`);
      continue;
    }
    count(kinds, r.kind);
    count(categories, predictedLabel(r));
    count(teams, r.team);
    count(tiers, r.confidenceTier);
    count(rules, r.explanation.rule);
    if (r.escalate) escalated++;
    negatedCues += r.explanation.cues.filter((c) => c.negated).length;
    const key = predictedLabel(r);
    const list = examples.get(key) ?? [];
    if (list.length < show)
      list.push(`[${r.team} ${r.confidence}] ${text.slice(0, 80)} ← ${r.explanation.summary}`);
    examples.set(key, list);
  }
  const ms = performance.now() - started;
  const fmt = (m: Map<string, number>): string =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
  console.log(`${texts.length} texts in ${ms.toFixed(0)} ms, ${thrown} threw`);
  console.log(`kind: ${fmt(kinds)}`);
  console.log(`category: ${fmt(categories)}`);
  console.log(`team: ${fmt(teams)}`);
  console.log(`rule: ${fmt(rules)}`);
  console.log(`confidence tier: ${fmt(tiers)}`);
  console.log(`escalated: ${escalated}; negated cues seen: ${negatedCues}`);
  for (const [k, list] of examples) {
    if (list.length === 0) continue;
    console.log(`\n-- ${k}`);
    for (const l of list) console.log(`  ${l}`);
  }
}

function main(argv: readonly string[]): void {
  const errors = argv.includes("--errors");
  const showAt = argv.indexOf("--show");
  const show = showAt >= 0 ? Number(argv[showAt + 1] ?? 3) : 0;
  const file = argv.find((a, i) => !a.startsWith("--") && (showAt < 0 || i !== showAt + 1));
  if (file !== undefined) {
    describeFile(file, show);
    return;
  }
  const set = readLabelled();
  console.log(
    `labelled set: ${set.length} texts (the lexicon was written and tuned against these)`,
  );
  printEvaluation("rules (shipped lexicon, no model)", evaluateRules(set), errors);
  printEvaluation(
    "rules + naive Bayes (5-fold cross-validation)",
    evaluateCrossValidated(set),
    errors,
  );
  const holdout = readLabelled(`${root}test/routing/fixtures/holdout.jsonl`);
  console.log(
    `\nhold-out set: ${holdout.length} texts never scored before the last lexicon change (same author: optimistic, see docs/routing.md)`,
  );
  printEvaluation("hold-out: rules", evaluateRules(holdout), errors);
  const model = trainComplaintModel(set.map(toExample));
  if (!model.ok) throw new Error(model.error.message);
  const classifier = createComplaintClassifier({ model: model.value });
  if (!classifier.ok) throw new Error(classifier.error.message);
  const c = classifier.value;
  printEvaluation(
    "hold-out: rules + naive Bayes trained on the labelled set",
    evaluate(holdout, (x) => c.classify({ text: x.text, ...(x.facts ?? {}) })),
    errors,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
