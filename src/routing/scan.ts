/**
 * The cue scanner: finds lexicon cues in a folded text (left to right, longest match first),
 * decides for each whether a negator cancels it, and weighs it by its clause: a concession clause
 * (虽然…) weighs less, the clause after a contrast word (但是…) more and the one before it less, and
 * a yes/no question weighs little. Hand-written loops, no regular expressions.
 */
import type { CategoryId } from "./labels.ts";
import type { CompiledLexicon, CueHit } from "./lexicon.ts";
import type { EscalationSignal } from "./lexicon-types.ts";

/** @internal A cue found in the folded text (positions in the folded text). */
export interface ScannedCue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly hits: readonly CueHit[];
  readonly negated: boolean;
  /** Clause factor applied: concession, contrast, question. */
  readonly clauseWeight: number;
  readonly question: boolean;
}

/** @internal An amount of money found in the text. */
export interface ScannedAmount {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/** @internal What the scanner found. */
export interface Scan {
  readonly cues: readonly ScannedCue[];
  readonly categoryScores: Readonly<Record<CategoryId, number>>;
  readonly generic: number;
  readonly request: number;
  readonly praise: number;
  readonly dispute: number;
  readonly perishable: number;
  readonly customs: number;
  /** Strongest raw weight per escalation signal (not negated, not in a question for compensation). */
  readonly signals: ReadonlyMap<Exclude<EscalationSignal, "prior-escalation">, ScannedCue>;
  readonly questionClauses: number;
  readonly amounts: readonly ScannedAmount[];
  /** "打了5次" style counts found in the text. */
  readonly repeatCount: number;
}

interface Clause {
  start: number;
  /** After a leading contrast word: where negators may start. */
  bodyStart: number;
  end: number;
  weight: number;
  question: boolean;
  damped?: boolean;
}

const QUESTION_FACTOR = 0.35;
const CONCESSION_FACTOR = 0.4;
const BEFORE_CONTRAST_FACTOR = 0.5;
const AFTER_CONTRAST_FACTOR = 1.5;

function isClauseBreak(text: string, i: number): boolean {
  const ch = text[i];
  switch (ch) {
    case "，":
    case ",":
    case "。":
    case "！":
    case "!":
    case "？":
    case "?":
    case "；":
    case ";":
    case "\n":
    case " ":
    case "~":
    case "～":
    case "…":
      return true;
    case ".": {
      // A decimal point is not a break.
      const a = text.charCodeAt(i - 1);
      const b = text.charCodeAt(i + 1);
      return !(a >= 48 && a <= 57 && b >= 48 && b <= 57);
    }
    default:
      return false;
  }
}

function isSentenceEnd(ch: string | undefined): boolean {
  return ch === "。" || ch === "！" || ch === "!" || ch === "？" || ch === "?" || ch === "\n";
}

function startsWithAny(text: string, at: number, words: readonly string[]): number {
  for (const w of words) if (text.startsWith(w, at)) return w.length;
  return 0;
}

function containsAny(text: string, start: number, end: number, words: readonly string[]): boolean {
  // Search only inside the clause: an indexOf over the rest of the text would make long texts
  // quadratic.
  const clause = text.slice(start, end);
  for (const w of words) if (clause.includes(w)) return true;
  return false;
}

/** Splits into clauses, also before a mid-clause contrast word, and weighs them. */
function clauses(text: string, lex: CompiledLexicon): Clause[] {
  const out: Clause[] = [];
  const contrastAt: number[] = [];
  const sentenceStartOf: number[] = [];
  let sentenceStart = 0;
  let start = 0;
  let bodyStart = 0;
  const close = (end: number, breakChar: string | undefined): void => {
    if (end > start) {
      out.push({
        start,
        bodyStart: Math.max(start, bodyStart),
        end,
        weight: 1,
        question: breakChar === "?" || breakChar === "？",
      });
      sentenceStartOf.push(sentenceStart);
    }
    start = end + 1;
    if (isSentenceEnd(breakChar)) sentenceStart = out.length;
  };
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length) {
      close(i, undefined);
      break;
    }
    if (isClauseBreak(text, i)) {
      close(i, text[i]);
      continue;
    }
    const atClauseStart = i === start;
    const len =
      startsWithAny(text, i, lex.contrast) ||
      (atClauseStart ? startsWithAny(text, i, lex.contrastInitial) : 0);
    if (len > 0) {
      if (!atClauseStart) {
        out.push({
          start,
          bodyStart: Math.max(start, bodyStart),
          end: i,
          weight: 1,
          question: false,
        });
        sentenceStartOf.push(sentenceStart);
        start = i;
      }
      bodyStart = i + len;
      contrastAt.push(out.length);
      i += len - 1;
    }
  }
  for (const c of out) {
    if (containsAny(text, c.start, c.end, lex.concession)) c.weight *= CONCESSION_FACTOR;
    // A question word makes a yes/no question whose cues weigh little ("会不会丢件"); a bare
    // question mark does not, since complaints are often rhetorical ("怎么还没到？").
    if (containsAny(text, c.start, c.end, lex.inquiry)) c.damped = true;
  }
  for (const k of contrastAt) {
    if (k >= out.length) continue;
    // The clauses before the contrast word, back to the start of its sentence (or of the
    // previous sentence when the contrast word opens a sentence), weigh less.
    let from = sentenceStartOf[k] as number;
    if (from === k && k > 0) from = sentenceStartOf[k - 1] as number;
    for (let j = from; j < k; j++) {
      const c = out[j] as Clause;
      c.weight = Math.min(c.weight, BEFORE_CONTRAST_FACTOR);
    }
    for (let j = k; j < out.length && sentenceStartOf[j] === sentenceStartOf[k]; j++) {
      const c = out[j] as Clause;
      c.weight = Math.max(c.weight, AFTER_CONTRAST_FACTOR);
    }
  }
  return out;
}

