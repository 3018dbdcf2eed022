import { PHONE_MESSAGES } from "../phone/index.ts";
import {
  createIssue,
  type IssuePath,
  type KefuIssue,
  type Locale,
  type MessageCatalog,
} from "../core/issue.ts";

// Field labels by dotted path (array indexes dropped), for messages in both languages.
const LABELS: Readonly<Record<string, readonly [string, string]>> = {
  "": ["订单", "order"],
  channel: ["下单渠道", "channel"],
  shipper: ["发货人（提货联系人）", "shipper (pickup contact)"],
  "shipper.name": ["发货人姓名", "shipper name"],
  "shipper.phone": ["提货电话", "pickup phone"],
  consignee: ["收货人", "consignee"],
  "consignee.name": ["收货人姓名", "consignee name"],
  "consignee.phone": ["收货人电话", "consignee phone"],
  goods: ["货物", "goods"],
  "goods.name": ["货物名称", "goods name"],
  "goods.description": ["货物描述", "goods description"],
  "goods.pieces": ["件数", "number of pieces"],
  "goods.weight": ["重量", "weight"],
  "goods.pieceWeight": ["单件重量", "weight per piece"],
  "goods.volume": ["体积（方数）", "volume (m³)"],
  "goods.dimensions": ["单件尺寸", "piece dimensions"],
  "goods.condition": ["新旧", "new or used"],
  "goods.packaging": ["包装", "packaging"],
  "goods.declaredValue": ["保价金额", "declared value"],
  "goods.embargoed": ["禁运标记", "embargo flag"],
  pickupAddress: ["提货地址", "pickup address"],
  destination: ["目的地（收货地址）", "destination (delivery address)"],
  payment: ["运费结算方式", "payment method"],
  "payment.method": ["运费结算方式", "payment method"],
  "payment.monthlyAccount": ["月结账号", "monthly account number"],
  pickupFee: ["提货费", "pickup fee"],
  deliveryFee: ["送货费", "delivery fee"],
  orderedAt: ["下单时间", "order time"],
  remarks: ["客户留言", "customer remarks"],
};

/**
 * The label of a field path in a locale: `["goods", "weight"]` → 重量 / weight.
 *
 * @example
 * ```ts
 * import { fieldLabel } from "kuaidi-kefu/order";
 * fieldLabel("goods.weight", "zh-CN"); // => "重量"
 * fieldLabel("shipper.phone", "en"); // => "pickup phone"
 * ```
 */
export function fieldLabel(field: string, locale: Locale = "zh-CN"): string {
  const label = LABELS[field];
  if (label) return locale === "en" ? label[1] : label[0];
  const parent = field.includes(".") ? LABELS[field.slice(0, field.lastIndexOf("."))] : undefined;
  const base = parent ? (locale === "en" ? parent[1] : parent[0]) : field;
  return field.includes(".") ? `${base}.${field.slice(field.lastIndexOf(".") + 1)}` : base;
}

/** Dotted field name of a path, without array indexes. */
export function fieldOf(path: IssuePath): string {
  return path.filter((p) => typeof p === "string").join(".");
}

/**
 * The parameter every order issue has: the dotted name of the field it is about
 * (`"goods.weight"`).
 *
 * @example
 * ```ts
 * import type { OrderFieldParam } from "kuaidi-kefu/order";
 * const p: OrderFieldParam = { field: "goods.weight" };
 * p.field; // => "goods.weight"
 * ```
 */
export type OrderFieldParam = { readonly field: string };
type F = OrderFieldParam;
const z = (f: string): string => fieldLabel(f, "zh-CN");
const e = (f: string): string => fieldLabel(f, "en");

