/**
 * The decision: scan the text, then apply the routing rules in a fixed order (structured
 * facts before text, strong signals before ordinary ones) and say which one decided.
 */
import { checkTextInput } from "../core/bounds.ts";
import type { Locale } from "../core/issue.ts";
import { normalizeText, toOriginalSpan } from "../core/normalize.ts";
import { type CheckedFacts, checkFacts } from "./facts.ts";
import {
  type CategoryId,
  categoryLabel,
  type FrontLineClassId,
  frontLineLabel,
  frontLineOf,
  type TeamId,
  teamLabel,
} from "./labels.ts";
import { asciiLower, type CompiledLexicon, defaultLexicon } from "./lexicon.ts";
import type { EscalationSignal } from "./lexicon-types.ts";
import { describeValue, routingIssue, type RoutingIssue } from "./messages.ts";
import { type CompiledModel, type ModelLabel, predictCompiled } from "./model.ts";
import { nextSteps } from "./procedures.ts";
import { ruleSummary } from "./rules.ts";
import { NO_SCORES, type Scan, scanText } from "./scan.ts";
import type {
  ClassifyOptions,
  ComplaintInput,
  ComplaintKind,
  ComplaintRouting,
  MatchedCue,
  RoutingExplanation,
  RoutingRule,
  RoutingThresholds,
} from "./types.ts";

/**
 * The default thresholds. `highValue` (1,000 yuan) is this library's choice: the seed says only
 * "价值较大"; set your own from your claims policy.
 *
 * @example
 * ```ts
 * import { DEFAULT_THRESHOLDS } from "kuaidi-kefu/routing";
 * DEFAULT_THRESHOLDS.highValue; // => 1000
 * DEFAULT_THRESHOLDS.repeatContacts; // => 3
 * ```
 */
export const DEFAULT_THRESHOLDS: Required<RoutingThresholds> = {
  highValue: 1000,
  repeatContacts: 3,
  complaintScore: 1,
  autoRoute: 0.75,
  suggest: 0.45,
  modelWeight: 0.4,
  modelOnly: 0.6,
};

const SIMPLE: ComplaintRouting["response"] = {
  class: "simple",
  hours: 2,
  slaPolicy: "complaintSimple",
};
const COMPLEX: ComplaintRouting["response"] = {
  class: "complex",
  hours: 24,
  slaPolicy: "complaintComplex",
};

/** @internal Engine settings. */
export interface Engine {
  readonly lexicon: CompiledLexicon;
  readonly model: CompiledModel | undefined;
  readonly thresholds: Required<RoutingThresholds>;
}

// The regulator's frequency order (2016–17): ties go to the more frequent category.
const ORDER: readonly CategoryId[] = [
  "delivery-service",
  "loss",
  "delay",
  "damage",
  "pickup-service",
  "improper-charge",
  "cod",
  "other",
];
const STRONG_SIGNALS: readonly EscalationSignal[] = [
  "regulator",
  "media",
  "lawyer",
  "insult",
  "repeat",
];

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** @internal Merges thresholds over the defaults, ignoring values that are not finite numbers. */
export function mergeThresholds(
  base: Required<RoutingThresholds>,
  over: unknown,
): Required<RoutingThresholds> {
  if (typeof over !== "object" || over === null) return base;
  const out: Record<string, number> = { ...base };
  for (const key of Object.keys(base)) {
    const v = Object.prototype.hasOwnProperty.call(over, key)
      ? (over as Record<string, unknown>)[key]
      : undefined;
    if (typeof v === "number" && Number.isFinite(v) && v >= 0) out[key] = v;
  }
  return out as unknown as Required<RoutingThresholds>;
}

function splitInput(
  complaint: unknown,
  options: ClassifyOptions | undefined,
): { text: unknown; facts: unknown } {
  let text: unknown = complaint;
  let facts: Record<string, unknown> = {};
  if (typeof complaint === "object" && complaint !== null && !Array.isArray(complaint)) {
    text = Object.prototype.hasOwnProperty.call(complaint, "text")
      ? (complaint as { text: unknown }).text
      : undefined;
    facts = { ...(complaint as Record<string, unknown>) };
  }
  const extra: unknown = options?.facts;
  if (typeof extra === "object" && extra !== null) Object.assign(facts, extra);
  return { text, facts };
}

