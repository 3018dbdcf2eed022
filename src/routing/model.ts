/**
 * The trainable part: a multinomial naive Bayes over character uni- and bigrams (presence per
 * ticket, Laplace smoothing, log space), with a temperature fitted on held-out tickets so that
 * its probabilities are calibrated. The model is plain JSON; loading checks every field, and
 * token tables live in `Map`s, so a crafted file can neither pollute prototypes nor crash.
 */
import type { LocaleOptions } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { type Category, type CategoryId, toCategoryId } from "./labels.ts";
import { foldText } from "./lexicon.ts";
import { routingIssue, type RoutingIssue } from "./messages.ts";

/**
 * What a model predicts: a category id, or `"none"` for a text that holds no complaint.
 *
 * @example
 * ```ts
 * import type { ModelLabel } from "kuaidi-kefu/routing";
 * const label: ModelLabel = "none";
 * label; // => "none"
 * ```
 */
export type ModelLabel = CategoryId | "none";

/**
 * A labelled ticket to train on: the text and its category (Chinese label or English id), or
 * `"none"` / `"无投诉"` when it holds no complaint.
 *
 * @example
 * ```ts
 * import type { TrainingExample } from "kuaidi-kefu/routing";
 * const example: TrainingExample = { text: "快递三天了还没到", label: "延误" };
 * example.label; // => "延误"
 * ```
 */
export interface TrainingExample {
  readonly text: string;
  readonly label: Category | CategoryId | "none" | "无投诉";
}

/**
 * A trained model as plain JSON (store it with `JSON.stringify`, load it with
 * {@link loadComplaintModel}).
 *
 * @example
 * ```ts
 * import { trainComplaintModel, type ComplaintModel } from "kuaidi-kefu/routing";
 * const r = trainComplaintModel([
 *   { text: "快递丢了", label: "丢失短少" },
 *   { text: "快递太慢了", label: "延误" },
 * ]);
 * const model: ComplaintModel | undefined = r.ok ? r.value : undefined;
 * model?.labels; // => ["delay", "loss"]
 * ```
 */
export interface ComplaintModel {
  readonly format: "kuaidi-kefu/routing-model";
  readonly version: 1;
  /** Feature set: character unigrams and bigrams, presence per ticket. */
  readonly features: "char-1-2";
  readonly labels: readonly ModelLabel[];
  /** Laplace smoothing. */
  readonly smoothing: number;
  /** Softmax temperature fitted on held-out tickets (1 when too few to fit). */
  readonly temperature: number;
  /** Tickets per label. */
  readonly docCounts: readonly number[];
  /** Feature occurrences per label. */
  readonly totals: readonly number[];
  /** The vocabulary. */
  readonly tokens: readonly string[];
  /** Counts, `tokens.length × labels.length`, token-major. */
  readonly counts: readonly number[];
}

/**
 * Options of {@link trainComplaintModel}.
 *
 * @example
 * ```ts
 * import type { TrainOptions } from "kuaidi-kefu/routing";
 * const options: TrainOptions = { smoothing: 0.5, minCount: 2 };
 * options.minCount; // => 2
 * ```
 */
export interface TrainOptions extends LocaleOptions {
  /** Laplace smoothing, default 1. */
  readonly smoothing?: number;
  /** Drop features seen in fewer tickets than this (default 1: keep all). */
  readonly minCount?: number;
  /** Fit a temperature on a held-out fifth (default true; needs at least 30 tickets). */
  readonly calibrate?: boolean;
}

const LABEL_ORDER: readonly ModelLabel[] = [
  "delay",
  "loss",
  "damage",
  "delivery-service",
  "pickup-service",
  "improper-charge",
  "cod",
  "other",
  "none",
];
const MAX_TOKENS = 2_000_000;
const MAX_TEXT = 10_000;

function toLabel(value: unknown): ModelLabel | undefined {
  if (value === "none" || value === "无投诉") return "none";
  return toCategoryId(value);
}

/**
 * Folds a text for the model: full-width forms to ASCII, Latin to lower case, every space to
 * " ". A hand-written fast path for the usual Chinese text; anything unusual goes through the
 * core normaliser.
 */
function foldForFeatures(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if ((c >= 0x21 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x30ff)) {
      out += String.fromCharCode(c);
    } else if (c === 0x20 || c === 0x3000) {
      out += " ";
    } else {
      return foldText(text);
    }
  }
  return out;
}