/** Parameters of every order issue, by code. */
export interface OrderIssueParams {
  "order/not-an-object": { readonly received: string };
  "order/invalid-input": Record<never, never>;
  "order/required": F;
  "order/invalid-type": F & { readonly expected: string };
  "order/too-long": F & { readonly max: number };
  "order/invalid-value": F;
  "order/name-invalid": F;
  "order/contact-name-missing": F;
  "order/phone-invalid": F & {
    readonly reason: string;
    readonly detail: Readonly<Record<string, unknown>>;
  };
  "order/phone-not-contactable": F & { readonly kind: string };
  "order/quantity-invalid": F & { readonly unit: string };
  "order/quantity-not-positive": F;
  "order/dimensions-invalid": F;
  "order/payment-unknown": F;
  "order/monthly-account-required": F;
  "order/monthly-account-invalid": F;
  "order/fee-invalid": F;
  "order/order-time-invalid": F;
  "order/address-implausible": F;
  "order/address-incomplete": F;
  "order/destination-city-unknown": F;
  "order/destination-not-covered": F & { readonly city: string };
  "order/coverage-unknown": F & { readonly city: string };
  "order/prohibited-goods": F & {
    readonly categoryNo: number;
    readonly categoryName: string;
    readonly item: string;
    readonly start: number;
    readonly end: number;
  };
  "order/goods-needs-review": F & {
    readonly categoryNo: number;
    readonly categoryName: string;
    readonly item: string;
    readonly start: number;
    readonly end: number;
  };
  "order/restricted-goods": F & {
    readonly restrictedId: string;
    readonly rule: string;
    readonly item: string;
    readonly start: number;
    readonly end: number;
  };
  "order/embargoed": F & { readonly item: string };
  "order/unpackaged": F;
  "order/used-goods-not-insurable": F & { readonly declaredValue: number };
  "order/overweight": F & {
    readonly weightKg: number;
    readonly maxKg: number;
    readonly profile: string;
    readonly profileId: string;
  };
  "order/oversize-side": F & {
    readonly sideCm: number;
    readonly maxCm: number;
    readonly profile: string;
    readonly profileId: string;
  };
  "order/oversize-sum": F & {
    readonly sumCm: number;
    readonly maxCm: number;
    readonly profile: string;
    readonly profileId: string;
    readonly inferred: boolean;
  };
  "order/oversize-volume": F & {
    readonly volumeM3: number;
    readonly maxM3: number;
    readonly profile: string;
    readonly profileId: string;
  };
  "order/too-many-pieces": F & {
    readonly pieces: number;
    readonly max: number;
    readonly profile: string;
    readonly profileId: string;
  };
}

/**
 * Every code `validateOrder` reports.
 *
 * @example
 * ```ts
 * import type { OrderIssueCode } from "kuaidi-kefu/order";
 * const code: OrderIssueCode = "order/overweight";
 * code; // => "order/overweight"
 * ```
 */
export type OrderIssueCode = keyof OrderIssueParams;

/**
 * An error or warning of the order module: a stable code, a message in the requested locale,
 * the path of the field, and the code's parameters (always including `field`, the dotted path).
 *
 * @example
 * ```ts
 * import type { OrderIssue } from "kuaidi-kefu/order";
 * const i: OrderIssue = { code: "order/unpackaged", message: "裸装货物不予托运", path: ["goods"], field: "goods" };
 * i.code; // => "order/unpackaged"
 * ```
 */
export type OrderIssue = {
  [C in OrderIssueCode]: KefuIssue<C, OrderIssueParams[C]>;
}[OrderIssueCode];