function tier(confidence: number, t: Required<RoutingThresholds>): "high" | "medium" | "low" {
  if (confidence >= t.autoRoute) return "high";
  if (confidence >= t.suggest) return "medium";
  return "low";
}

interface Decision {
  kind: ComplaintKind;
  category: CategoryId;
  secondary: CategoryId[];
  confidence: number;
  layer: RoutingExplanation["layer"];
  modelProbabilities?: Partial<Record<ModelLabel, number>>;
}

/** Lexicon (and model) verdict on what the text is. */
function understand(scan: Scan, text: string, engine: Engine): Decision {
  const t = engine.thresholds;
  const scores = scan.categoryScores;
  let top: CategoryId = "other";
  let topScore = 0;
  let sum = 0;
  for (const id of ORDER) {
    const s = scores[id];
    sum += s;
    if (s > topScore) {
      top = id;
      topScore = s;
    }
  }
  const strongSignal = [...scan.signals.keys()].length > 0;
  const evidence = sum + scan.generic;
  let kind: ComplaintKind;
  if (scan.request >= 1.5 && scan.request > sum && !strongSignal) kind = "request";
  else if (
    (topScore >= t.complaintScore || scan.generic >= 1 || strongSignal) &&
    evidence > scan.praise
  )
    kind = "complaint";
  else if (scan.request >= 1.5) kind = "request";
  else if (scan.praise > 0 && evidence <= scan.praise) kind = "praise";
  else if (scan.questionClauses > 0 && evidence + scan.request + scan.praise > 0) kind = "inquiry";
  else if (evidence + scan.request + scan.praise > 0)
    kind = scan.questionClauses > 0 ? "inquiry" : "unknown";
  else kind = scan.questionClauses > 0 ? "inquiry" : "unknown";
  const secondary = ORDER.filter(
    (id) => id !== top && scores[id] >= Math.max(t.complaintScore, 0.35 * topScore),
  ).sort((a, b) => scores[b] - scores[a]);
  // The lexicon's share of evidence: top category against the rest and the praise.
  const lexNone = scan.praise + 0.5;
  let confidence =
    kind === "complaint"
      ? topScore > 0
        ? topScore / (sum + lexNone)
        : 0.4
      : kind === "praise"
        ? scan.praise / (scan.praise + evidence + 0.5)
        : kind === "request"
          ? scan.request / (scan.request + evidence + 0.5)
          : kind === "inquiry"
            ? 0.5
            : 0.2;
  let layer: RoutingExplanation["layer"] = "lexicon";
  const decision: Decision = { kind, category: top, secondary, confidence, layer };
  if (engine.model === undefined) return { ...decision, confidence: round(confidence) };

  const prediction = predictCompiled(engine.model, text);
  if (prediction === undefined) return { ...decision, confidence: round(confidence) };
  const probs = prediction.probabilities;
  const w = Math.min(1, t.modelWeight);
  const cuesSpoke = evidence + scan.praise + scan.request > 0;
  if (!cuesSpoke) {
    // A plain question stays a question; the model decides alone only on statements.
    if (prediction.probability < t.modelOnly || scan.questionClauses > 0)
      return { ...decision, modelProbabilities: probs, confidence: round(confidence) };
    layer = "model";
    if (prediction.label === "none")
      return {
        ...decision,
        kind: "praise",
        layer,
        confidence: round(prediction.probability),
        modelProbabilities: probs,
      };
    return {
      kind: "complaint",
      category: prediction.label,
      secondary: [],
      confidence: round(prediction.probability),
      layer,
      modelProbabilities: probs,
    };
  }
  // Both speak. The lexicon keeps the say on whether this is a complaint (its negation and
  // contrast handling is what the model lacks); the model's probabilities are blended in to
  // choose among the categories.
  if (kind !== "complaint")
    return { ...decision, modelProbabilities: probs, confidence: round(confidence) };
  layer = "lexicon+model";
  let category: CategoryId = top;
  let best = -1;
  let total = 0;
  for (const label of ORDER)
    total += (1 - w) * (scores[label] / sum || 0) + w * (probs[label] ?? 0);
  for (const label of ORDER) {
    const p = (1 - w) * (scores[label] / sum || 0) + w * (probs[label] ?? 0);
    if (p > best) {
      best = p;
      category = label;
    }
  }
  // Confidence: the category's blended share, discounted by the lexicon's own doubt.
  confidence = (best / (total || 1)) * Math.min(1, sum / (sum + lexNone) + 0.2);
  return {
    kind,
    category,
    secondary: ORDER.filter(
      (id) =>
        id !== category && (id === top || secondary.includes(id)) && scores[id] >= t.complaintScore,
    ),
    confidence: round(confidence),
    layer,
    modelProbabilities: probs,
  };
}

