import type { LocaleOptions } from "../core/issue.ts";
import { foldText as coreFoldText } from "../core/normalize.ts";
import { err, ok, type Result } from "../core/result.ts";
import { LEXICON_DATA } from "./data/lexicon.ts";
import type { CategoryId } from "./labels.ts";
import type { EscalationSignal, LexiconSource } from "./lexicon-types.ts";
import { routingIssue, type RoutingIssue } from "./messages.ts";

/**
 * The cue-word lexicon the library ships (`data/routing/lexicon.json`), as plain data: start
 * from it to build your own.
 *
 * @example
 * ```ts
 * import { ROUTING_LEXICON } from "kuaidi-kefu/routing";
 * ROUTING_LEXICON.format; // => "kuaidi-kefu/routing-lexicon"
 * ROUTING_LEXICON.negators.adjacent.includes("没"); // => true
 * ```
 */
export const ROUTING_LEXICON: LexiconSource = LEXICON_DATA;

/**
 * What a cue word says when it matches: a category with its weight, an escalation signal, or
 * one of the routing hints (request, praise, perishable, customs, claim dispute, neutral).
 *
 * @example
 * ```ts
 * import type { CueHit } from "kuaidi-kefu/routing";
 * const hit: CueHit = { kind: "category", category: "damage", weight: 2.5 };
 * hit.kind; // => "category"
 * ```
 */
export type CueHit =
  | { readonly kind: "category"; readonly category: CategoryId; readonly weight: number }
  | {
      readonly kind:
        "generic" | "request" | "dispute" | "perishable" | "customs" | "praise" | "neutral";
      readonly weight: number;
    }
  | {
      readonly kind: "escalation";
      readonly signal: Exclude<EscalationSignal, "prior-escalation">;
      readonly weight: number;
    };

/** @internal A cue word and everything it says (a word may sit in several lists). */
export interface CueEntry {
  readonly text: string;
  readonly hits: CueHit[];
}

/**
 * A lexicon checked and indexed for scanning (opaque: build it with {@link compileLexicon}).
 *
 * @example
 * ```ts
 * import { compileLexicon, ROUTING_LEXICON, type CompiledLexicon } from "kuaidi-kefu/routing";
 * const r = compileLexicon(ROUTING_LEXICON);
 * const lexicon: CompiledLexicon | undefined = r.ok ? r.value : undefined;
 * lexicon !== undefined; // => true
 * ```
 */
export interface CompiledLexicon {
  readonly kind: "kuaidi-kefu/compiled-lexicon";
  /** @internal Cues by first character, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly CueEntry[]>;
  /** @internal */
  readonly adjacentNegators: ReadonlySet<string>;
  /** @internal */
  readonly scopedNegators: readonly string[];
  /** @internal */
  readonly contrast: readonly string[];
  /** @internal */
  readonly contrastInitial: readonly string[];
  /** @internal */
  readonly concession: readonly string[];
  /** @internal */
  readonly inquiry: readonly string[];
  /** Number of distinct cue words. */
  readonly size: number;
}

const CATEGORY_IDS: readonly CategoryId[] = [
  "delay",
  "loss",
  "damage",
  "delivery-service",
  "pickup-service",
  "improper-charge",
  "cod",
  "other",
];
const SIGNALS: readonly Exclude<EscalationSignal, "prior-escalation">[] = [
  "regulator",
  "media",
  "lawyer",
  "insult",
  "repeat",
  "compensation",
];
const MAX_CUES = 20_000;
const MAX_CUE_LENGTH = 32;

/** @internal ASCII-only lower-casing: keeps the length, so spans still map. */
export function asciiLower(text: string): string {
  let needs = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      needs = true;
      break;
    }
  }
  if (!needs) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i];
  }
  return out;
}

/** @internal Normalises a cue or a text the same way. */
export function foldText(text: string): string {
  return asciiLower(coreFoldText(text));
}

function own(obj: unknown, key: string): unknown {
  if (typeof obj !== "object" || obj === null || !Object.prototype.hasOwnProperty.call(obj, key))
    return undefined;
  return (obj as Record<string, unknown>)[key];
}

class LexiconError {
  constructor(readonly reason: string) {}
}

function readCue(value: unknown, where: string): { text: string; weight: number } {
  let raw: unknown = value;
  let weight = 1;
  if (Array.isArray(value)) {
    if (value.length !== 2 || typeof value[1] !== "number") {
      throw new LexiconError(`${where}: a cue must be "words" or ["words", weight]`);
    }
    raw = value[0];
    weight = value[1] as number;
  }
  if (typeof raw !== "string") throw new LexiconError(`${where}: cue words must be text`);
  if (!Number.isFinite(weight) || weight < 0 || weight > 10) {
    throw new LexiconError(`${where}: weight must be a number from 0 to 10`);
  }
  const text = foldText(raw).trim();
  if (text.length === 0 || text.length > MAX_CUE_LENGTH) {
    throw new LexiconError(`${where}: cue words must have 1 to ${MAX_CUE_LENGTH} characters`);
  }
  return { text, weight };
}