// Short rules of the restricted items in both languages (the catalogue's own text is mixed).
const RESTRICTED_RULES: Readonly<Record<string, readonly [string, string]>> = {
  cigarettes_cigars: [
    "卷烟、雪茄每件限2条（400支），每人每次限寄一件",
    "at most 2 cartons (400 sticks) per piece, one piece per person per mailing",
  ],
  leaf_tobacco: [
    "烟叶、烟丝每件限5公斤（合寄不超过10公斤）",
    "at most 5 kg per piece (10 kg when sent together)",
  ],
  e_cigarettes: [
    "电子烟每件：烟具不超过2个，烟弹不超过6个且烟液合计不超过12毫升；每人每天限寄一件",
    "per piece at most 2 devices, 6 pods and 12 ml of liquid in total; one piece per person per day",
  ],
  lithium_batteries_power_banks: [
    "锂电池、充电宝受承运商航空运输限制，请确认运输方式",
    "carriers restrict them on air transport; check the service",
  ],
  liquids: [
    "液体受航空运输限制；玻璃容器每件不超过500毫升，预留空间并密封",
    "air-transport restriction; glass containers at most 500 ml each, with headspace, sealed",
  ],
  cash_currency: ["承运商不收寄现金及货币", "carriers refuse cash and currency"],
  medicines: [
    "药品须有完整销售包装，有温度要求的药品不收",
    "medicines need complete retail packaging; temperature-controlled ones are refused",
  ],
  live_animals: [
    "活体动物须有检疫证明，法律法规禁止的不收",
    "live animals need quarantine papers; those banned by law are refused",
  ],
};
const rule = (id: string, fallback: string, en: boolean): string =>
  RESTRICTED_RULES[id]?.[en ? 1 : 0] ?? fallback;

function phoneReason(
  reason: string,
  detail: Readonly<Record<string, unknown>>,
  locale: Locale,
): string {
  const template = (
    PHONE_MESSAGES as Record<string, { [L in Locale]: (p: never) => string } | undefined>
  )[reason];
  return template ? template[locale](detail as never) : reason;
}

const n = (x: number): string => String(Math.round(x * 1000) / 1000);

/**
 * The zh-CN and English messages of every order issue code.
 *
 * @example
 * ```ts
 * import { ORDER_MESSAGES } from "kuaidi-kefu/order";
 * ORDER_MESSAGES["order/unpackaged"].en({ field: "goods" }); // => "unpackaged (bare) goods are refused"
 * ```
 */