function cuesInOriginal(scan: Scan, norm: ReturnType<typeof normalizeText>): MatchedCue[] {
  return scan.cues.map((c) => {
    const [start, end] = toOriginalSpan(norm, c.start, c.end);
    const says: string[] = [];
    let weight = 0;
    for (const h of c.hits) {
      weight = Math.max(weight, h.weight);
      if (h.kind === "category") says.push(h.category);
      else if (h.kind === "escalation") says.push(`escalation:${h.signal}`);
      else says.push(h.kind);
    }
    return {
      text: norm.original.slice(start, end),
      start,
      end,
      says,
      weight,
      negated: c.negated,
      clauseWeight: c.clauseWeight,
      question: c.question,
    };
  });
}

function crossBorder(f: CheckedFacts): boolean {
  const far = (r: string | undefined): boolean => r !== undefined && r !== "mainland";
  return far(f.origin) || far(f.destination);
}

interface Route {
  team: TeamId;
  rule: RoutingRule;
  layer: "facts" | "text";
}

function chooseTeam(
  d: Decision,
  scan: Scan,
  f: CheckedFacts,
  signals: EscalationSignal[],
  amount: number,
  t: Required<RoutingThresholds>,
): Route {
  const complaint = d.kind === "complaint";
  if (f.priorEscalations > 0)
    return { team: "escalation", rule: "prior-escalation", layer: "facts" };
  if (f.contactCount >= t.repeatContacts)
    return { team: "escalation", rule: "repeat-contact", layer: "facts" };
  if (signals.some((s) => STRONG_SIGNALS.includes(s)))
    return { team: "escalation", rule: "escalation-text", layer: "text" };
  const lossOrDamage = complaint && (d.category === "loss" || d.category === "damage");
  if (lossOrDamage && f.declaredValue !== undefined && f.declaredValue >= t.highValue) {
    return { team: "claims", rule: "claim-high-value", layer: "facts" };
  }
  if (lossOrDamage && amount >= t.highValue)
    return { team: "claims", rule: "claim-high-value", layer: "text" };
  if (scan.dispute >= 2 && (complaint || d.kind === "unknown"))
    return { team: "claims", rule: "claim-dispute", layer: "text" };
  if (signals.includes("compensation") && complaint)
    return { team: "escalation", rule: "compensation-demand", layer: "text" };
  if (crossBorder(f)) return { team: "customs", rule: "customs-fact", layer: "facts" };
  if (scan.customs >= 2) return { team: "customs", rule: "customs-text", layer: "text" };
  if (complaint && d.category === "cod") return { team: "cod", rule: "cod-text", layer: "text" };
  if (f.perishable) return { team: "perishables", rule: "perishable-fact", layer: "facts" };
  if (scan.perishable >= 2) return { team: "perishables", rule: "perishable-text", layer: "text" };
  if (f.codAmount > 0) return { team: "cod", rule: "cod-fact", layer: "facts" };
  if (f.keyAccount) return { team: "key-account", rule: "key-account", layer: "facts" };
  if (lossOrDamage) return { team: "damage-loss", rule: "damage-loss", layer: "text" };
  return { team: "individual-case", rule: "default", layer: "text" };
}

function frontLine(kind: ComplaintKind, category: CategoryId): FrontLineClassId {
  if (kind === "request") return "customer-request";
  if (kind !== "complaint") return "service";
  return frontLineOf(category);
}

