import { checkTextInput, type TextInputIssue } from "../core/bounds.ts";
import type { LocaleOptions } from "../core/issue.ts";
import { ok, type Result } from "../core/result.ts";
import { buildAutomaton, type Automaton } from "./automaton.ts";
import { matchUnit } from "./fold.ts";
import { CATEGORY_TABLE, RESTRICTED_TABLE, TERM_TABLE } from "./data/goods-lexicon.ts";

/**
 * One of the 19 categories of 禁止寄递物品指导目录: its official number, a stable id, the
 * official name, and whether a keyword hit needs a person to decide (categories 13, 15, 16, 18,
 * 19, whose keywords cannot establish the offence).
 *
 * @example
 * ```ts
 * import { PROHIBITED_CATEGORIES, type ProhibitedCategory } from "kuaidi-kefu/order";
 * const c: ProhibitedCategory = PROHIBITED_CATEGORIES[3]!;
 * c.name; // => "压缩和液化气体及其容器"
 * ```
 */
export interface ProhibitedCategory {
  readonly no: number;
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly review: boolean;
}

/**
 * The 19 official categories, in order (index = number - 1).
 *
 * @example
 * ```ts
 * import { PROHIBITED_CATEGORIES } from "kuaidi-kefu/order";
 * PROHIBITED_CATEGORIES.length; // => 19
 * PROHIBITED_CATEGORIES[0]!.id; // => "firearms_ammunition"
 * ```
 */
export const PROHIBITED_CATEGORIES: readonly ProhibitedCategory[] = CATEGORY_TABLE;

/**
 * A restricted (限寄) item: allowed in limited quantities or refused by carriers for air
 * transport, never a national prohibition.
 *
 * @example
 * ```ts
 * import { RESTRICTED_ITEMS, type RestrictedItem } from "kuaidi-kefu/order";
 * const item: RestrictedItem = RESTRICTED_ITEMS[0]!;
 * item.id; // => "cigarettes_cigars"
 * ```
 */
export interface RestrictedItem {
  readonly id: string;
  readonly rule: string;
}

/**
 * The restricted items and their rules, from the catalogue data.
 *
 * @example
 * ```ts
 * import { RESTRICTED_ITEMS } from "kuaidi-kefu/order";
 * RESTRICTED_ITEMS.map((r) => r.id).includes("e_cigarettes"); // => true
 * ```
 */
export const RESTRICTED_ITEMS: readonly RestrictedItem[] = RESTRICTED_TABLE;

/**
 * One hit of {@link findProhibitedGoods}: `kind` is `"prohibited"` (refuse), `"review"` (a
 * person decides) or `"restricted"` (limits apply); `term` is the lexicon item, `text` what the
 * customer wrote, `start`/`end` its span in the original text.
 *
 * @example
 * ```ts
 * import { findProhibitedGoods, type ProhibitedGoodsMatch } from "kuaidi-kefu/order";
 * const r = findProhibitedGoods("打火机");
 * const m: ProhibitedGoodsMatch | undefined = r.ok ? r.value[0] : undefined;
 * m?.category?.no; // => 4
 * ```
 */
export interface ProhibitedGoodsMatch {
  readonly kind: "prohibited" | "review" | "restricted";
  readonly term: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The official category, for `prohibited` and `review` hits. */
  readonly category?: ProhibitedCategory;
  /** The restricted item, for `restricted` hits. */
  readonly restricted?: RestrictedItem;
}

/**
 * A term to add to a matcher built with {@link createGoodsMatcher}: a prohibited item of a
 * category, a restricted item, a look-alike (a product name that contains a term but is not
 * the item) or a negation word.
 *
 * @example
 * ```ts
 * import type { GoodsTerm } from "kuaidi-kefu/order";
 * const t: GoodsTerm = { term: "防狼喷雾", kind: "prohibited", category: 2 };
 * t.kind; // => "prohibited"
 * ```
 */
export type GoodsTerm =
  | { readonly term: string; readonly kind: "prohibited" | "review"; readonly category: number }
  | { readonly term: string; readonly kind: "restricted"; readonly restrictedId: string }
  | { readonly term: string; readonly kind: "look-alike" | "negator" };

/**
 * Options of {@link findProhibitedGoods} and {@link GoodsMatcher.find}.
 *
 * @example
 * ```ts
 * import type { FindGoodsOptions } from "kuaidi-kefu/order";
 * const o: FindGoodsOptions = { maxLength: 2000, locale: "en" };
 * o.maxLength; // => 2000
 * ```
 */
export interface FindGoodsOptions extends LocaleOptions {
  /** Longest text scanned, in UTF-16 units; default 100,000. */
  readonly maxLength?: number;
}