/**
 * @internal The features of a text: distinct character unigrams and bigrams (UTF-16 units, a
 * space breaks bigrams), as numbers: a unigram is its code unit, a bigram 65536 + a·65536 + b.
 */
export function features(text: string): Set<number> {
  const folded = foldForFeatures(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
  const out = new Set<number>();
  let prev = -1;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c === 0x20) {
      prev = -1;
      continue;
    }
    out.add(c);
    if (prev >= 0) out.add(65536 + prev * 65536 + c);
    prev = c;
  }
  return out;
}

function keyToToken(key: number): string {
  if (key < 65536) return String.fromCharCode(key);
  const k = key - 65536;
  return String.fromCharCode(Math.floor(k / 65536), k % 65536);
}

function tokenToKey(token: string): number {
  return token.length === 1
    ? token.charCodeAt(0)
    : 65536 + token.charCodeAt(0) * 65536 + token.charCodeAt(1);
}

interface Counts {
  labels: ModelLabel[];
  docCounts: number[];
  totals: number[];
  table: Map<number, number[]>;
}

function count(
  docs: readonly { feats: Set<number>; label: number }[],
  nLabels: number,
): Omit<Counts, "labels"> {
  const docCounts = new Array<number>(nLabels).fill(0);
  const totals = new Array<number>(nLabels).fill(0);
  const table = new Map<number, number[]>();
  for (const d of docs) {
    docCounts[d.label] = (docCounts[d.label] as number) + 1;
    totals[d.label] = (totals[d.label] as number) + d.feats.size;
    for (const f of d.feats) {
      let row = table.get(f);
      if (row === undefined) {
        row = new Array<number>(nLabels).fill(0);
        table.set(f, row);
      }
      row[d.label] = (row[d.label] as number) + 1;
    }
  }
  return { docCounts, totals, table };
}

/** @internal The compiled, ready-to-score form. */
export interface CompiledModel {
  readonly labels: readonly ModelLabel[];
  readonly logPrior: Float64Array;
  readonly logLik: Map<number, Float64Array>;
  readonly temperature: number;
}

function compileCounts(
  labels: readonly ModelLabel[],
  docCounts: readonly number[],
  totals: readonly number[],
  rows: Iterable<[number, ArrayLike<number>]>,
  vocabulary: number,
  smoothing: number,
  temperature: number,
): CompiledModel {
  const n = labels.length;
  const docs = docCounts.reduce((a, b) => a + b, 0);
  const logPrior = new Float64Array(n);
  const denom = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    logPrior[c] = Math.log(((docCounts[c] as number) + 1) / (docs + n));
    denom[c] = Math.log((totals[c] as number) + smoothing * (vocabulary + 1));
  }
  const logLik = new Map<number, Float64Array>();
  for (const [token, row] of rows) {
    const v = new Float64Array(n);
    for (let c = 0; c < n; c++)
      v[c] = Math.log((row[c] as number) + smoothing) - (denom[c] as number);
    logLik.set(token, v);
  }
  return { labels, logPrior, logLik, temperature };
}

/** @internal Raw log scores of a feature set, or undefined when no feature is known. */
function rawScores(model: CompiledModel, feats: Set<number>): Float64Array | undefined {
  const s = Float64Array.from(model.logPrior);
  let known = 0;
  for (const f of feats) {
    const v = model.logLik.get(f);
    if (v === undefined) continue;
    known++;
    for (let c = 0; c < s.length; c++) s[c] = (s[c] as number) + (v[c] as number);
  }
  return known === 0 ? undefined : s;
}

function softmax(scores: Float64Array, temperature: number): Float64Array {
  let max = -Infinity;
  for (const x of scores) if (x > max) max = x;
  const out = new Float64Array(scores.length);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    const e = Math.exp(((scores[c] as number) - max) / temperature);
    out[c] = e;
    sum += e;
  }
  for (let c = 0; c < out.length; c++) out[c] = (out[c] as number) / sum;
  return out;
}

/** Negative log-likelihood of the true labels at temperature t, without allocating. */
function nll(scored: readonly { scores: Float64Array; label: number }[], t: number): number {
  let loss = 0;
  for (const { scores, label } of scored) {
    let max = -Infinity;
    for (const x of scores) if (x > max) max = x;
    let sum = 0;
    for (const x of scores) sum += Math.exp((x - max) / t);
    loss += Math.log(sum) - ((scores[label] as number) - max) / t;
  }
  return loss;
}

