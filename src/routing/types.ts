import type { Locale } from "../core/issue.ts";
import type { ComplaintFacts } from "./facts.ts";
import type {
  Category,
  CategoryId,
  FrontLineClass,
  FrontLineClassId,
  Team,
  TeamId,
} from "./labels.ts";
import type { EscalationSignal } from "./lexicon-types.ts";
import type { RoutingIssue } from "./messages.ts";

/**
 * A complaint: its text alone, or the text with the structured facts beside it.
 *
 * @example
 * ```ts
 * import type { ComplaintInput } from "kuaidi-kefu/routing";
 * const input: ComplaintInput = { text: "荔枝烂了", goodsCategory: "fresh" };
 * input.text; // => "荔枝烂了"
 * ```
 */
export type ComplaintInput = string | ({ readonly text: string } & ComplaintFacts);

/**
 * Tunable thresholds of the decision (defaults in {@link DEFAULT_THRESHOLDS}).
 *
 * @example
 * ```ts
 * import type { RoutingThresholds } from "kuaidi-kefu/routing";
 * const t: RoutingThresholds = { highValue: 2000 };
 * t.highValue; // => 2000
 * ```
 */
export interface RoutingThresholds {
  /** Declared value or amount in the text (yuan) from which a loss or damage goes to 理赔组. */
  readonly highValue?: number;
  /** Contacts about the same shipment from which the case escalates to 升级小组. */
  readonly repeatContacts?: number;
  /** Lexicon score a category needs before the text counts as a complaint. */
  readonly complaintScore?: number;
  /** Confidence from which a routing may be applied without review (tier "high"). */
  readonly autoRoute?: number;
  /** Confidence from which a routing is a suggestion for an agent to confirm (tier "medium"). */
  readonly suggest?: number;
  /** Weight of the trained model against the lexicon when both speak (0..1). */
  readonly modelWeight?: number;
  /** Probability the model needs to decide alone when the lexicon finds no cue. */
  readonly modelOnly?: number;
}

/**
 * Options of {@link classifyComplaint}.
 *
 * @example
 * ```ts
 * import type { ClassifyOptions } from "kuaidi-kefu/routing";
 * const options: ClassifyOptions = { locale: "en", facts: { keyAccount: true } };
 * options.locale; // => "en"
 * ```
 */
export interface ClassifyOptions {
  /** Language of messages, explanation summary and next steps; default zh-CN. */
  readonly locale?: Locale;
  /** Structured facts (merged over those given inside the complaint object). */
  readonly facts?: ComplaintFacts;
  readonly thresholds?: RoutingThresholds;
  /** Longest text accepted (default 10,000 code units). */
  readonly maxLength?: number;
}

/**
 * What the text is: a complaint, a request (change address, redirect, return), a plain
 * question, praise, not understood, or empty / unreadable input.
 *
 * @example
 * ```ts
 * import type { ComplaintKind } from "kuaidi-kefu/routing";
 * const k: ComplaintKind = "request";
 * k; // => "request"
 * ```
 */
export type ComplaintKind = "complaint" | "request" | "inquiry" | "praise" | "unknown" | "invalid";

/**
 * The rule that decided the group, in decision order.
 *
 * @example
 * ```ts
 * import type { RoutingRule } from "kuaidi-kefu/routing";
 * const r: RoutingRule = "claim-high-value";
 * r; // => "claim-high-value"
 * ```
 */
export type RoutingRule =
  | "invalid-input"
  | "no-cue"
  | "praise"
  | "prior-escalation"
  | "repeat-contact"
  | "escalation-text"
  | "claim-high-value"
  | "claim-dispute"
  | "compensation-demand"
  | "customs-fact"
  | "customs-text"
  | "cod-text"
  | "perishable-fact"
  | "perishable-text"
  | "cod-fact"
  | "key-account"
  | "damage-loss"
  | "default";