export const ORDER_MESSAGES: MessageCatalog<OrderIssueParams> = {
  "order/not-an-object": {
    "zh-CN": (p) => `订单必须是对象（收到 ${p.received}）`,
    en: (p) => `the order must be an object (got ${p.received})`,
  },
  "order/invalid-input": {
    "zh-CN": () => "订单数据无法读取",
    en: () => "the order data cannot be read",
  },
  "order/required": {
    "zh-CN": (p) => `缺少${z(p.field)}`,
    en: (p) => `${e(p.field)} is required`,
  },
  "order/invalid-type": {
    "zh-CN": (p) =>
      `${z(p.field)}格式不对（应为${p.expected === "string" ? "文本" : p.expected === "number" ? "数字" : p.expected === "object" ? "对象" : p.expected}）`,
    en: (p) => `${e(p.field)} has the wrong type (expected ${p.expected})`,
  },
  "order/too-long": {
    "zh-CN": (p) => `${z(p.field)}过长（上限 ${p.max} 个字符）`,
    en: (p) => `${e(p.field)} is too long (limit ${p.max} characters)`,
  },
  "order/invalid-value": {
    "zh-CN": (p) => `${z(p.field)}的取值无效`,
    en: (p) => `${e(p.field)} has an invalid value`,
  },
  "order/name-invalid": {
    "zh-CN": (p) => `${z(p.field)}不像人名`,
    en: (p) => `${e(p.field)} does not look like a name`,
  },
  "order/contact-name-missing": {
    "zh-CN": (p) => `客户未报${z(p.field)}，请备注后提货时联系`,
    en: (p) => `${e(p.field)} not given; note it and call on pickup`,
  },
  "order/phone-invalid": {
    "zh-CN": (p) => `${z(p.field)}无效：${phoneReason(p.reason, p.detail, "zh-CN")}`,
    en: (p) => `${e(p.field)} is not valid: ${phoneReason(p.reason, p.detail, "en")}`,
  },
  "order/phone-not-contactable": {
    "zh-CN": (p) => `${z(p.field)}须为手机、带区号的固话或400/800号码`,
    en: (p) =>
      `${e(p.field)} must be a mobile, a landline with area code, or a 400/800 number (got ${p.kind})`,
  },
  "order/quantity-invalid": {
    "zh-CN": (p) => `${z(p.field)}无法识别（单位：${p.unit}）`,
    en: (p) => `${e(p.field)} cannot be read (unit: ${p.unit})`,
  },
  "order/quantity-not-positive": {
    "zh-CN": (p) => `${z(p.field)}必须大于 0`,
    en: (p) => `${e(p.field)} must be greater than 0`,
  },
  "order/dimensions-invalid": {
    "zh-CN": (p) => `${z(p.field)}无法识别（应为“长x宽x高”，厘米）`,
    en: (p) => `${e(p.field)} cannot be read (expected length x width x height in cm)`,
  },
  "order/payment-unknown": {
    "zh-CN": (p) => `${z(p.field)}无法识别（现付、到付或月结）`,
    en: (p) => `${e(p.field)} not recognised (现付 prepaid, 到付 collect or 月结 monthly)`,
  },
  "order/monthly-account-required": {
    "zh-CN": () => "月结须提供月结账号",
    en: () => "monthly settlement (月结) needs the monthly account number",
  },
  "order/monthly-account-invalid": {
    "zh-CN": () => "月结账号格式不对（4至20位字母或数字）",
    en: () => "the monthly account number must be 4 to 20 letters or digits",
  },
  "order/fee-invalid": {
    "zh-CN": (p) => `${z(p.field)}无法识别（应为金额，单位元）`,
    en: (p) => `${e(p.field)} cannot be read (expected an amount in yuan)`,
  },
  "order/order-time-invalid": {
    "zh-CN": (p) => `${z(p.field)}无法识别`,
    en: (p) => `${e(p.field)} is not a valid time`,
  },
  "order/address-implausible": {
    "zh-CN": (p) => `${z(p.field)}不像有效地址`,
    en: (p) => `${e(p.field)} does not look like an address`,
  },
  "order/address-incomplete": {
    "zh-CN": (p) => `${z(p.field)}只有城市，缺少详细地址`,
    en: (p) => `${e(p.field)} names only a city, without the street address`,
  },
  "order/destination-city-unknown": {
    "zh-CN": (p) => `${z(p.field)}中未识别出城市，请与客户核实`,
    en: (p) => `no city recognised in the ${e(p.field)}; check with the customer`,
  },
  "order/destination-not-covered": {
    "zh-CN": (p) => `${p.city}不在派送范围内`,
    en: (p) => `${p.city} is outside the delivery coverage`,
  },
  "order/coverage-unknown": {
    "zh-CN": (p) => `无法确认${p.city}是否在派送范围内，请人工核实`,
    en: (p) => `cannot tell whether ${p.city} is inside the delivery coverage; check by hand`,
  },
  "order/prohibited-goods": {
    "zh-CN": (p) => `违禁品不予收寄：“${p.item}”属于第${p.categoryNo}类 ${p.categoryName}`,
    en: (p) =>
      `prohibited goods refused: "${p.item}" is in category ${p.categoryNo} (${p.categoryName})`,
  },
  "order/goods-needs-review": {
    "zh-CN": (p) => `疑似违禁品，需人工复核：“${p.item}”（第${p.categoryNo}类 ${p.categoryName}）`,
    en: (p) =>
      `possibly prohibited, needs review: "${p.item}" (category ${p.categoryNo}, ${p.categoryName})`,
  },
  "order/restricted-goods": {
    "zh-CN": (p) => `限寄物品“${p.item}”：${rule(p.restrictedId, p.rule, false)}`,
    en: (p) => `restricted item "${p.item}": ${rule(p.restrictedId, p.rule, true)}`,
  },
  "order/embargoed": {
    "zh-CN": (p) => (p.item ? `禁运货物不予托运（${p.item}）` : "禁运货物不予托运"),
    en: (p) => (p.item ? `embargoed goods are refused (${p.item})` : "embargoed goods are refused"),
  },
  "order/unpackaged": {
    "zh-CN": () => "裸装货物不予托运",
    en: () => "unpackaged (bare) goods are refused",
  },
  "order/used-goods-not-insurable": {
    "zh-CN": (p) => `旧货不予保价（申报价值 ${n(p.declaredValue)} 元）`,
    en: (p) => `used goods cannot be insured (declared value ${n(p.declaredValue)} yuan)`,
  },
  "order/overweight": {
    "zh-CN": (p) =>
      `超重不予运输：单件 ${n(p.weightKg)} 公斤，上限 ${n(p.maxKg)} 公斤（${p.profile}）`,
    en: (p) =>
      `over-weight, refused: ${n(p.weightKg)} kg per piece, limit ${n(p.maxKg)} kg (${p.profileId})`,
  },
  "order/oversize-side": {
    "zh-CN": (p) =>
      `超长不予运输：最长边 ${n(p.sideCm)} 厘米，上限 ${n(p.maxCm)} 厘米（${p.profile}）`,
    en: (p) =>
      `over-length, refused: longest side ${n(p.sideCm)} cm, limit ${n(p.maxCm)} cm (${p.profileId})`,
  },
  "order/oversize-sum": {
    "zh-CN": (p) =>
      `超大不予运输：长宽高之和${p.inferred ? "至少" : ""} ${n(p.sumCm)} 厘米，上限 ${n(p.maxCm)} 厘米（${p.profile}）`,
    en: (p) =>
      `over-size, refused: length + width + height ${p.inferred ? "at least " : ""}${n(p.sumCm)} cm, limit ${n(p.maxCm)} cm (${p.profileId})`,
  },
  "order/oversize-volume": {
    "zh-CN": (p) => `超大不予运输：单件 ${n(p.volumeM3)} 方，上限 ${n(p.maxM3)} 方（${p.profile}）`,
    en: (p) =>
      `over-size, refused: ${n(p.volumeM3)} m³ per piece, limit ${n(p.maxM3)} m³ (${p.profileId})`,
  },
  "order/too-many-pieces": {
    "zh-CN": (p) => `件数过多：${p.pieces} 件，上限 ${p.max} 件（${p.profile}）`,
    en: (p) => `too many pieces: ${p.pieces}, limit ${p.max} (${p.profileId})`,
  },
};

