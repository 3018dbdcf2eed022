/** Character classes and extension markers shared by parsePhone and findPhones. Internal. */

/** ASCII digit test on a UTF-16 code unit. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Dashes people put between digit groups (ASCII and Unicode hyphens, dashes, minus). */
export function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

/** Characters that may separate digit groups inside one number. */
export function isSeparator(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x2e ||
    c === 0x28 ||
    c === 0x29 ||
    c === 0x5b ||
    c === 0x5d ||
    c === 0x2f ||
    isDash(c)
  );
}

// Longest first, so "分机号" wins over "分机" and "ext." over "ext" and "x".
const MARKERS = ["extension", "分机号", "ext.", "分机", "内线", "ext", "转", "x", "#"] as const;

/** Length of the extension marker at `i` (ASCII case-insensitive), or 0. */
export function markerAt(s: string, i: number): number {
  for (const m of MARKERS) {
    if (i + m.length > s.length) continue;
    let same = true;
    for (let k = 0; k < m.length; k++) {
      let c = s.charCodeAt(i + k);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== m.charCodeAt(k)) {
        same = false;
        break;
      }
    }
    if (same) return m.length;
  }
  return 0;
}

/** Characters allowed between an extension marker and its digits. */
export function isExtensionFiller(c: number): boolean {
  return c === 0x20 || c === 0x3a || c === 0x2e || isDash(c);
}
