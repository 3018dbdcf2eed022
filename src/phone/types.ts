import type { LocaleOptions } from "../core/issue.ts";

/**
 * What a number is: `mobile` (11-digit 1xx), `landline` (area code + local number), `service`
 * (nationwide 400 / 800 / 950 numbers) or `short` (hotlines such as SF's 95338, 96xxx city
 * hotlines, carrier and public services such as 10086 or 12345, emergency numbers).
 *
 * @example
 * ```ts
 * import type { PhoneKind } from "kuaidi-kefu/phone";
 * const kind: PhoneKind = "landline";
 * kind; // => "landline"
 * ```
 */
export type PhoneKind = "mobile" | "landline" | "service" | "short";

/**
 * The four {@link PhoneKind}s, for option lists and schemas (`z.enum(PHONE_KINDS)`).
 *
 * @example
 * ```ts
 * import { PHONE_KINDS } from "kuaidi-kefu/phone";
 * PHONE_KINDS; // => ["mobile", "landline", "service", "short"]
 * ```
 */
export const PHONE_KINDS = [
  "mobile",
  "landline",
  "service",
  "short",
] as const satisfies readonly PhoneKind[];

/**
 * Stable identifiers of the four mainland mobile networks.
 *
 * @example
 * ```ts
 * import type { NetworkId } from "kuaidi-kefu/phone";
 * const id: NetworkId = "china-mobile";
 * id; // => "china-mobile"
 * ```
 */
export type NetworkId = "china-mobile" | "china-unicom" | "china-telecom" | "china-broadnet";

/**
 * The network a mobile number's prefix was assigned to. Since number portability (携号转网,
 * 2019-12-01) a subscriber may have moved to another network, so `mayBePorted` is always
 * `true`: the prefix tells where the number came from, not where it is now.
 *
 * @example
 * ```ts
 * import { parsePhone } from "kuaidi-kefu/phone";
 * const r = parsePhone("13823033212");
 * r.ok && r.value.network; // => { id: "china-mobile", name: "移动", nameEn: "China Mobile", virtual: false, mayBePorted: true }
 * ```
 */
export interface MobileNetwork {
  /** Stable English identifier. */
  readonly id: NetworkId;
  /** Short Chinese name: 移动, 联通, 电信 or 广电. */
  readonly name: "移动" | "联通" | "电信" | "广电";
  /** English name. */
  readonly nameEn: "China Mobile" | "China Unicom" | "China Telecom" | "China Broadnet";
  /** True for a virtual-operator range (虚拟运营商, 162/165/167/170/171) hosted on this network. */
  readonly virtual: boolean;
  /** Always true: the prefix proves the original network only (number portability). */
  readonly mayBePorted: true;
}

/**
 * A parsed mainland China phone number, as plain data.
 *
 * - `national`: digits only, national form, trunk `0` kept on landlines ("057125852654").
 * - `display`: the form people write: "138 2303 3212", "0571-25852654", "400-811-1111", "95338",
 *   with an extension as "0571-25852654转802".
 * - `e164`: "+8613823033212", "+8657125852654"; absent for short numbers, which cannot be
 *   dialled from abroad.
 *
 * @example
 * ```ts
 * import { parsePhone } from "kuaidi-kefu/phone";
 * const r = parsePhone("(0571)25852654转802");
 * r.ok && r.value.national; // => "057125852654"
 * r.ok && r.value.extension; // => "802"
 * r.ok && r.value.display; // => "0571-25852654转802"
 * ```
 */
export interface PhoneNumber {
  /** What the number is. */
  readonly kind: PhoneKind;
  /** Digits only, national form (trunk 0 on landlines), without the extension. */
  readonly national: string;
  /** Human form (see above), including the extension. */
  readonly display: string;
  /** E.164 form, when the number has one (not for short numbers). */
  readonly e164?: string;
  /** Landlines: the area code with its trunk 0 ("0571", "010"). */
  readonly areaCode?: string;
  /** Landlines: the local number ("25852654"). */
  readonly local?: string;
  /** The extension (分机), digits only. */
  readonly extension?: string;
  /** Mobiles: the network the prefix was assigned to, when published. */
  readonly network?: MobileNetwork;
  /** Landlines: province of the area code, when the built-in table knows it. */
  readonly province?: string;
  /** Landlines: city of the area code, when the built-in table knows it. */
  readonly city?: string;
}

/**
 * Options of {@link parsePhone}, {@link isPhone} and {@link isMobile}.
 *
 * @example
 * ```ts
 * import { parsePhone, type ParsePhoneOptions } from "kuaidi-kefu/phone";
 * const options: ParsePhoneOptions = { locale: "en", kinds: ["mobile", "landline"] };
 * parsePhone("95338", options).ok; // => false
 * ```
 */
export interface ParsePhoneOptions extends LocaleOptions {
  /** Longest accepted input in UTF-16 units; default 100 (`phone/too-long` beyond). */
  readonly maxLength?: number;
  /** Kinds to accept; others give `phone/kind-not-allowed`. Default: all four. */
  readonly kinds?: readonly PhoneKind[];
  /**
   * Also read digits as spoken on a phone call: 零〇洞 0, 一幺 1, 二两 2, 三 3, 四 4, 五 5, 六 6,
   * 七拐 7, 八 8, 九勾 9 (for notes typed while listening). Default `false`.
   */
  readonly spokenDigits?: boolean;
}

/**
 * A number found in free text by {@link findPhones}: the number, and where it is in the
 * original text (`text.slice(start, end) === raw`).
 *
 * @example
 * ```ts
 * import { findPhones } from "kuaidi-kefu/phone";
 * const [m] = findPhones("客王先生13823033212配件");
 * m && [m.raw, m.start, m.end]; // => ["13823033212", 4, 15]
 * ```
 */
export interface PhoneMatch {
  /** The parsed number. */
  readonly number: PhoneNumber;
  /** The matched text, as written in the original. */
  readonly raw: string;
  /** Start offset in the original text (UTF-16 units). */
  readonly start: number;
  /** End offset (exclusive) in the original text. */
  readonly end: number;
}

/**
 * Options of {@link findPhones}.
 *
 * @example
 * ```ts
 * import { findPhones, type FindPhonesOptions } from "kuaidi-kefu/phone";
 * const options: FindPhonesOptions = { kinds: ["mobile"] };
 * findPhones("致电95338或13823033212", options).length; // => 1
 * ```
 */
export interface FindPhonesOptions {
  /** Only text up to this length is scanned (UTF-16 units); default 10 000. */
  readonly maxLength?: number;
  /** Kinds to report; default all four (short numbers only as 95xxx/96xxx and well-known hotlines). */
  readonly kinds?: readonly PhoneKind[];
}