/** Grid search (log scale, 0.1 to 10,000) of the temperature minimising the held-out NLL. */
function fitTemperature(scored: readonly { scores: Float64Array; label: number }[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let k = -10; k <= 40; k++) {
    const t = Math.pow(10, k / 10);
    const loss = nll(scored, t);
    if (loss < bestLoss - 1e-9) {
      bestLoss = loss;
      best = t;
    }
  }
  return Math.round(best * 1000) / 1000;
}

/**
 * Trains a model on your own labelled tickets: naive Bayes over character uni- and bigrams
 * (presence per ticket, Laplace smoothing), with a softmax temperature fitted on a held-out
 * fifth so its probabilities are calibrated. Returns plain JSON. Never throws: no usable
 * example gives `routing/no-training-data`, a malformed one `routing/invalid-example`.
 *
 * @example
 * ```ts
 * import { trainComplaintModel, predictComplaintLabel } from "kuaidi-kefu/routing";
 * const r = trainComplaintModel([
 *   { text: "快递丢了，找不到", label: "丢失短少" },
 *   { text: "东西摔碎了", label: "损毁" },
 *   { text: "谢谢，很满意", label: "none" },
 * ]);
 * r.ok && predictComplaintLabel(r.value, "杯子碎了")?.label; // => "damage"
 * trainComplaintModel([]).ok; // => false
 * ```
 */
export function trainComplaintModel(
  examples: readonly TrainingExample[],
  options?: TrainOptions,
): Result<ComplaintModel, RoutingIssue> {
  if (!Array.isArray(examples) || examples.length === 0) {
    return err(routingIssue("routing/no-training-data", {}, options));
  }
  const smoothing = options?.smoothing ?? 1;
  if (!(Number.isFinite(smoothing) && smoothing > 0)) {
    return err(
      routingIssue(
        "routing/invalid-example",
        { index: -1, reason: "smoothing must be above 0" },
        options,
      ),
    );
  }
  const minCount = Math.max(1, Math.floor(options?.minCount ?? 1));
  const parsed: { feats: Set<number>; label: ModelLabel }[] = [];
  for (let i = 0; i < examples.length; i++) {
    const e: unknown = examples[i];
    const text = typeof e === "object" && e !== null ? (e as { text?: unknown }).text : undefined;
    const label = toLabel(
      typeof e === "object" && e !== null ? (e as { label?: unknown }).label : undefined,
    );
    if (typeof text !== "string")
      return err(
        routingIssue(
          "routing/invalid-example",
          { index: i, reason: "text must be a string" },
          options,
        ),
      );
    if (label === undefined)
      return err(
        routingIssue("routing/invalid-example", { index: i, reason: "unknown label" }, options),
      );
    const feats = features(text);
    if (feats.size > 0) parsed.push({ feats, label });
  }
  if (parsed.length === 0) return err(routingIssue("routing/no-training-data", {}, options));
  const labels = LABEL_ORDER.filter((l) => parsed.some((p) => p.label === l));
  const docs = parsed.map((p) => ({ feats: p.feats, label: labels.indexOf(p.label) }));

  // Count the training four-fifths and the held-out fifth apart: the first calibrates the
  // temperature on the second, and their sum is the final model (one pass over the features).
  const n = labels.length;
  const calibrate = (options?.calibrate ?? true) && docs.length >= 30 && n >= 2;
  const main = count(calibrate ? docs.filter((_, i) => i % 5 !== 0) : docs, n);
  let temperature = 1;
  let all = main;
  if (calibrate) {
    const heldDocs = docs.filter((_, i) => i % 5 === 0);
    const m = compileCounts(
      labels,
      main.docCounts,
      main.totals,
      main.table,
      main.table.size,
      smoothing,
      1,
    );
    const scored: { scores: Float64Array; label: number }[] = [];
    // At most 2,000 held-out tickets, evenly spaced, are enough to fit one number.
    const step = Math.max(1, Math.floor(heldDocs.length / 2000));
    for (let i = 0; i < heldDocs.length; i += step) {
      const d = heldDocs[i] as { feats: Set<number>; label: number };
      const s = rawScores(m, d.feats);
      if (s !== undefined) scored.push({ scores: s, label: d.label });
    }
    if (scored.length > 0) temperature = fitTemperature(scored);
    const held = count(heldDocs, n);
    const table = main.table;
    for (const [key, row] of held.table) {
      const into = table.get(key);
      if (into === undefined) table.set(key, row);
      else for (let c = 0; c < n; c++) into[c] = (into[c] as number) + (row[c] as number);
    }
    all = {
      docCounts: main.docCounts.map((x, c) => x + (held.docCounts[c] as number)),
      totals: main.totals.map((x, c) => x + (held.totals[c] as number)),
      table,
    };
  }
  const tokens: string[] = [];
  const counts: number[] = [];
  for (const [key, row] of all.table) {
    let seen = 0;
    for (const x of row) seen += x;
    if (seen < minCount) continue;
    tokens.push(keyToToken(key));
    for (const x of row) counts.push(x);
  }
  return ok({
    format: "kuaidi-kefu/routing-model",
    version: 1,
    features: "char-1-2",
    labels,
    smoothing,
    temperature,
    docCounts: all.docCounts,
    totals: all.totals,
    tokens,
    counts,
  });
}

