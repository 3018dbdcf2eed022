import type { KefuIssue, MessageCatalog } from "../core/issue.ts";
import type { PhoneKind } from "./types.ts";

/**
 * The parameters each phone issue code carries besides `code` and `message`.
 *
 * @example
 * ```ts
 * import type { PhoneIssueParams } from "kuaidi-kefu/phone";
 * const p: PhoneIssueParams["phone/unknown-area-code"] = { areaCode: "0999" };
 * p.areaCode; // => "0999"
 * ```
 */
export type PhoneIssueParams = {
  "phone/not-text": { readonly received: string };
  "phone/too-long": { readonly length: number; readonly max: number };
  "phone/empty": Record<never, never>;
  "phone/invalid-characters": { readonly character: string; readonly index: number };
  "phone/invalid-length": { readonly digits: number };
  "phone/invalid-prefix": { readonly prefix: string };
  "phone/unknown-area-code": { readonly areaCode: string };
  "phone/invalid-local-number": { readonly areaCode: string; readonly local: string };
  "phone/missing-area-code": { readonly digits: number };
  "phone/data-only-number": { readonly prefix: string };
  "phone/not-mainland": { readonly prefix: string };
  "phone/invalid-extension": { readonly extension: string };
  "phone/kind-not-allowed": { readonly kind: PhoneKind; readonly allowed: readonly PhoneKind[] };
};

/**
 * Every issue {@link parsePhone} can return, as a union of {@link KefuIssue}s: the `code` is
 * stable API (listed in the phone guide), `message` is in the requested locale, and the other
 * fields are the code's parameters.
 *
 * @example
 * ```ts
 * import { parsePhone, type PhoneError } from "kuaidi-kefu/phone";
 * const r = parsePhone("14512345678", { locale: "en" });
 * const e: PhoneError | undefined = r.ok ? undefined : r.error;
 * e?.code; // => "phone/data-only-number"
 * ```
 */
export type PhoneError = {
  [C in keyof PhoneIssueParams]: KefuIssue<C, PhoneIssueParams[C]>;
}[keyof PhoneIssueParams];

/**
 * The stable codes of {@link PhoneError}, in the order the phone guide lists them.
 *
 * @example
 * ```ts
 * import { PHONE_ERROR_CODES } from "kuaidi-kefu/phone";
 * PHONE_ERROR_CODES.includes("phone/invalid-length"); // => true
 * ```
 */
export const PHONE_ERROR_CODES: readonly PhoneError["code"][] = [
  "phone/not-text",
  "phone/too-long",
  "phone/empty",
  "phone/invalid-characters",
  "phone/invalid-length",
  "phone/invalid-prefix",
  "phone/unknown-area-code",
  "phone/invalid-local-number",
  "phone/missing-area-code",
  "phone/data-only-number",
  "phone/not-mainland",
  "phone/invalid-extension",
  "phone/kind-not-allowed",
];

const kindZh: Record<PhoneKind, string> = {
  mobile: "手机",
  landline: "固话",
  service: "400/800 号码",
  short: "短号",
};

/**
 * The zh-CN and English messages of every phone code.
 *
 * @example
 * ```ts
 * import { PHONE_MESSAGES } from "kuaidi-kefu/phone";
 * PHONE_MESSAGES["phone/empty"].en({}); // => "the phone number is empty"
 * ```
 */
export const PHONE_MESSAGES: MessageCatalog<PhoneIssueParams> = {
  "phone/not-text": {
    "zh-CN": (p) => `电话号码不是文本（收到 ${p.received}）`,
    en: (p) => `the phone number is not text (got ${p.received})`,
  },
  "phone/too-long": {
    "zh-CN": (p) => `电话号码过长：${p.length} 个字符，上限 ${p.max}`,
    en: (p) => `the phone number is too long: ${p.length} characters, limit ${p.max}`,
  },
  "phone/empty": {
    "zh-CN": () => "电话号码为空",
    en: () => "the phone number is empty",
  },
  "phone/invalid-characters": {
    "zh-CN": (p) => `电话号码含有无效字符“${p.character}”（第 ${p.index + 1} 个字符）`,
    en: (p) =>
      `the phone number contains an invalid character "${p.character}" (at ${p.index + 1})`,
  },
  "phone/invalid-length": {
    "zh-CN": (p) => `电话号码位数不对：${p.digits} 位数字`,
    en: (p) => `the phone number has the wrong number of digits: ${p.digits}`,
  },
  "phone/invalid-prefix": {
    "zh-CN": (p) => `不存在以 ${p.prefix} 开头的号码`,
    en: (p) => `no phone numbers start with ${p.prefix}`,
  },
  "phone/unknown-area-code": {
    "zh-CN": (p) => `未知的长途区号 ${p.areaCode}`,
    en: (p) => `unknown area code ${p.areaCode}`,
  },
  "phone/invalid-local-number": {
    "zh-CN": (p) => `区号 ${p.areaCode} 后的本地号码 ${p.local} 无效`,
    en: (p) => `the local number ${p.local} after area code ${p.areaCode} is invalid`,
  },
  "phone/missing-area-code": {
    "zh-CN": (p) => `${p.digits} 位的固话号码缺少区号`,
    en: (p) => `the ${p.digits}-digit landline number lacks its area code`,
  },
  "phone/data-only-number": {
    "zh-CN": (p) => `${p.prefix} 号段是上网卡或物联网号码，不能作为联系电话`,
    en: (p) => `${p.prefix} numbers are data-only or IoT numbers, not contact phones`,
  },
  "phone/not-mainland": {
    "zh-CN": (p) => `不是中国大陆号码（国际前缀 ${p.prefix}）`,
    en: (p) => `not a mainland China number (international prefix ${p.prefix})`,
  },
  "phone/invalid-extension": {
    "zh-CN": (p) => `分机号“${p.extension}”无效（1 到 6 位数字，仅用于固话和 400/800 号码）`,
    en: (p) =>
      `invalid extension "${p.extension}" (1 to 6 digits, only on landlines and 400/800 numbers)`,
  },
  "phone/kind-not-allowed": {
    "zh-CN": (p) =>
      `此处不接受${kindZh[p.kind]}，可用：${p.allowed.map((k) => kindZh[k]).join("、")}`,
    en: (p) => `${p.kind} numbers are not accepted here (accepted: ${p.allowed.join(", ")})`,
  },
};