function fallback(
  kind: "invalid" | "unknown",
  issues: RoutingIssue[],
  locale: Locale,
  cues: MatchedCue[],
  scores: Readonly<Record<CategoryId, number>>,
  confidence: number,
  model?: Partial<Record<ModelLabel, number>>,
): ComplaintRouting {
  const rule: RoutingRule = kind === "invalid" ? "invalid-input" : "no-cue";
  const explanation: RoutingExplanation = {
    layer: "fallback",
    rule,
    summary: ruleSummary(rule, { team: "individual-case", category: "other", cues: [], locale }),
    cues,
    scores,
    ...(model !== undefined ? { model } : {}),
  };
  return {
    kind,
    isComplaint: false,
    frontLineClass: frontLineLabel("service"),
    frontLineClassId: "service",
    category: categoryLabel("other"),
    categoryId: "other",
    secondaryCategories: [],
    escalate: false,
    escalationSignals: [],
    team: teamLabel("individual-case"),
    teamId: "individual-case",
    priority: "normal",
    response: { ...SIMPLE },
    confidence,
    confidenceTier: "low",
    explanation,
    nextSteps: nextSteps("individual-case", "unknown", "other", locale),
    issues,
  };
}

/** @internal The whole decision with a given engine. Total: never throws on any input. */
export function route(
  complaint: unknown,
  options: ClassifyOptions | undefined,
  engine: Engine,
): ComplaintRouting {
  const locale: Locale = options?.locale === "en" ? "en" : "zh-CN";
  const lo = { locale };
  const t = mergeThresholds(engine.thresholds, options?.thresholds);
  const issues: RoutingIssue[] = [];
  const { text, facts: rawFacts } = splitInput(complaint, options);
  const facts = checkFacts(rawFacts, issues, lo);
  const maxLength =
    typeof options?.maxLength === "number" && options.maxLength > 0 ? options.maxLength : undefined;
  const checked = checkTextInput(text, {
    locale,
    ...(maxLength !== undefined ? { maxLength } : {}),
  });
  if (!checked.ok) {
    const e = checked.error;
    issues.unshift(
      e.code === "input/not-text"
        ? routingIssue("routing/not-text", { received: describeValue(text) }, lo)
        : routingIssue("routing/too-long", { length: e.length, max: e.max }, lo),
    );
    return fallback("invalid", issues, locale, [], NO_SCORES, 0);
  }
  const norm = normalizeText(checked.value, { collapseSpaces: true });
  if (norm.text.length === 0) {
    issues.unshift(routingIssue("routing/empty-text", {}, lo));
    return fallback("invalid", issues, locale, [], NO_SCORES, 0);
  }
  const folded = asciiLower(norm.text);
  const scan = scanText(folded, engine.lexicon);
  const d = understand(scan, folded, { ...engine, thresholds: t });
  const cues = cuesInOriginal(scan, norm);
  const signals: EscalationSignal[] = [...scan.signals.keys()];
  if (scan.repeatCount >= 3 && !signals.includes("repeat")) signals.push("repeat");
  if (facts.contactCount >= t.repeatContacts && !signals.includes("repeat")) signals.push("repeat");
  if (facts.priorEscalations > 0) signals.push("prior-escalation");
  if (d.kind === "unknown" && signals.length === 0 && scan.dispute < 2) {
    issues.push(routingIssue("routing/no-cue", {}, lo));
    return fallback(
      "unknown",
      issues,
      locale,
      cues,
      scan.categoryScores,
      d.confidence,
      d.modelProbabilities,
    );
  }
  let best: { value: number; start: number; end: number } | undefined;
  for (const a of scan.amounts) if (best === undefined || a.value > best.value) best = a;
  const routeChoice = chooseTeam(d, scan, facts, signals, best?.value ?? 0, t);
  // Praise and plain questions need no group's work unless a fact says whose shipment it is.
  const quiet =
    d.kind === "praise" && routeChoice.layer === "text" && routeChoice.team !== "escalation";
  const teamId: TeamId = quiet ? "individual-case" : routeChoice.team;
  const rule: RoutingRule = quiet ? "praise" : routeChoice.rule;
  const escalate = teamId === "escalation";
  const isComplaint = d.kind === "complaint" || escalate;
  const kind: ComplaintKind = escalate && d.kind !== "complaint" ? "complaint" : d.kind;
  const categoryId: CategoryId = isComplaint ? d.category : "other";
  const secondary = isComplaint ? d.secondary : [];
  const fl = frontLine(kind, categoryId);
  const complex =
    escalate ||
    teamId === "claims" ||
    teamId === "customs" ||
    teamId === "damage-loss" ||
    teamId === "cod" ||
    (isComplaint && (categoryId === "loss" || categoryId === "damage" || secondary.length > 0));
  const priority: ComplaintRouting["priority"] = escalate
    ? "urgent"
    : teamId === "claims" ||
        teamId === "perishables" ||
        teamId === "key-account" ||
        (isComplaint && facts.contactCount >= 2)
      ? "high"
      : isComplaint || kind === "request"
        ? "normal"
        : "low";
  let confidence = d.confidence;
  if (routeChoice.layer === "facts" && !quiet) confidence = Math.max(confidence, 0.9);
  else if (rule === "escalation-text") confidence = Math.max(confidence, 0.85);
  confidence = round(Math.min(0.99, confidence));
  const layer: RoutingExplanation["layer"] =
    routeChoice.layer === "facts" && !quiet ? "facts" : d.layer;
  const deciding = cues.filter((c) => !c.negated).map((c) => c.text);
  const amount =
    best === undefined ? undefined : { value: best.value, ...spanOf(norm, best.start, best.end) };
  const explanation: RoutingExplanation = {
    layer,
    rule,
    summary: ruleSummary(rule, { team: teamId, category: categoryId, cues: deciding, locale }),
    cues,
    scores: roundScores(scan.categoryScores),
    ...(d.modelProbabilities !== undefined ? { model: d.modelProbabilities } : {}),
    ...(amount !== undefined ? { amount } : {}),
  };
  return {
    kind,
    isComplaint,
    frontLineClass: frontLineLabel(fl),
    frontLineClassId: fl,
    category: categoryLabel(categoryId),
    categoryId,
    secondaryCategories: secondary.map(categoryLabel),
    escalate,
    escalationSignals: signals,
    team: teamLabel(teamId),
    teamId,
    priority,
    response: { ...(complex ? COMPLEX : SIMPLE) },
    confidence,
    confidenceTier: tier(confidence, t),
    explanation,
    nextSteps: nextSteps(teamId, kind, categoryId, locale),
    issues,
  };
}

