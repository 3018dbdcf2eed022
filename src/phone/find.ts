import { normalizeText, toOriginalSpan } from "../core/normalize.ts";
import { DEFAULT_MAX_TEXT_LENGTH } from "../core/bounds.ts";
import { classifyCandidate, kindAllowed, type Classified } from "./classify.ts";
import { isDash, isDigit, isExtensionFiller, isSeparator, markerAt } from "./scan.ts";
import type { FindPhonesOptions, PhoneMatch, PhoneNumber } from "./types.ts";

/** A maximal digit run of the normalised text. */
interface Group {
  readonly digits: string;
  readonly start: number;
  readonly end: number;
  readonly dashBefore: boolean;
  /** Position of a "+" written right before the group, or -1. */
  readonly plusAt: number;
}

// A number spans at most this many groups ("+86 (0) 571 2585 2654 - 802") and digits.
const MAX_GROUPS = 7;
const MAX_DIGITS = 20;
// At most this many separator characters between two groups of one number.
const MAX_GAP = 3;
// Short numbers found in free text: 95xxx / 96xxx hotlines and these well-known ones. Other
// short numbers (110, 12xxx) are too easily quantities or codes in running text.
const KNOWN_SHORT = new Set([
  "10000",
  "10010",
  "10086",
  "10099",
  "12306",
  "12315",
  "12345",
  "12366",
]);

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isGap(c: number): boolean {
  return isSeparator(c) || c === 0x0a;
}

/** Splits the text into digit groups; groups in one run are separated by short gaps. */
function scanGroups(s: string): Group[][] {
  const runs: Group[][] = [];
  let run: Group[] = [];
  let i = 0;
  let lastEnd = -1;
  while (i < s.length) {
    if (!isDigit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < s.length && isDigit(s.charCodeAt(i))) i++;
    // A "+" right before the digits starts a new number ("+86", "(+86)").
    const plusAt = s.charCodeAt(start - 1) === 0x2b ? start - 1 : -1;
    // The group joins the run when only a few separators stand between it and the previous one.
    let joined = run.length > 0 && plusAt < 0 && start - lastEnd - 1 <= MAX_GAP;
    let dash = false;
    for (let k = lastEnd + 1; joined && k < start; k++) {
      const b = s.charCodeAt(k);
      if (!isGap(b)) joined = false;
      else if (isDash(b)) dash = true;
    }
    if (!joined && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push({ digits: s.slice(start, i), start, end: i, dashBefore: joined && dash, plusAt });
    lastEnd = i - 1;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** An extension written after a number: marker, filler, 1-6 digits not followed by a digit. */
function extensionAfter(s: string, end: number): { digits: string; end: number } | undefined {
  let i = end;
  if (s.charCodeAt(i) === 0x20) i++;
  const m = markerAt(s, i);
  if (m === 0) return undefined;
  i += m;
  while (i < s.length && i < end + 12 && isExtensionFiller(s.charCodeAt(i))) i++;
  const from = i;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  const len = i - from;
  if (len < 1 || len > 6) return undefined;
  return { digits: s.slice(from, i), end: i };
}

function reportable(n: PhoneNumber, kinds: FindPhonesOptions["kinds"]): boolean {
  if (!kindAllowed(n.kind, kinds)) return false;
  if (n.kind !== "short") return true;
  const d = n.national;
  return d[0] === "9" || KNOWN_SHORT.has(d);
}

/**
 * Finds every mainland phone number in free text: SMS bodies, call notes, order remarks.
 * Numbers may run straight into Chinese text (`客王先生13823033212配件`), carry prefixes,
 * brackets, separators and extensions as in {@link parsePhone}, and may be wrapped over a line
 * break. A number is always made of whole digit runs, so parts of longer digit strings
 * (tracking numbers, serials such as `[110310221]`) are never reported, nor digits glued to
 * Latin letters (`SF1382303321200`). Short numbers are reported only as 95xxx / 96xxx hotlines
 * and well-known ones (10086, 12345…), never 110 or 120 (too often a quantity).
 *
 * Linear in the text; text beyond `maxLength` (default 10 000) is not scanned. Never throws:
 * anything that is not a string gives `[]`. Spans refer to the original text.
 *
 * @example
 * ```ts
 * import { findPhones } from "kuaidi-kefu/phone";
 * const sms = "[110310221]客王先生13823033212配件15件200公斤2.2方往杭州马先生0571-25852654现付。[8011]";
 * findPhones(sms).map((m) => m.number.national); // => ["13823033212", "057125852654"]
 * findPhones(sms).map((m) => m.raw); // => ["13823033212", "0571-25852654"]
 * findPhones("单号755123456789012，电话0571-25852654转802").map((m) => m.number.display); // => ["0571-25852654转802"]
 * ```
 */
export function findPhones(text: string, options?: FindPhonesOptions): PhoneMatch[] {
  if (typeof text !== "string") return [];
  const max = options?.maxLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const source = text.length > max ? text.slice(0, Math.max(0, max)) : text;
  const norm = normalizeText(source, { lineBreaks: "keep" });
  const s = norm.text;
  const out: PhoneMatch[] = [];
  // End of the last match: groups before it (an extension's digits) are not numbers of their own.
  let consumed = 0;
  for (const run of scanGroups(s)) {
    let i = 0;
    while (i < run.length && (run[i] as Group).start < consumed) i++;
    while (i < run.length) {
      const first = run[i] as Group;
      const glued = first.plusAt < 0 && isAsciiLetter(s.charCodeAt(first.start - 1));
      let best: { j: number; r: Classified & { ok: true } } | undefined;
      if (!glued) {
        const groups: string[] = [];
        const dashBefore: boolean[] = [];
        let digits = 0;
        for (let j = i; j < run.length && j < i + MAX_GROUPS; j++) {
          const g = run[j] as Group;
          digits += g.digits.length;
          if (digits > MAX_DIGITS) break;
          groups.push(g.digits);
          dashBefore.push(j > i && g.dashBefore);
          // Every number has 5-6 digits (short) or at least 10: skip the rest cheaply, so
          // text of many tiny digit groups ("1 2 3 …") stays fast.
          if (digits < 10 && (digits < 5 || digits > 6)) continue;
          const r = classifyCandidate({ groups, dashBefore, plus: first.plusAt >= 0 });
          if (r.ok) best = { j, r };
        }
      }
      if (best === undefined) {
        i++;
        continue;
      }
      const last = run[best.j] as Group;
      let number = best.r.value;
      let end = last.end;
      if (number.kind === "landline" || number.kind === "service") {
        const ext = extensionAfter(s, end);
        if (ext !== undefined) {
          const withExt = classifyCandidate({
            groups: run.slice(i, best.j + 1).map((g) => g.digits),
            dashBefore: run.slice(i, best.j + 1).map((g, k) => k > 0 && g.dashBefore),
            plus: first.plusAt >= 0,
            extension: ext.digits,
          });
          if (withExt.ok) {
            number = withExt.value;
            end = ext.end;
          }
        }
      }
      const trailingLetter = isAsciiLetter(s.charCodeAt(end));
      if (!trailingLetter && reportable(number, options?.kinds)) {
        let start = first.plusAt >= 0 ? first.plusAt : first.start;
        if (best.j > i && s.charCodeAt(start - 1) === 0x28 && s.charCodeAt(first.end) === 0x29)
          start--;
        const [os, oe] = toOriginalSpan(norm, start, end);
        out.push({ number, raw: source.slice(os, oe), start: os, end: oe });
      }
      consumed = end;
      i = best.j + 1;
      while (i < run.length && (run[i] as Group).start < consumed) i++;
    }
  }
  return out;
}