/**
 * Codes reported as warnings (the order can still be taken); every other code is an error.
 *
 * @example
 * ```ts
 * import { ORDER_WARNING_CODES } from "kuaidi-kefu/order";
 * ORDER_WARNING_CODES.has("order/restricted-goods"); // => true
 * ORDER_WARNING_CODES.has("order/prohibited-goods"); // => false
 * ```
 */
export const ORDER_WARNING_CODES: ReadonlySet<OrderIssueCode> = new Set<OrderIssueCode>([
  "order/contact-name-missing",
  "order/address-incomplete",
  "order/destination-city-unknown",
  "order/coverage-unknown",
  "order/goods-needs-review",
  "order/restricted-goods",
]);

/**
 * The message of an issue in another locale, from its code and parameters.
 *
 * @example
 * ```ts
 * import { validateOrder, orderMessage } from "kuaidi-kefu/order";
 * const r = validateOrder(null);
 * r.ok ? "" : orderMessage(r.error[0]!, "en"); // => "the order must be an object (got null)"
 * ```
 */
export function orderMessage(issue: OrderIssue, locale: Locale): string {
  const template = ORDER_MESSAGES[issue.code] as { [L in Locale]: (p: never) => string };
  return template[locale](issue as never);
}

/** Builds an issue with its message and path. */
export function orderIssue<C extends OrderIssueCode>(
  code: C,
  params: OrderIssueParams[C],
  path: IssuePath,
  locale: Locale,
): OrderIssue {
  return createIssue(ORDER_MESSAGES, code, params, { locale, path }) as OrderIssue;
}
