import { resolveLocale, type Locale } from "../core/issue.ts";
import { findPhones } from "../phone/index.ts";
import { fieldOf, type OrderIssue, type OrderIssueCode } from "./messages.ts";
import { defaultMatcher, goodsTextIssues } from "./rules.ts";
import type { Order } from "./schemas.ts";
import { validateOrder, type ValidateOrderOptions } from "./validate.ts";

/**
 * The items of the web-order review (核单), in the order the agent works through them: the
 * fields of the web form (seed 000, 3.1), then the customer's remarks (seed 002).
 *
 * @example
 * ```ts
 * import { REVIEW_ITEMS } from "kuaidi-kefu/order";
 * REVIEW_ITEMS[0]; // => "shipper-name"
 * REVIEW_ITEMS.length; // => 11
 * ```
 */
export const REVIEW_ITEMS = [
  "shipper-name",
  "shipper-phone",
  "goods",
  "goods-size",
  "pickup-address",
  "consignee-name",
  "consignee-phone",
  "destination",
  "payment",
  "remarks",
  "other",
] as const;

/**
 * One item of {@link REVIEW_ITEMS}.
 *
 * @example
 * ```ts
 * import type { ReviewItemId } from "kuaidi-kefu/order";
 * const id: ReviewItemId = "payment";
 * id; // => "payment"
 * ```
 */
export type ReviewItemId = (typeof REVIEW_ITEMS)[number];

const ITEM_LABELS: Readonly<Record<ReviewItemId, readonly [string, string]>> = {
  "shipper-name": ["发货联系人", "shipper contact"],
  "shipper-phone": ["发货人电话", "shipper phone"],
  goods: ["货物名称及属性（违禁品、新旧、包装）", "goods (prohibited, new or used, packaging)"],
  "goods-size": ["件数、重量、体积及尺寸", "pieces, weight, volume and size"],
  "pickup-address": ["提货地址", "pickup address"],
  "consignee-name": ["收货人姓名", "consignee name"],
  "consignee-phone": ["收货人电话", "consignee phone"],
  destination: ["收货地址及派送范围", "delivery address and coverage"],
  payment: ["运费结算方式及费用", "payment method and fees"],
  remarks: ["客户留言", "customer remarks"],
  other: ["其他", "other"],
};

function itemOf(field: string): ReviewItemId {
  if (field === "shipper.name") return "shipper-name";
  if (field.startsWith("shipper")) return "shipper-phone";
  if (field === "consignee.name") return "consignee-name";
  if (field.startsWith("consignee")) return "consignee-phone";
  if (/^goods\.(?:weight|pieces|pieceWeight|volume|dimensions)$/.test(field)) return "goods-size";
  if (field.startsWith("goods")) return "goods";
  if (field.startsWith("pickupAddress")) return "pickup-address";
  if (field.startsWith("destination")) return "destination";
  if (field.startsWith("payment") || field === "pickupFee" || field === "deliveryFee")
    return "payment";
  if (field.startsWith("remarks")) return "remarks";
  return "other";
}

/**
 * One line of the checklist: `ok`, `warning` (check with the customer) or `problem` (must be
 * corrected, or the order voided), with the issues behind it.
 *
 * @example
 * ```ts
 * import type { ReviewItem } from "kuaidi-kefu/order";
 * const item: ReviewItem = { id: "payment", label: "运费结算方式及费用", status: "ok", issues: [] };
 * item.status; // => "ok"
 * ```
 */
export interface ReviewItem {
  readonly id: ReviewItemId;
  readonly label: string;
  readonly status: "ok" | "warning" | "problem";
  readonly issues: readonly OrderIssue[];
}

/**
 * What a customer's remark (留言) asks to change, the things seed 002 says to check.
 *
 * @example
 * ```ts
 * import type { RemarkTopic } from "kuaidi-kefu/order";
 * const t: RemarkTopic = "address";
 * t; // => "address"
 * ```
 */
export type RemarkTopic = "address" | "phone" | "goods" | "size" | "quantity";

const REMARK_WORDS: readonly (readonly [RemarkTopic, readonly string[]])[] = [
  ["address", ["地址", "改寄", "寄到", "送到", "改送", "收货地"]],
  ["phone", ["电话", "手机", "号码", "联系方式"]],
  ["goods", ["商品", "换成", "颜色", "款式", "型号", "货物", "换货"]],
  ["size", ["尺码", "码数", "尺寸", "大小", "大一码", "小一码"]],
  ["quantity", ["数量", "件数", "多发", "少发", "再加", "个数"]],
];

/**
 * The topics a remark touches, in the order of {@link RemarkTopic}: a phone number in the text
 * counts as a phone change.
 *
 * @example
 * ```ts
 * import { remarkTopics } from "kuaidi-kefu/order";
 * remarkTopics("地址改为杭州市西湖区文三路1号，电话13912345678"); // => ["address", "phone"]
 * remarkTopics("尽快发货"); // => []
 * ```
 */
export function remarkTopics(remarks: unknown): RemarkTopic[] {
  if (typeof remarks !== "string" || remarks.length === 0) return [];
  const text = remarks.slice(0, 2000);
  const topics: RemarkTopic[] = [];
  for (const [topic, words] of REMARK_WORDS) {
    if (words.some((w) => text.includes(w))) topics.push(topic);
    else if (
      topic === "phone" &&
      findPhones(text, { kinds: ["mobile", "landline", "service"] }).length > 0
    )
      topics.push(topic);
  }
  return topics;
}

