/**
 * GSM 03.38 default alphabet (TS 23.038 §6.2.1): the 128-code basic table and the 10 characters
 * of the extension table reached through ESC. Written as literal strings (index = GSM code) and
 * turned into a lookup table on first use, so importing the module costs nothing.
 */

// Basic table, code 0x00..0x7F. 0x1B (ESC) is a placeholder: a literal U+001B in a text is not a
// GSM character (Twilio and @trt2 agree), so it is skipped when the lookup is built.
// 0x09 is capital Ç as in ETSI (not the small ç of unicode.org GSM0338.TXT).
const BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

// Extension table: form feed (page break), ^ { } \ [ ~ ] | €. Each costs 2 septets (ESC + code).
const EXTENSION = "\f^{}\\[~]|€";

/** No GSM-7 form: the whole message must go out as UCS-2. */
export const GSM_NONE = 0;
/** A basic-table character: 1 septet. */
export const GSM_BASIC = 1;
/** An extension-table character: 2 septets (escape pair), never split across parts. */
export const GSM_EXTENSION = 2;

let table: Uint8Array | undefined;

/** Septet cost per BMP code unit below U+20AD (the highest is € U+20AC); 0 = not GSM. */
export function gsmTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x20ad);
  for (let i = 0; i < BASIC.length; i++) {
    const c = BASIC.charCodeAt(i);
    if (c !== 0x1b) t[c] = GSM_BASIC;
  }
  for (let i = 0; i < EXTENSION.length; i++) t[EXTENSION.charCodeAt(i)] = GSM_EXTENSION;
  table = t;
  return t;
}