class ModelError {
  constructor(readonly reason: string) {}
}

function field(obj: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key)
    ? (obj as Record<string, unknown>)[key]
    : undefined;
}

function numberList(value: unknown, name: string, length: number | undefined): number[] {
  if (!Array.isArray(value)) throw new ModelError(`${name} must be a list of numbers`);
  if (length !== undefined && value.length !== length)
    throw new ModelError(`${name} must have ${length} entries`);
  const out = new Array<number>(value.length);
  for (let i = 0; i < value.length; i++) {
    const x: unknown = value[i];
    if (typeof x !== "number" || !Number.isFinite(x) || x < 0)
      throw new ModelError(`${name} must hold numbers ≥ 0`);
    out[i] = x;
  }
  return out;
}

function validate(input: unknown): ComplaintModel {
  let value = input;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      throw new ModelError("not valid JSON");
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new ModelError("the model must be an object");
  if (field(value, "format") !== "kuaidi-kefu/routing-model")
    throw new ModelError('format must be "kuaidi-kefu/routing-model"');
  if (field(value, "version") !== 1) throw new ModelError("unsupported version");
  if (field(value, "features") !== "char-1-2") throw new ModelError('features must be "char-1-2"');
  const rawLabels = field(value, "labels");
  if (!Array.isArray(rawLabels) || rawLabels.length < 1 || rawLabels.length > LABEL_ORDER.length) {
    throw new ModelError("labels must be a list of 1 to 9 labels");
  }
  const labels: ModelLabel[] = [];
  for (const l of rawLabels) {
    if (
      typeof l !== "string" ||
      !LABEL_ORDER.includes(l as ModelLabel) ||
      labels.includes(l as ModelLabel)
    ) {
      throw new ModelError('labels must be distinct category ids or "none"');
    }
    labels.push(l as ModelLabel);
  }
  const n = labels.length;
  const smoothing = field(value, "smoothing");
  if (
    typeof smoothing !== "number" ||
    !Number.isFinite(smoothing) ||
    smoothing <= 0 ||
    smoothing > 1000
  ) {
    throw new ModelError("smoothing must be a number above 0");
  }
  const temperature = field(value, "temperature");
  if (
    typeof temperature !== "number" ||
    !Number.isFinite(temperature) ||
    temperature <= 0 ||
    temperature > 1e6
  ) {
    throw new ModelError("temperature must be a number above 0");
  }
  const docCounts = numberList(field(value, "docCounts"), "docCounts", n);
  const totals = numberList(field(value, "totals"), "totals", n);
  const rawTokens = field(value, "tokens");
  if (!Array.isArray(rawTokens) || rawTokens.length > MAX_TOKENS)
    throw new ModelError(`tokens must be a list of at most ${MAX_TOKENS}`);
  const seen = new Set<string>();
  const tokens: string[] = [];
  for (const t of rawTokens) {
    if (typeof t !== "string" || t.length === 0 || t.length > 2 || seen.has(t)) {
      throw new ModelError("tokens must be distinct strings of 1 or 2 code units");
    }
    seen.add(t);
    tokens.push(t);
  }
  const counts = numberList(field(value, "counts"), "counts", tokens.length * n);
  return {
    format: "kuaidi-kefu/routing-model",
    version: 1,
    features: "char-1-2",
    labels,
    smoothing,
    temperature,
    docCounts,
    totals,
    tokens,
    counts,
  };
}

