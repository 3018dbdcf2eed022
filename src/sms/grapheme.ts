/**
 * Where a long SMS may be cut. A cut must never fall inside a surrogate pair (TS 23.040: "a UCS2
 * character shall not be split") and, like Twilio and Android, never inside a grapheme cluster
 * (an emoji ZWJ sequence, a flag, a letter with its combining marks). Almost every cut in a
 * Chinese or Latin text falls between two "inert" characters, which is decided from the two code
 * units alone; only the rare cut next to something else asks `Intl.Segmenter`, built once.
 */

/**
 * True for a code unit that never joins a grapheme cluster with its neighbour: it is not Extend,
 * ZWJ, SpacingMark, Prepend, Regional Indicator, Hangul jamo or a surrogate. Ranges are
 * conservative (anything unsure falls through to the segmenter).
 */
export function isInert(c: number): boolean {
  if (c < 0x0300) return true; // controls (CR/LF may be split, as Twilio does), ASCII, Latin
  if (c < 0x2000) return c >= 0x0370 && c <= 0x0482; // Greek, Cyrillic letters
  if (c < 0x3000) {
    return (
      c <= 0x200a || // typographic spaces
      (c >= 0x2010 && c <= 0x2027) ||
      (c >= 0x2030 && c <= 0x205f) ||
      (c >= 0x20a0 && c <= 0x20c0) // currency signs, € among them
    );
  }
  if (c < 0x3400)
    return c <= 0x3029 || (c >= 0x3030 && c <= 0x3098) || (c >= 0x309b && c <= 0x30ff);
  if (c <= 0x4dbf) return true; // CJK Extension A
  if (c < 0x4e00) return false;
  if (c <= 0x9fff) return true; // CJK Unified Ideographs
  return c >= 0xff01 && c <= 0xff9d; // full-width ASCII, half-width katakana (not the sound marks)
}

let segmenter: Intl.Segmenter | undefined;

function graphemeSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  return segmenter;
}

/** A lazily created grapheme segmentation of one text, shared by all cuts of one call. */
export interface CutContext {
  readonly text: string;
  readonly graphemes: boolean;
  segments?: Intl.Segments;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The last allowed cut at or before `end` and after `start` (`start` < `end` < text length):
 * `end` itself when nothing straddles it, else the start of the cluster that does. A cluster
 * longer than a whole part is cut between code points, as no better cut exists.
 */
export function cutBefore(ctx: CutContext, start: number, end: number): number {
  const text = ctx.text;
  const a = text.charCodeAt(end - 1);
  const b = text.charCodeAt(end);
  if (isInert(a) && isInert(b)) return end;
  const codePointCut = isHigh(a) && isLow(b) && end - 1 > start ? end - 1 : end;
  if (!ctx.graphemes) return codePointCut;
  ctx.segments ??= graphemeSegmenter().segment(text);
  const seg = ctx.segments.containing(end);
  if (!seg || seg.index >= end) return end;
  if (seg.index > start) return seg.index;
  return codePointCut;
}