/**
 * Codes that mean the goods cannot be shipped at all: the order is voided (作废) with these as
 * the reason.
 *
 * @example
 * ```ts
 * import { VOID_CODES } from "kuaidi-kefu/order";
 * VOID_CODES.has("order/prohibited-goods"); // => true
 * VOID_CODES.has("order/phone-invalid"); // => false
 * ```
 */
export const VOID_CODES: ReadonlySet<OrderIssueCode> = new Set<OrderIssueCode>([
  "order/prohibited-goods",
  "order/embargoed",
  "order/unpackaged",
  "order/overweight",
  "order/oversize-side",
  "order/oversize-sum",
  "order/oversize-volume",
  "order/too-many-pieces",
  "order/destination-not-covered",
]);

/**
 * The result of {@link reviewWebOrder}. `outcome`: `confirm` (call to confirm the pickup),
 * `correct` (call to correct what the checklist flags), or `void` (the goods cannot be shipped;
 * `voidReason` says why). A call is always required (`callRequired: true`).
 *
 * @example
 * ```ts
 * import { reviewWebOrder, type WebOrderReview } from "kuaidi-kefu/order";
 * const review: WebOrderReview = reviewWebOrder({});
 * [review.outcome, review.callRequired]; // => ["correct", true]
 * ```
 */
export interface WebOrderReview {
  readonly outcome: "confirm" | "correct" | "void";
  readonly callRequired: true;
  /** The normalised order, whenever its shape was valid (also when the goods are refused). */
  readonly order: Order | null;
  readonly checklist: readonly ReviewItem[];
  readonly errors: readonly OrderIssue[];
  readonly warnings: readonly OrderIssue[];
  readonly remarks: { readonly text: string | null; readonly topics: readonly RemarkTopic[] };
  readonly voidReasons: readonly OrderIssue[];
  readonly voidReason: string | null;
  readonly locale: Locale;
}

/**
 * Reviews a web order (核单) the way the agent does before the confirmation call: validates it
 * as a web order, sorts every error and warning onto the checklist of the web form's fields,
 * reads the customer's remarks (留言) for changed address, phone, goods, size or quantity (and
 * for prohibited goods), and decides: confirm, correct, or void with the reason.
 *
 * @example
 * ```ts
 * import { reviewWebOrder } from "kuaidi-kefu/order";
 * const review = reviewWebOrder({
 *   shipper: { name: "李女士", phone: "13912345678" },
 *   consignee: { name: "马先生", phone: "0571-25852654" },
 *   goods: { name: "汽油", weight: 10 },
 *   pickupAddress: "上海市浦东新区世纪大道100号",
 *   destination: "浙江省杭州市西湖区文三路1号",
 *   payment: "到付",
 * });
 * review.outcome; // => "void"
 * review.voidReason; // => "违禁品不予收寄：“汽油”属于第5类 易燃液体"
 * ```
 */
export function reviewWebOrder(
  input: unknown,
  options?: Omit<ValidateOrderOptions, "channel">,
): WebOrderReview {
  const locale = resolveLocale(options?.locale);
  const result = validateOrder(input, { ...options, channel: "web" });
  const errors: OrderIssue[] = result.ok ? [] : [...result.error];
  const warnings: OrderIssue[] = [...result.warnings];
  let remarksText: string | null = result.order ? result.order.remarks : null;
  if (!result.order) {
    try {
      const raw = (input as { remarks?: unknown } | null)?.remarks;
      if (typeof raw === "string" && raw.length <= 500) remarksText = raw.trim() || null;
    } catch {
      remarksText = null;
    }
  }
  const topics = remarkTopics(remarksText);
  if (remarksText) {
    goodsTextIssues(
      remarksText,
      ["remarks"],
      { locale, matcher: options?.matcher ?? defaultMatcher() },
      errors,
      warnings,
    );
  }
  const byItem = new Map<ReviewItemId, { errors: OrderIssue[]; warnings: OrderIssue[] }>();
  const slot = (id: ReviewItemId) => {
    let s = byItem.get(id);
    if (!s) byItem.set(id, (s = { errors: [], warnings: [] }));
    return s;
  };
  for (const i of errors) slot(itemOf(fieldOf(i.path ?? []))).errors.push(i);
  for (const i of warnings) slot(itemOf(fieldOf(i.path ?? []))).warnings.push(i);
  const checklist: ReviewItem[] = [];
  for (const id of REVIEW_ITEMS) {
    const s = byItem.get(id);
    if (id === "other" && !s) continue;
    const remarkFlag = id === "remarks" && topics.length > 0;
    const status =
      s && s.errors.length > 0
        ? "problem"
        : (s && s.warnings.length > 0) || remarkFlag
          ? "warning"
          : "ok";
    checklist.push({
      id,
      label: ITEM_LABELS[id][locale === "en" ? 1 : 0],
      status,
      issues: s ? [...s.errors, ...s.warnings] : [],
    });
  }
  const voidReasons = errors.filter((i) => VOID_CODES.has(i.code));
  const outcome =
    voidReasons.length > 0
      ? "void"
      : errors.length > 0 || topics.length > 0
        ? "correct"
        : "confirm";
  return {
    outcome,
    callRequired: true,
    order: result.order,
    checklist,
    errors,
    warnings,
    remarks: { text: remarksText, topics },
    voidReasons,
    voidReason:
      voidReasons.length > 0
        ? voidReasons.map((i) => i.message).join(locale === "en" ? "; " : "；")
        : null,
    locale,
  };
}