/**
 * Checks a model (an object or its JSON text) field by field and returns a clean copy. Never
 * throws: anything malformed, including crafted JSON with `__proto__` keys, gives
 * `routing/invalid-model` with the reason.
 *
 * @example
 * ```ts
 * import { loadComplaintModel, trainComplaintModel } from "kuaidi-kefu/routing";
 * const trained = trainComplaintModel([{ text: "快递丢了", label: "丢失短少" }]);
 * const json = trained.ok ? JSON.stringify(trained.value) : "";
 * loadComplaintModel(json).ok; // => true
 * const bad = loadComplaintModel('{"__proto__":{"polluted":1}}', { locale: "en" });
 * bad.ok ? "" : bad.error.message; // => 'invalid model: format must be "kuaidi-kefu/routing-model"'
 * ```
 */
export function loadComplaintModel(
  json: unknown,
  options?: LocaleOptions,
): Result<ComplaintModel, RoutingIssue> {
  try {
    return ok(validate(json));
  } catch (e) {
    const reason = e instanceof ModelError ? e.reason : "unreadable model";
    return err(routingIssue("routing/invalid-model", { reason }, options));
  }
}

const compiledCache = new WeakMap<object, CompiledModel>();

/** @internal Compiles a validated model (cached per object). */
export function compileModel(model: ComplaintModel): CompiledModel {
  let c = compiledCache.get(model);
  if (c === undefined) {
    const n = model.labels.length;
    const rows: [number, ArrayLike<number>][] = model.tokens.map((t, i) => [
      tokenToKey(t),
      model.counts.slice(i * n, i * n + n),
    ]);
    c = compileCounts(
      model.labels,
      model.docCounts,
      model.totals,
      rows,
      model.tokens.length,
      model.smoothing,
      model.temperature,
    );
    compiledCache.set(model, c);
  }
  return c;
}

/**
 * A model's answer for a text: the most likely label, its calibrated probability and the
 * probability of every label.
 *
 * @example
 * ```ts
 * import type { ModelPrediction } from "kuaidi-kefu/routing";
 * const p: ModelPrediction = { label: "delay", probability: 0.9, probabilities: { delay: 0.9, none: 0.1 } };
 * p.label; // => "delay"
 * ```
 */
export interface ModelPrediction {
  readonly label: ModelLabel;
  readonly probability: number;
  readonly probabilities: Readonly<Partial<Record<ModelLabel, number>>>;
}

/** @internal Prediction from a compiled model. */
export function predictCompiled(model: CompiledModel, text: string): ModelPrediction | undefined {
  const s = rawScores(model, features(text));
  if (s === undefined) return undefined;
  const p = softmax(s, model.temperature);
  let best = 0;
  const probabilities: Partial<Record<ModelLabel, number>> = {};
  for (let c = 0; c < p.length; c++) {
    probabilities[model.labels[c] as ModelLabel] = p[c] as number;
    if ((p[c] as number) > (p[best] as number)) best = c;
  }
  return { label: model.labels[best] as ModelLabel, probability: p[best] as number, probabilities };
}

/**
 * Asks a model alone (no rules) about a text; `undefined` when the text shares no feature with
 * the model's vocabulary (the model does not know, and says so). The model must come from
 * {@link trainComplaintModel} or {@link loadComplaintModel}.
 *
 * @example
 * ```ts
 * import { trainComplaintModel, predictComplaintLabel } from "kuaidi-kefu/routing";
 * const r = trainComplaintModel([
 *   { text: "快递丢了", label: "丢失短少" },
 *   { text: "快递太慢", label: "延误" },
 * ]);
 * r.ok && predictComplaintLabel(r.value, "太慢了")?.label; // => "delay"
 * r.ok && predictComplaintLabel(r.value, "xyz"); // => undefined
 * ```
 */
export function predictComplaintLabel(
  model: ComplaintModel,
  text: string,
): ModelPrediction | undefined {
  if (typeof text !== "string") return undefined;
  return predictCompiled(compileModel(model), text);
}