/**
 * A compiled lexicon: one automaton, scanned once per text.
 *
 * @example
 * ```ts
 * import { createGoodsMatcher, type GoodsMatcher } from "kuaidi-kefu/order";
 * const m: GoodsMatcher = createGoodsMatcher();
 * m.find("汽油").ok; // => true
 * ```
 */
export interface GoodsMatcher {
  /** Every hit in `text`, left to right; an issue when `text` is not text or too long. */
  find(text: unknown, options?: FindGoodsOptions): Result<ProhibitedGoodsMatch[], TextInputIssue>;
  /** Number of terms in the lexicon (including look-alikes and negators). */
  readonly size: number;
}

const enum Kind {
  Prohibited = 0,
  Restricted = 1,
  Review = 2,
  LookAlike = 3,
  Negator = 4,
}

interface Entry {
  readonly term: string;
  readonly kind: Kind;
  readonly category?: ProhibitedCategory;
  readonly restricted?: RestrictedItem;
  /** A one-character Han term only counts standing alone (汞 but not 汞灯 or 无汞). */
  readonly standalone: boolean;
}

const DEFAULT_MAX = 100_000;

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

function toEntry(term: GoodsTerm): Entry {
  const standalone = term.term.length === 1 && isHan(term.term.charCodeAt(0));
  switch (term.kind) {
    case "prohibited":
    case "review": {
      const category = CATEGORY_TABLE[term.category - 1];
      if (!category)
        throw new RangeError(`[kuaidi-kefu] unknown prohibited category ${term.category}`);
      return {
        term: term.term,
        kind: term.kind === "review" || category.review ? Kind.Review : Kind.Prohibited,
        category,
        standalone,
      };
    }
    case "restricted": {
      const restricted = RESTRICTED_TABLE.find((r) => r.id === term.restrictedId);
      if (!restricted)
        throw new RangeError(`[kuaidi-kefu] unknown restricted item ${term.restrictedId}`);
      return { term: term.term, kind: Kind.Restricted, restricted, standalone };
    }
    case "look-alike":
      return { term: term.term, kind: Kind.LookAlike, standalone: false };
    case "negator":
      return { term: term.term, kind: Kind.Negator, standalone: false };
  }
}

function builtInEntries(): Entry[] {
  return TERM_TABLE.map(([term, kind, ref]) => {
    const standalone = term.length === 1 && isHan(term.charCodeAt(0));
    if (kind === Kind.Prohibited || kind === Kind.Review) {
      return { term, kind, category: CATEGORY_TABLE[(ref as number) - 1]!, standalone };
    }
    if (kind === Kind.Restricted) {
      return { term, kind, restricted: RESTRICTED_TABLE.find((r) => r.id === ref)!, standalone };
    }
    return { term, kind, standalone: false };
  });
}

interface Hit {
  readonly entry: Entry;
  /** Span in folded units, for comparing hits. */
  readonly start: number;
  readonly end: number;
  /** Span in the original text. */
  readonly os: number;
  readonly oe: number;
}

