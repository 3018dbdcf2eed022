import { foldText as coreFoldText, isNormalText, isRemovedFormatChar } from "../core/normalize.ts";

const COLLAPSE = { collapseSpaces: true } as const;

/** True when `foldText(s)` is `s` itself: most form fields, which then skip the normaliser. */
export function isPlain(s: string): boolean {
  return isNormalText(s, COLLAPSE);
}

/** Form-field folding: `normalizeText(s, { collapseSpaces: true }).text`, free when `s` is plain. */
export function foldText(s: string): string {
  return coreFoldText(s, COLLAPSE);
}

/**
 * The code unit the goods matcher sees for `c`, or -1 when the character is dropped: full-width
 * ASCII folds to ASCII, compatibility ideographs and Kangxi radicals to the unified ideograph
 * (NFKC), and zero-width or bidirectional controls vanish, so "打\u200b火机" still matches. The
 * same folding `normalizeText` does, done per character so a scan needs no copy of the text.
 */
export function matchUnit(c: number): number {
  if (c < 0x80) return c;
  if (c >= 0x4e00 && c <= 0x9fff) return c;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (isRemovedFormatChar(c)) return -1;
  if ((c >= 0x2e80 && c <= 0x2fdf) || (c >= 0xf900 && c <= 0xfaff)) {
    const n = String.fromCharCode(c).normalize("NFKC");
    return n.length === 1 ? n.charCodeAt(0) : c;
  }
  return c;
}
