/**
 * The phone numbers of a dispatch SMS in the two forms the encoder writes: `display` (landline
 * area code and local number joined by a dash, the form of the manual: `0571-25852654`) and
 * `compact` (digits only, one character shorter; the area code is recovered when reading).
 */
export interface SmsPhone {
  readonly display: string;
  readonly compact: string;
}

function digitsOnly(raw: string): string | undefined {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) out += raw[i];
    else if (c !== 0x2d && c !== 0x20) return undefined;
  }
  return out;
}

/** Area codes of the four municipalities and the 02x block have 3 digits; the rest 4. */
function areaCodeLength(d: string): number {
  return d[1] === "1" || d[1] === "2" ? 3 : 4;
}

/**
 * Reads one phone number as an SMS carries it (digits with optional dashes or spaces) and gives
 * its display and compact forms; `undefined` when it is not a phone number.
 */
export function smsPhone(raw: string): SmsPhone | undefined {
  const d = digitsOnly(raw);
  if (d === undefined) return undefined;
  const n = d.length;
  if (n === 11 && d[0] === "1" && d.charCodeAt(1) >= 0x33) return { display: d, compact: d };
  if (d[0] === "0" && d[1] !== "0" && n >= 10 && n <= 12) {
    const a = areaCodeLength(d);
    const local = d.slice(a);
    if (local.length >= 7 && local.length <= 8 && local[0] !== "0" && local[0] !== "1") {
      return { display: `${d.slice(0, a)}-${local}`, compact: d };
    }
    return undefined;
  }
  if (n === 10 && (d.startsWith("400") || d.startsWith("800"))) return { display: d, compact: d };
  if ((n === 7 || n === 8) && d[0] !== "0" && d[0] !== "1") return { display: d, compact: d };
  if (n === 5 && d.startsWith("95")) return { display: d, compact: d };
  return undefined;
}