function compile(entries: readonly Entry[]): GoodsMatcher {
  // Several entries can share a term (丙酮 is in categories 5 and 12): one pattern per term.
  const byTerm = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.term.length === 0) continue;
    const list = byTerm.get(e.term);
    if (list) list.push(e);
    else byTerm.set(e.term, [e]);
  }
  const terms = [...byTerm.keys()];
  const groups = terms.map((t) => byTerm.get(t)!);
  let automaton: Automaton | undefined;
  let rings: [Int32Array, Int32Array] | undefined;
  return {
    size: entries.length,
    find(text, options) {
      const checked = checkTextInput(text, {
        maxLength: options?.maxLength ?? DEFAULT_MAX,
        ...(options?.locale ? { locale: options.locale } : {}),
      });
      if (!checked.ok) return checked;
      automaton ??= buildAutomaton(terms);
      const a = automaton;
      const original = checked.value;
      // Scan the original text unit by unit through the matcher's folding; `fp` counts folded
      // units and two rings remember, for the last `longest` of them, the folded unit and where
      // it started in the original, so spans map back without a copy of the text.
      // The rings belong to the matcher, not the call: every slot a scan reads it wrote itself
      // earlier in the same scan (R > the longest term), and a scan calls nothing re-entrant.
      if (!rings) {
        let R = 4;
        while (R < a.longest + 2) R *= 2;
        rings = [new Int32Array(R), new Int32Array(R)];
      }
      const [startRing, unitRing] = rings;
      const mask = startRing.length - 1;
      const hits: Hit[] = [];
      let pending: Hit[] | undefined;
      let negatedAt: Set<number> | undefined;
      let lookAlikes: Hit[] | undefined;
      let state = 0;
      let fp = 0;
      for (let i = 0; i < original.length; i++) {
        const c = original.charCodeAt(i);
        const u = c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) ? c : matchUnit(c);
        if (u < 0) continue;
        if (pending) {
          // A one-character term is kept only when the next character is not Chinese.
          if (!isHan(u)) for (const h of pending) hits.push(h);
          pending = undefined;
        }
        startRing[fp & mask] = i;
        unitRing[fp & mask] = u;
        fp++;
        state = a.step(state, u);
        const outs = a.outputs(state);
        for (let k = 0; k < outs.length; k++) {
          const p = outs[k]!;
          const fs = fp - terms[p]!.length;
          const os = startRing[fs & mask]!;
          const group = groups[p]!;
          for (let g = 0; g < group.length; g++) {
            const entry = group[g]!;
            if (entry.kind === Kind.Negator) (negatedAt ??= new Set()).add(fp);
            else if (entry.kind === Kind.LookAlike)
              (lookAlikes ??= []).push({ entry, start: fs, end: fp, os, oe: i + 1 });
            else if (!entry.standalone) hits.push({ entry, start: fs, end: fp, os, oe: i + 1 });
            else if (fs === 0 || !isHan(unitRing[(fs - 1) & mask]!)) {
              (pending ??= []).push({ entry, start: fs, end: fp, os, oe: i + 1 });
            }
          }
        }
      }
      if (pending) for (const h of pending) hits.push(h);
      // A negated hit or one inside a look-alike is gone before coverage is decided, so that
      // 非易燃液体 still reports 液体 (restricted) once 易燃液体 is negated.
      const live = hits.filter(
        (h) =>
          !negatedAt?.has(h.start) &&
          !lookAlikes?.some((l) => l.start <= h.start && l.end >= h.end),
      );
      if (live.length === 0) return ok([]);
      // Longest hits first at each start, so a shorter hit inside a longer one is dropped.
      live.sort((a, b) => a.start - b.start || b.end - a.end);
      const result: ProhibitedGoodsMatch[] = [];
      let coveredTo = -1;
      let coveredFrom = -1;
      for (const h of live) {
        const insideLonger = h.end < coveredTo || (h.end === coveredTo && h.start > coveredFrom);
        if (h.end > coveredTo) {
          coveredTo = h.end;
          coveredFrom = h.start;
        }
        if (insideLonger) continue;
        const start = h.os;
        const end = h.oe;
        const e = h.entry;
        result.push({
          kind:
            e.kind === Kind.Prohibited
              ? "prohibited"
              : e.kind === Kind.Review
                ? "review"
                : "restricted",
          term: e.term,
          text: original.slice(start, end),
          start,
          end,
          ...(e.category ? { category: e.category } : {}),
          ...(e.restricted ? { restricted: e.restricted } : {}),
        });
      }
      return ok(result);
    },
  };
}

let defaultMatcher: GoodsMatcher | undefined;

/**
 * Builds a matcher over the built-in lexicon (the official catalogue keywords, everyday
 * synonyms, restricted items, look-alikes and negation words) plus `extraTerms`. Build it once
 * and keep it: building costs about a millisecond, scanning is linear in the text.
 *
 * @throws RangeError `[kuaidi-kefu] …` when an extra term names an unknown category or
 *   restricted item.
 * @example
 * ```ts
 * import { createGoodsMatcher } from "kuaidi-kefu/order";
 * const m = createGoodsMatcher([{ term: "防狼喷雾", kind: "prohibited", category: 2 }]);
 * const r = m.find("防狼喷雾两瓶");
 * r.ok && r.value[0]?.category?.no; // => 2
 * ```
 */
export function createGoodsMatcher(extraTerms: readonly GoodsTerm[] = []): GoodsMatcher {
  if (extraTerms.length === 0) return (defaultMatcher ??= compile(builtInEntries()));
  return compile([...builtInEntries(), ...extraTerms.map(toEntry)]);
}

/**
 * Every prohibited (违禁), needs-review and restricted (限寄) item named in a goods name or
 * description, matched against the official catalogue of 19 categories. A term right after a
 * negation (非易燃, 不含酒精) or inside a known look-alike (打火机壳) does not fire; a shorter
 * term inside a longer one is reported once, as the longer. Full-width text is folded first;
 * spans refer to the original text. Not text, or longer than `maxLength`: an issue.
 *
 * @example
 * ```ts
 * import { findProhibitedGoods } from "kuaidi-kefu/order";
 * const r = findProhibitedGoods("打火机 10个");
 * r.ok && r.value.map((m) => [m.kind, m.term, m.category?.no, m.start, m.end]);
 * // => [["prohibited", "打火机", 4, 0, 3]]
 * findProhibitedGoods("打火机壳 10个"); // => { ok: true, value: [] }
 * findProhibitedGoods("非易燃品"); // => { ok: true, value: [] }
 * ```
 */
export function findProhibitedGoods(
  text: unknown,
  options?: FindGoodsOptions,
): Result<ProhibitedGoodsMatch[], TextInputIssue> {
  return createGoodsMatcher().find(text, options);
}
