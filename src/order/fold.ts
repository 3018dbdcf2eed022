import { isRemovedFormatChar, normalizeText } from "../core/normalize.ts";

/**
 * True when `normalizeText(s, { collapseSpaces: true })` would return `s` unchanged: only
 * printable ASCII and CJK ideographs (its own fast path) and single inner spaces. Most form
 * fields are like this, and skipping the general normaliser for them keeps validation cheap.
 */
export function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x21 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff)) continue;
    if (c === 0x20 && i > 0 && i < s.length - 1 && s.charCodeAt(i - 1) !== 0x20) continue;
    return false;
  }
  return true;
}

/** `normalizeText(s, { collapseSpaces: true }).text`, without the work when `s` is plain. */
export function foldText(s: string): string {
  return isPlain(s) ? s : normalizeText(s, { collapseSpaces: true }).text;
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
