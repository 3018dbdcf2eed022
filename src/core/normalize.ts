/**
 * Options of {@link normalizeText}.
 *
 * @example
 * ```ts
 * import type { NormalizeTextOptions } from "kuaidi-kefu";
 * const options: NormalizeTextOptions = { lineBreaks: "remove" };
 * options.lineBreaks; // => "remove"
 * ```
 */
export interface NormalizeTextOptions {
  /**
   * What a line break (`\n`, `\r\n`, `\r`, U+2028, U+2029, U+0085) becomes: `"space"` (default),
   * `"remove"` (a wrapped SMS, whose line breaks are not content) or `"keep"` (as `\n`).
   */
  readonly lineBreaks?: "space" | "remove" | "keep";
  /** Fold runs of spaces into one and trim both ends; default `false`. */
  readonly collapseSpaces?: boolean;
}

/**
 * A normalised text and the way back to the original: `starts[i]` and `ends[i]` are the span,
 * in the original string, of the character that produced `text[i]`.
 *
 * @example
 * ```ts
 * import { normalizeText, type NormalizedText } from "kuaidi-kefu";
 * const n: NormalizedText = normalizeText("１２");
 * n.starts; // => [0, 1]
 * ```
 */
export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** The text as given. */
  readonly original: string;
  /** For each UTF-16 unit of `text`, where its source character starts in `original`. */
  readonly starts: readonly number[];
  /** For each UTF-16 unit of `text`, where its source character ends in `original`. */
  readonly ends: readonly number[];
}

const OPEN_BRACKETS = "【〖［〔〘";
const CLOSE_BRACKETS = "】〗］〕〙";

/** Zero-width, soft-hyphen and bidirectional control characters: invisible, so removed. */
export function isRemovedFormatChar(c: number): boolean {
  return (
    c === 0x00ad ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff
  );
}

function isSpaceChar(c: number): boolean {
  return (
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/**
 * Folds the many ways people type the same thing into one, for every parser of the library:
 * full-width digits, Latin letters and punctuation to ASCII (NFKC, code point by code point),
 * Chinese brackets 【】［］〔〕〖〗 to `[` `]`, every kind of space to `" "`, line breaks as chosen,
 * zero-width and bidirectional control characters removed, other control characters removed,
 * lone surrogates replaced by U+FFFD. Chinese characters and ASCII pass through unchanged.
 * `starts` / `ends` map every normalised position back to the original (see
 * {@link toOriginalSpan}), so spans found in the normalised text can be shown in the original.
 *
 * @example
 * ```ts
 * import { normalizeText } from "kuaidi-kefu";
 * normalizeText("【１１０３１０２２１】客王先生").text; // => "[110310221]客王先生"
 * normalizeText("138\n0013\u200b8000", { lineBreaks: "remove" }).text; // => "13800138000"
 * ```
 */
export function normalizeText(text: string, options?: NormalizeTextOptions): NormalizedText {
  const lineBreaks = options?.lineBreaks ?? "space";
  const collapse = options?.collapseSpaces ?? false;
  if (isNormalText(text, options)) return identity(text);
  let out = "";
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (s: string, start: number, end: number): void => {
    if (collapse && s === " " && (out.length === 0 || out.endsWith(" "))) return;
    out += s;
    for (let k = 0; k < s.length; k++) {
      starts.push(start);
      ends.push(end);
    }
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast path: printable ASCII and CJK ideographs, which NFKC leaves alone.
    if ((c >= 0x21 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff)) {
      push(text[i] as string, i, i + 1);
      i++;
      continue;
    }
    if (isLineBreak(c)) {
      const width = c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      if (lineBreaks === "space") push(" ", i, i + width);
      else if (lineBreaks === "keep") push("\n", i, i + width);
      i += width;
      continue;
    }
    if (isSpaceChar(c)) {
      push(" ", i, i + 1);
      i++;
      continue;
    }
    if (isRemovedFormatChar(c) || c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        push(refold(text.slice(i, i + 2).normalize("NFKC")), i, i + 2);
        i += 2;
      } else {
        push("\ufffd", i, i + 1);
        i++;
      }
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      push("\ufffd", i, i + 1);
      i++;
      continue;
    }
    const ch = text[i] as string;
    const open = OPEN_BRACKETS.indexOf(ch);
    if (open >= 0) {
      push("[", i, i + 1);
    } else if (CLOSE_BRACKETS.indexOf(ch) >= 0) {
      push("]", i, i + 1);
    } else if (c >= 0xff01 && c <= 0xff5e) {
      push(String.fromCharCode(c - 0xfee0), i, i + 1);
    } else if (c >= 0x3000 && c <= 0x30ff) {
      // CJK punctuation (、。「」) and kana: NFKC leaves them alone, keep them as they are.
      push(ch, i, i + 1);
    } else {
      push(refold(ch.normalize("NFKC")), i, i + 1);
    }
    i++;
  }
  if (collapse && out.endsWith(" ")) {
    out = out.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { text: out, original: text, starts, ends };
}

/**
 * NFKC can produce characters this function folds further (a vertical-form bracket becomes
 * 〖, a compatibility space becomes U+0020): fold those too, so that normalising is idempotent.
 */
function refold(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (OPEN_BRACKETS.includes(ch)) out += "[";
    else if (CLOSE_BRACKETS.includes(ch)) out += "]";
    else if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (isSpaceChar(c) || isLineBreak(c)) out += " ";
    else if (isRemovedFormatChar(c) || c < 0x20 || (c >= 0x7f && c <= 0x9f)) continue;
    else out += ch;
  }
  return out;
}

/**
 * True when {@link normalizeText} would return `text` unchanged, every character mapping to
 * itself: printable ASCII and CJK ideographs, plus spaces (with `collapseSpaces`, only single
 * inner ones). Most form fields and numbers are like this, so callers that need only the text
 * skip the general normaliser and its position maps for them.
 */
export function isNormalText(text: string, options?: NormalizeTextOptions): boolean {
  const collapse = options?.collapseSpaces ?? false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x21 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff)) continue;
    if (c === 0x20 && (!collapse || (i > 0 && i < n - 1 && text.charCodeAt(i - 1) !== 0x20)))
      continue;
    return false;
  }
  return true;
}

/**
 * `normalizeText(text, options).text` without building position maps, and without any work at
 * all when the text is already normal: for callers that need the folded text only.
 */
export function foldText(text: string, options?: NormalizeTextOptions): string {
  return isNormalText(text, options) ? text : normalizeText(text, options).text;
}

function identity(text: string): NormalizedText {
  const n = text.length;
  const starts = new Array<number>(n);
  const ends = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text, original: text, starts, ends };
}

/**
 * Maps a span `[start, end)` of the normalised text back to the span of the original text it
 * came from.
 *
 * @example
 * ```ts
 * import { normalizeText, toOriginalSpan } from "kuaidi-kefu";
 * const n = normalizeText("电话：１３８\n００１３８０００", { lineBreaks: "remove" });
 * const start = n.text.indexOf("13800138000");
 * toOriginalSpan(n, start, start + 11); // => [3, 15]
 * ```
 */
export function toOriginalSpan(
  normalized: NormalizedText,
  start: number,
  end: number,
): [number, number] {
  const len = normalized.text.length;
  if (len === 0) return [0, 0];
  const s = Math.max(0, Math.min(start, len));
  const e = Math.max(s, Math.min(end, len));
  if (s === e) {
    const at = s < len ? (normalized.starts[s] as number) : normalized.original.length;
    return [at, at];
  }
  return [normalized.starts[s] as number, normalized.ends[e - 1] as number];
}