function negatedAt(
  text: string,
  start: number,
  clauseStart: number,
  covered: Uint8Array,
  lex: CompiledLexicon,
): boolean {
  // A one-character negator right before the cue or one character away ("没坏", "没怎么坏").
  let negStart = -1;
  for (let d = 1; d <= 2 && start - d >= clauseStart; d++) {
    const p = start - d;
    if (covered[p] === 0 && lex.adjacentNegators.has(text[p] as string)) {
      negStart = p;
      break;
    }
  }
  if (negStart < 0) {
    // A longer negator ending at most three characters before ("没有任何破损").
    for (const n of lex.scopedNegators) {
      const from = Math.max(clauseStart, start - 3 - n.length);
      for (let at = start - n.length; at >= from && negStart < 0; at--) {
        if (covered[at] === 0 && text.startsWith(n, at)) negStart = at;
      }
      if (negStart >= 0) break;
    }
  }
  if (negStart < 0) return false;
  // Double negation ("不是没有破损") cancels.
  if (negStart > clauseStart && lex.adjacentNegators.has(text[negStart - 1] as string))
    return false;
  for (const n of lex.scopedNegators) {
    if (negStart - n.length >= clauseStart && text.startsWith(n, negStart - n.length)) return false;
  }
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const CN_DIGITS = "零一二两三四五六七八九";

/** A Chinese-numeral amount such as 三千, 两万, 一万五千, 八百 at `at`; value 0 when none. */
function chineseAmount(text: string, at: number): { value: number; end: number } {
  let total = 0;
  let digit = -1;
  let i = at;
  while (i < text.length && i - at < 12) {
    const ch = text[i] as string;
    const d = CN_DIGITS.indexOf(ch);
    if (d >= 0) {
      digit = d === 3 ? 2 : d > 3 ? d - 1 : d;
      i++;
      continue;
    }
    const unit =
      ch === "十" ? 10 : ch === "百" ? 100 : ch === "千" ? 1000 : ch === "万" ? 10_000 : 0;
    if (unit === 0) break;
    if (unit === 10_000) total = (total + Math.max(digit, 0)) * unit;
    else total += (digit < 0 ? 1 : digit) * unit;
    digit = -1;
    i++;
  }
  if (digit > 0 && total >= 1000) total += digit * (total >= 10_000 ? 1000 : 100);
  return { value: total, end: i };
}

/** Amounts of money: "3000元", "2.5万", "¥800", "价值1200", "保价三千". Also "打了5次" repeat counts. */
function scanNumbers(text: string): { amounts: ScannedAmount[]; repeatCount: number } {
  const amounts: ScannedAmount[] = [];
  let repeatCount = 0;
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      if (
        (text.startsWith("保价", i) || text.startsWith("价值", i)) &&
        !isDigit(text.charCodeAt(i + 2))
      ) {
        const cn = chineseAmount(text, i + 2);
        if (cn.value > 0) amounts.push({ value: cn.value, start: i + 2, end: cn.end });
        i = Math.max(i + 2, cn.end);
        continue;
      }
      i++;
      continue;
    }
    const start = i;
    let digits = "";
    while (i < text.length && i - start < 24) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) digits += text[i];
      else if (
        (c === 46 && isDigit(text.charCodeAt(i + 1))) ||
        (c === 44 && isDigit(text.charCodeAt(i + 1)))
      ) {
        if (c === 46) digits += ".";
      } else break;
      i++;
    }
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    let value = Number(digits);
    const next = text[i];
    let end = i;
    let money = false;
    if (next === "万" || next === "w") {
      value *= 10_000;
      end++;
      money = text[end] === "元" || text[end] === "块" || next === "万";
      if (text[end] === "元" || text[end] === "块") end++;
    } else if (next === "元" || next === "块") {
      money = true;
      end++;
    } else if (text.startsWith("rmb", i)) {
      money = true;
      end += 3;
    } else if (next === "次") {
      if (Number.isFinite(value) && value >= 3 && value < 1000)
        repeatCount = Math.max(repeatCount, value);
    }
    const before = text.slice(Math.max(0, start - 3), start);
    if (
      !money &&
      (before.endsWith("¥") ||
        before.endsWith("价值") ||
        before.endsWith("保价") ||
        before.endsWith("价值是"))
    )
      money = true;
    if (money && Number.isFinite(value)) amounts.push({ value, start, end });
    i = Math.max(i, end);
  }
  return { amounts, repeatCount };
}