/**
 * A cue word found in the text, with its span in the ORIGINAL text (`text.slice(start, end)`).
 *
 * @example
 * ```ts
 * import type { MatchedCue } from "kuaidi-kefu/routing";
 * const cue: MatchedCue = { text: "碎了", start: 2, end: 4, says: ["damage"], weight: 2.5, negated: false, clauseWeight: 1, question: false };
 * cue.says; // => ["damage"]
 * ```
 */
export interface MatchedCue {
  /** The words as they appear in the original text. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** What the cue says: category ids, or "escalation:<signal>", "request", "praise", "generic", "dispute", "perishable", "customs". */
  readonly says: readonly string[];
  /** The lexicon weight (before clause factors). */
  readonly weight: number;
  /** A negator cancels it ("没有破损"). */
  readonly negated: boolean;
  /** Clause factor: 0.4 concession (虽然), 0.5 before a contrast, 1.5 after it (但是). */
  readonly clauseWeight: number;
  /** In a yes/no question. */
  readonly question: boolean;
}

/**
 * Why the routing came out as it did: the layer and rule that decided, the cue words with their
 * spans, and a one-line summary in the requested language.
 *
 * @example
 * ```ts
 * import { classifyComplaint } from "kuaidi-kefu/routing";
 * const r = classifyComplaint("快递丢了");
 * r.explanation.layer; // => "lexicon"
 * r.explanation.rule; // => "damage-loss"
 * ```
 */
export interface RoutingExplanation {
  /** What decided: structured facts, lexicon cues, the trained model, or a fallback. */
  readonly layer: "facts" | "lexicon" | "model" | "lexicon+model" | "fallback";
  readonly rule: RoutingRule;
  readonly summary: string;
  /** Every cue found, negated ones included. */
  readonly cues: readonly MatchedCue[];
  /** Lexicon score per category (after negation and clause weights). */
  readonly scores: Readonly<Record<CategoryId, number>>;
  /** Model probabilities, when a model was used. */
  readonly model?: Readonly<Partial<Record<CategoryId | "none", number>>>;
  /** Amount found in the text (yuan) and its span in the original text. */
  readonly amount?: { readonly value: number; readonly start: number; readonly end: number };
}

/**
 * The answer of {@link classifyComplaint}: always complete, never thrown.
 *
 * @example
 * ```ts
 * import { classifyComplaint, type ComplaintRouting } from "kuaidi-kefu/routing";
 * const r: ComplaintRouting = classifyComplaint("快递压坏了");
 * r.category; // => "损毁"
 * r.team; // => "损遗小组"
 * ```
 */
export interface ComplaintRouting {
  readonly kind: ComplaintKind;
  readonly isComplaint: boolean;
  readonly frontLineClass: FrontLineClass;
  readonly frontLineClassId: FrontLineClassId;
  readonly category: Category;
  readonly categoryId: CategoryId;
  readonly secondaryCategories: readonly Category[];
  readonly escalate: boolean;
  readonly escalationSignals: readonly EscalationSignal[];
  readonly team: Team;
  readonly teamId: TeamId;
  readonly priority: "urgent" | "high" | "normal" | "low";
  /**
   * Simple: answer within 2 hours; complex: within 24 hours (seed 003). `slaPolicy` names the
   * matching preset of `kuaidi-kefu/sla` (`PRESET_POLICIES[slaPolicy]`).
   */
  readonly response: {
    readonly class: "simple" | "complex";
    readonly hours: 2 | 24;
    readonly slaPolicy: "complaintSimple" | "complaintComplex";
  };
  /** 0..1; for the lexicon, the share of the top category in the evidence. */
  readonly confidence: number;
  /** high: route automatically; medium: suggest, an agent confirms; low: a person triages. */
  readonly confidenceTier: "high" | "medium" | "low";
  readonly explanation: RoutingExplanation;
  /** The group's procedure for this case, in the requested language. */
  readonly nextSteps: readonly string[];
  /** Warnings: empty or invalid text, no cue, invalid facts. */
  readonly issues: readonly RoutingIssue[];
}
