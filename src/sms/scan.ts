import { normalizeText, type NormalizedText } from "../core/normalize.ts";

/**
 * The text a parser of this module scans: the SMS normalised (full-width to half-width, 【】
 * to [], line breaks removed: a received SMS wraps anywhere) and with spaces dropped except
 * between two digits, plus the way back to the original for spans.
 */
export interface ScanText {
  readonly w: string;
  /** The original text. */
  readonly original: string;
  /**
   * True when `w` is the original itself (nothing to normalise, no space dropped): spans are
   * then the scan positions, and `norm` / `map` are not built.
   */
  readonly identity: boolean;
  readonly norm?: NormalizedText;
  /** For each unit of `w`, its index in `norm.text`. */
  readonly map?: Int32Array;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Punctuation that only separates fields in a dispatch SMS. */
export function isSeparator(c: number): boolean {
  return (
    c === 0x2c || // ,
    c === 0x3002 || // 。
    c === 0x3001 || // 、
    c === 0x3b || // ;
    c === 0x3a || // :
    c === 0x2f || // /
    c === 0x20 ||
    c === 0x7c || // |
    c === 0x21 // !
  );
}

/**
 * True when normalisation would leave the text as it is and no space needs dropping: printable
 * ASCII without spaces, CJK ideographs, 。 and 、 (the usual received SMS).
 */
function alreadyPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x21 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3002 || c === 0x3001))
      return false;
  }
  return true;
}

export function prepareScan(text: string): ScanText {
  if (alreadyPlain(text)) return { w: text, original: text, identity: true };
  const norm = normalizeText(text, { lineBreaks: "remove" });
  const t = norm.text;
  const map = new Int32Array(t.length);
  let w = "";
  let n = 0;
  let runStart = 0;
  // Copy runs of kept characters in one slice each; a space is kept only between two digits or
  // two Chinese characters.
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 0x20) {
      const before = k > 0 ? t.charCodeAt(k - 1) : 0;
      let after = k + 1;
      while (t.charCodeAt(after) === 0x20) after++;
      const next = t.charCodeAt(after);
      // A space separates two numbers (138 2303 3212) or two words (杭州 马云); elsewhere it is padding.
      const keep =
        before !== 0x20 && ((isDigit(before) && isDigit(next)) || (isHan(before) && isHan(next)));
      if (!keep) {
        if (k > runStart) w += t.slice(runStart, k);
        runStart = k + 1;
        continue;
      }
    }
    map[n++] = k;
  }
  if (t.length > runStart) w += t.slice(runStart);
  return {
    w,
    original: text,
    identity: false,
    norm,
    map: n === t.length ? map : map.subarray(0, n),
  };
}

/** The span in the original text of `[start, end)` of the scan text. */
export function originalSpan(s: ScanText, start: number, end: number): [number, number] {
  if (s.identity) return [start, Math.max(start, end)];
  const norm = s.norm as NormalizedText;
  const map = s.map as Int32Array;
  if (end <= start) {
    const k = start < map.length ? (map[start] as number) : norm.text.length;
    const at = k < norm.starts.length ? (norm.starts[k] as number) : norm.original.length;
    return [at, at];
  }
  const a = map[start] as number;
  const b = map[end - 1] as number;
  return [norm.starts[a] as number, norm.ends[b] as number];
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/**
 * The original text of a span as a field value: line breaks (wrapping) removed, full-width
 * ASCII folded to half-width, spaces trimmed; everything else (… included) as written.
 */
export function originalText(s: ScanText, start: number, end: number): string {
  const [a, b] = originalSpan(s, start, end);
  const src = s.original;
  if (s.identity) return src.slice(a, b);
  let out = "";
  let from = a;
  for (let i = a; i < b; i++) {
    const c = src.charCodeAt(i);
    if (isLineBreak(c)) {
      out += src.slice(from, i);
      from = i + 1;
    } else if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) {
      out += src.slice(from, i) + (c === 0x3000 ? " " : String.fromCharCode(c - 0xfee0));
      from = i + 1;
    }
  }
  out += src.slice(from, b);
  return out.trim();
}
