import type { CategoryId } from "./labels.ts";

/**
 * One cue of a lexicon: the words alone (weight 1) or `[words, weight]`.
 *
 * @example
 * ```ts
 * import type { CueSource } from "kuaidi-kefu/routing";
 * const cues: CueSource[] = ["压坏", ["碎了", 2.5]];
 * cues.length; // => 2
 * ```
 */
export type CueSource = string | readonly [string, number];

/**
 * The kinds of escalation signal the lexicon and the structured facts can raise.
 *
 * @example
 * ```ts
 * import type { EscalationSignal } from "kuaidi-kefu/routing";
 * const s: EscalationSignal = "regulator";
 * s; // => "regulator"
 * ```
 */
export type EscalationSignal =
  "regulator" | "media" | "lawyer" | "insult" | "repeat" | "compensation" | "prior-escalation";

/**
 * A cue-word lexicon as stored in `data/routing/lexicon.json`: weighted Chinese cue words per
 * category, per escalation signal and per routing hint, plus the negation, contrast, concession
 * and question words. Hosts may pass their own to {@link createComplaintClassifier}.
 *
 * @example
 * ```ts
 * import { ROUTING_LEXICON, type LexiconSource } from "kuaidi-kefu/routing";
 * const lexicon: LexiconSource = ROUTING_LEXICON;
 * lexicon.format; // => "kuaidi-kefu/routing-lexicon"
 * ```
 */
export interface LexiconSource {
  readonly format: "kuaidi-kefu/routing-lexicon";
  readonly version: 1;
  readonly categories: { readonly [K in CategoryId]: readonly CueSource[] };
  /** Complaint words that name no category ("投诉", "不满意"). */
  readonly generic: readonly CueSource[];
  /** Customer requests (客户需求): change address, redirect, return. */
  readonly request: readonly CueSource[];
  readonly escalation: {
    readonly [K in Exclude<EscalationSignal, "prior-escalation">]: readonly CueSource[];
  };
  /** The customer disputes a claim (→ 理赔组). */
  readonly claimDispute: readonly CueSource[];
  /** Fresh food and perishables named in the text (→ 时令小组). */
  readonly perishable: readonly CueSource[];
  /** Hong Kong, Macau, Taiwan, abroad, customs (→ 关务组). */
  readonly customs: readonly CueSource[];
  /** Praise and exoneration of the carrier: evidence against a complaint. */
  readonly praise: readonly CueSource[];
  /** Words that contain a cue or a negator but mean neither ("苹果手机", "不小心"): matched and ignored. */
  readonly neutral: readonly string[];
  readonly negators: {
    /** One-character negators, which negate a cue at most one character away. */
    readonly adjacent: readonly string[];
    /** Longer negators, which negate a cue up to three characters away. */
    readonly scoped: readonly string[];
  };
  /** Contrast words (但是): the clause after weighs more, the one before less. */
  readonly contrast: readonly string[];
  /** Contrast words that count only at the start of a clause ("就是" is often just "only"). */
  readonly contrastInitial: readonly string[];
  /** Concession words (虽然): the clause weighs less. */
  readonly concession: readonly string[];
  /** Question words: a clause with one is an inquiry and its cues weigh less. */
  readonly inquiry: readonly string[];
}