/** Every category at score 0: the start of a scan, and the scores of text with no cue. */
export const NO_SCORES: Readonly<Record<CategoryId, number>> = {
  delay: 0,
  loss: 0,
  damage: 0,
  "delivery-service": 0,
  "pickup-service": 0,
  "improper-charge": 0,
  cod: 0,
  other: 0,
};

/** @internal Scans a folded text with a compiled lexicon. */
export function scanText(text: string, lex: CompiledLexicon): Scan {
  const parts = clauses(text, lex);
  const covered = new Uint8Array(text.length);
  const cues: ScannedCue[] = [];
  const categoryScores: Record<CategoryId, number> = { ...NO_SCORES };
  const totals = { generic: 0, request: 0, praise: 0, dispute: 0, perishable: 0, customs: 0 };
  const signals = new Map<Exclude<EscalationSignal, "prior-escalation">, ScannedCue>();
  const signalSums = new Map<string, number>();
  let questionClauses = 0;
  for (const clause of parts) {
    if (clause.question || clause.damped === true) questionClauses++;
    let i = clause.bodyStart;
    while (i < clause.end) {
      const candidates = lex.byFirst.get(text[i] as string);
      let found: { text: string; hits: readonly CueHit[] } | undefined;
      if (candidates !== undefined) {
        for (const entry of candidates) {
          if (i + entry.text.length <= clause.end && text.startsWith(entry.text, i)) {
            found = entry;
            break;
          }
        }
      }
      if (found === undefined) {
        i++;
        continue;
      }
      const end = i + found.text.length;
      const neutral = found.hits.every((h) => h.kind === "neutral");
      const negated = !neutral && negatedAt(text, i, clause.bodyStart, covered, lex);
      for (let k = i; k < end; k++) covered[k] = 1;
      if (!neutral) {
        const cue: ScannedCue = {
          start: i,
          end,
          text: found.text,
          hits: found.hits,
          negated,
          clauseWeight: clause.weight,
          question: clause.damped === true,
        };
        cues.push(cue);
        for (const hit of found.hits) {
          const q = clause.damped === true ? QUESTION_FACTOR : 1;
          switch (hit.kind) {
            case "category":
              if (!negated) categoryScores[hit.category] += hit.weight * clause.weight * q;
              // "没有破损" states that nothing went wrong: evidence against a complaint.
              else totals.praise += hit.weight * clause.weight * 0.5;
              break;
            case "generic":
              if (!negated) totals.generic += hit.weight * clause.weight * q;
              break;
            case "praise":
              if (!negated) totals.praise += hit.weight * clause.weight;
              break;
            case "dispute":
              if (!negated) totals.dispute += hit.weight * clause.weight;
              break;
            case "request":
              totals.request += hit.weight * clause.weight;
              break;
            case "perishable":
              totals.perishable += hit.weight;
              break;
            case "customs":
              totals.customs += hit.weight;
              break;
            case "escalation": {
              const excluded = hit.signal === "compensation" && (negated || clause.damped === true);
              // A signal is raised by one strong cue (weight ≥ 2) or by weaker ones adding up to 3
              // ("垃圾" once is venting; "垃圾垃圾" is not).
              const sum = (signalSums.get(hit.signal) ?? 0) + (excluded ? 0 : hit.weight);
              signalSums.set(hit.signal, sum);
              const strong = !excluded && (hit.weight >= 2 || sum >= 3);
              const prev = signals.get(hit.signal);
              if (strong && (prev === undefined || weightOf(prev, hit.signal) < hit.weight))
                signals.set(hit.signal, cue);
              if (!negated)
                totals.generic +=
                  hit.weight * clause.weight * (hit.signal === "compensation" ? q : 1) * 0.5;
              break;
            }
            default:
              break;
          }
        }
      }
      i = end;
    }
  }
  const { amounts, repeatCount } = scanNumbers(text);
  return {
    cues,
    categoryScores,
    ...totals,
    signals,
    questionClauses,
    amounts,
    repeatCount,
  };
}

function weightOf(cue: ScannedCue, signal: string): number {
  for (const h of cue.hits) if (h.kind === "escalation" && h.signal === signal) return h.weight;
  return 0;
}
