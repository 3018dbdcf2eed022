import { parsePhone } from "../phone/index.ts";

/**
 * The phone numbers of a dispatch SMS in the two forms the encoder writes: `display` (landline
 * area code and local number joined by a dash, the form of the manual: `0571-25852654`) and
 * `compact` (digits only, one character shorter; the area code is recovered when reading).
 */
export interface SmsPhone {
  readonly display: string;
  readonly compact: string;
}

function isLocalOnly(raw: string): boolean {
  const n = raw.length;
  if (n < 7 || n > 8 || raw[0] === "0" || raw[0] === "1") return false;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * Reads one phone number as an SMS carries it (through `kuaidi-kefu/phone`) and gives its
 * display and compact forms; `undefined` when it is not a phone number. A 7-8 digit local
 * number without area code is accepted as written (the manual allows it).
 */
export function smsPhone(raw: string): SmsPhone | undefined {
  const r = parsePhone(raw);
  if (!r.ok) return isLocalOnly(raw) ? { display: raw, compact: raw } : undefined;
  const n = r.value;
  if (n.extension !== undefined) return { display: n.display, compact: n.display };
  if (n.kind === "landline" && n.areaCode !== undefined && n.local !== undefined) {
    return { display: `${n.areaCode}-${n.local}`, compact: n.national };
  }
  return { display: n.national, compact: n.national };
}
