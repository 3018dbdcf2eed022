import type { PhoneNumber } from "./types.ts";

/**
 * Styles of {@link formatPhone}:
 * - `"display"`: as people write it ("138 2303 3212", "0571-25852654转802");
 * - `"national"`: digits only, national form, no extension ("057125852654");
 * - `"compact"`: national digits plus "转" and the extension, no spaces: the shortest form
 *   for an SMS ("057125852654转802");
 * - `"e164"`: "+8657125852654" (short numbers have none: their national form is returned);
 * - `"international"`: "+86 571 2585 2654" with " ext. 802" for an extension.
 *
 * @example
 * ```ts
 * import type { PhoneFormatStyle } from "kuaidi-kefu/phone";
 * const style: PhoneFormatStyle = "e164";
 * style; // => "e164"
 * ```
 */
export type PhoneFormatStyle = "display" | "national" | "compact" | "e164" | "international";

function international(n: PhoneNumber): string {
  const d = n.national;
  switch (n.kind) {
    case "mobile":
      return `+86 ${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`;
    case "landline": {
      const area = (n.areaCode ?? "").slice(1);
      const local = n.local ?? "";
      const cut = local.length - 4;
      return `+86 ${area} ${local.slice(0, cut)} ${local.slice(cut)}`;
    }
    case "service":
      return `+86 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
    default:
      return d;
  }
}

/**
 * Writes a parsed number in one of the {@link PhoneFormatStyle}s.
 *
 * @example
 * ```ts
 * import { parsePhone, formatPhone } from "kuaidi-kefu/phone";
 * const r = parsePhone("0571 2585 2654 ext 802");
 * r.ok && formatPhone(r.value, "international"); // => "+86 571 2585 2654 ext. 802"
 * r.ok && formatPhone(r.value, "compact"); // => "057125852654转802"
 * const m = parsePhone("13823033212");
 * m.ok && formatPhone(m.value, "e164"); // => "+8613823033212"
 * ```
 */
export function formatPhone(number: PhoneNumber, style: PhoneFormatStyle = "display"): string {
  const ext = number.extension;
  switch (style) {
    case "national":
      return number.national;
    case "compact":
      return ext === undefined ? number.national : `${number.national}转${ext}`;
    case "e164":
      return number.e164 ?? number.national;
    case "international":
      return ext === undefined ? international(number) : `${international(number)} ext. ${ext}`;
    default:
      return number.display;
  }
}