function readList(value: unknown, where: string, required: boolean): unknown[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value)) throw new LexiconError(`${where} must be a list`);
  return value;
}

function readWords(value: unknown, where: string): string[] {
  return readList(value, where, false).map((v, i) => readCue(v, `${where}[${i}]`).text);
}

function build(source: unknown): CompiledLexicon {
  if (typeof source !== "object" || source === null || Array.isArray(source)) {
    throw new LexiconError("the lexicon must be an object");
  }
  const entries = new Map<string, CueHit[]>();
  let count = 0;
  const add = (list: unknown, where: string, hit: (weight: number) => CueHit): void => {
    const items = readList(list, where, false);
    for (let i = 0; i < items.length; i++) {
      if (++count > MAX_CUES) throw new LexiconError(`more than ${MAX_CUES} cues`);
      const cue = readCue(items[i], `${where}[${i}]`);
      let hits = entries.get(cue.text);
      if (hits === undefined) {
        hits = [];
        entries.set(cue.text, hits);
      }
      hits.push(hit(cue.weight));
    }
  };
  const categories = own(source, "categories");
  if (typeof categories !== "object" || categories === null || Array.isArray(categories)) {
    throw new LexiconError("categories must be an object with a list per category id");
  }
  for (const key of Object.keys(categories)) {
    if (!CATEGORY_IDS.includes(key as CategoryId))
      throw new LexiconError(`unknown category "${key}"`);
  }
  for (const id of CATEGORY_IDS) {
    add(own(categories, id), `categories.${id}`, (weight) => ({
      kind: "category",
      category: id,
      weight,
    }));
  }
  const escalation = own(source, "escalation");
  if (
    escalation !== undefined &&
    (typeof escalation !== "object" || escalation === null || Array.isArray(escalation))
  ) {
    throw new LexiconError("escalation must be an object with a list per signal");
  }
  for (const signal of SIGNALS) {
    add(own(escalation, signal), `escalation.${signal}`, (weight) => ({
      kind: "escalation",
      signal,
      weight,
    }));
  }
  const simple = [
    ["generic", "generic"],
    ["request", "request"],
    ["claimDispute", "dispute"],
    ["perishable", "perishable"],
    ["customs", "customs"],
    ["praise", "praise"],
    ["neutral", "neutral"],
  ] as const;
  for (const [field, kind] of simple)
    add(own(source, field), field, (weight) => ({ kind, weight }));

  const byFirst = new Map<string, CueEntry[]>();
  for (const [text, hits] of entries) {
    const first = text[0] as string;
    let list = byFirst.get(first);
    if (list === undefined) {
      list = [];
      byFirst.set(first, list);
    }
    list.push({ text, hits });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);

  const negators = own(source, "negators");
  const adjacent = readWords(own(negators, "adjacent"), "negators.adjacent");
  for (const n of adjacent) {
    if (n.length !== 1) throw new LexiconError("negators.adjacent holds one-character words only");
  }
  return {
    kind: "kuaidi-kefu/compiled-lexicon",
    byFirst,
    adjacentNegators: new Set(adjacent),
    scopedNegators: readWords(own(negators, "scoped"), "negators.scoped"),
    contrast: readWords(own(source, "contrast"), "contrast"),
    contrastInitial: readWords(own(source, "contrastInitial"), "contrastInitial"),
    concession: readWords(own(source, "concession"), "concession"),
    inquiry: readWords(own(source, "inquiry"), "inquiry"),
    size: entries.size,
  };
}

/**
 * Checks a lexicon (the shape of {@link LexiconSource}, for instance parsed from JSON) and indexes
 * it for scanning. Never throws: a malformed lexicon gives `routing/invalid-lexicon` with the
 * reason. Cue words are normalised like complaint texts (full-width → ASCII, Latin lower-case).
 *
 * @example
 * ```ts
 * import { compileLexicon, ROUTING_LEXICON } from "kuaidi-kefu/routing";
 * compileLexicon(ROUTING_LEXICON).ok; // => true
 * const bad = compileLexicon({ categories: { delay: [42] } }, { locale: "en" });
 * bad.ok ? "" : bad.error.message; // => "invalid lexicon: categories.delay[0]: cue words must be text"
 * ```
 */
export function compileLexicon(
  source: unknown,
  options?: LocaleOptions,
): Result<CompiledLexicon, RoutingIssue> {
  try {
    return ok(build(source));
  } catch (e) {
    const reason = e instanceof LexiconError ? e.reason : "unreadable lexicon";
    return err(routingIssue("routing/invalid-lexicon", { reason }, options));
  }
}

let shipped: CompiledLexicon | undefined;

/** @internal The shipped lexicon, compiled on first use. */
export function defaultLexicon(): CompiledLexicon {
  if (shipped === undefined) {
    const r = compileLexicon(LEXICON_DATA);
    // The shipped data is checked by the tests; a failure here is a packaging bug.
    if (!r.ok)
      throw new Error(`[kuaidi-kefu] the shipped routing lexicon is invalid: ${r.error.message}`);
    shipped = r.value;
  }
  return shipped;
}