function spanOf(
  norm: ReturnType<typeof normalizeText>,
  start: number,
  end: number,
): { start: number; end: number } {
  const [s, e] = toOriginalSpan(norm, start, end);
  return { start: s, end: e };
}

function roundScores(s: Readonly<Record<CategoryId, number>>): Record<CategoryId, number> {
  const out = { ...NO_SCORES };
  for (const id of ORDER) out[id] = round(s[id]);
  return out;
}

let defaultEngine: Engine | undefined;

/** @internal The engine of {@link classifyComplaint}: shipped lexicon, no model. */
export function getDefaultEngine(): Engine {
  defaultEngine ??= { lexicon: defaultLexicon(), model: undefined, thresholds: DEFAULT_THRESHOLDS };
  return defaultEngine;
}

/**
 * Classifies a complaint and routes it to a back-office group, with the shipped lexicon and no
 * trained model (see {@link createComplaintClassifier} for your own model, lexicon and
 * thresholds). Total: any input, including non-strings and 100 KB texts, gives a complete
 * answer; empty, unreadable or not-understood text goes to 个案组 with low confidence and an
 * issue saying why.
 *
 * Decision order: invalid/empty text → 个案组; earlier escalation, repeated contact, threats
 * (12305, regulator, media, lawyer), insults → 升级小组; high-value loss/damage or a disputed
 * claim → 理赔组; a compensation demand → 升级小组; Hong Kong/Macau/Taiwan/abroad or customs →
 * 关务组; a COD complaint → 代收货款组; fresh food → 时令小组; a COD shipment → 代收货款组; key
 * account → 大客户专项; ordinary loss/damage → 损遗小组; anything else → 个案组.
 *
 * @example
 * ```ts
 * import { classifyComplaint } from "kuaidi-kefu/routing";
 * const r = classifyComplaint("显示已签收，但我根本没收到，再不处理我就打12305投诉");
 * r.team; // => "升级小组"
 * r.escalate; // => true
 * r.escalationSignals; // => ["regulator"]
 * classifyComplaint("物流很快，包装完好，没有破损").isComplaint; // => false
 * classifyComplaint({ text: "荔枝都烂了", goodsCategory: "fresh" }).team; // => "时令小组"
 * classifyComplaint("").team; // => "个案组"
 * ```
 */
export function classifyComplaint(
  complaint: ComplaintInput,
  options?: ClassifyOptions,
): ComplaintRouting {
  return route(complaint, options, getDefaultEngine());
}
