import * as z from "zod";
import { foldText } from "./fold.ts";
import type { PhoneNumber } from "../phone/index.ts";
import { ORDER_MESSAGES, type OrderIssueCode } from "./messages.ts";
import {
  normalizeAddress,
  normalizeCondition,
  normalizeContactPhone,
  normalizeDimensions,
  normalizeMoney,
  normalizeName,
  normalizeOrderTime,
  normalizePackaging,
  normalizePayment,
  normalizeQuantity,
  type Address,
  type ContactTitle,
  type Dimensions,
  type GoodsCondition,
  type Normalized,
  type Packaging,
  type Payment,
  type Problem,
} from "./normalize.ts";

type Ctx = { issues: z.core.$ZodRawIssue[] };

/** Reports a normalisation problem as a zod `custom` issue carrying the order code. */
function report(
  ctx: Ctx,
  input: unknown,
  field: string,
  problem: Problem,
  path: readonly PropertyKey[] = [],
): void {
  const template = ORDER_MESSAGES[problem.code as OrderIssueCode] as {
    "zh-CN": (p: never) => string;
  };
  ctx.issues.push({
    code: "custom",
    message: template["zh-CN"]({ ...problem.params, field } as never),
    input,
    // A copy: zod prefixes issue paths in place, and the callers' paths are shared constants.
    path: [...path],
    params: { orderCode: problem.code, ...problem.params },
  });
}

// `ctx` is null on validateOrder's fast path, which only wants to know that something failed
// (it then re-runs the zod schema for the issues).
function take<T>(
  r: Normalized<T>,
  ctx: Ctx | null,
  input: unknown,
  field: string,
  path?: readonly PropertyKey[],
): T | undefined {
  if (r.ok) return r.value;
  if (ctx) report(ctx, input, field, r.problem, path);
  return undefined;
}

const NumOrText = (max: number) => z.union([z.number(), z.string().max(max)]);

/**
 * A contact as a host's order form gives it: an optional name (full name, or surname with
 * 先生/小姐/女士) and a phone (text or digits).
 *
 * @example
 * ```ts
 * import type { ContactInput } from "kuaidi-kefu/order";
 * const c: ContactInput = { name: "王先生", phone: "13823033212" };
 * c.name; // => "王先生"
 * ```
 */
export interface ContactInput {
  name?: string | null | undefined;
  phone: string | number;
}

/**
 * A contact after normalisation: trimmed name (or `null` when none was given), surname and
 * title when given as 王先生, and the parsed phone from `kuaidi-kefu/phone`.
 *
 * @example
 * ```ts
 * import { ContactSchema, type Contact } from "kuaidi-kefu/order";
 * const c: Contact = ContactSchema.parse({ name: " 王先生 ", phone: "13823033212" });
 * [c.name, c.surname, c.title, c.phone.kind]; // => ["王先生", "王", "先生", "mobile"]
 * ```
 */
export interface Contact {
  readonly name: string | null;
  readonly surname: string | null;
  readonly title: ContactTitle | null;
  readonly phone: PhoneNumber;
}

const NAME_PATH = ["name"];
const PHONE_PATH = ["phone"];

function contactSchema(field: string) {
  const nameField = `${field}.name`;
  const phoneField = `${field}.phone`;
  return z
    .object({
      name: z.string().max(50).nullish(),
      phone: NumOrText(64),
    })
    .transform((v, ctx): Contact => contactFrom(v, nameField, phoneField, ctx) ?? z.NEVER);
}

/** The contact transform, shared with validateOrder's fast path (`ctx` null). */
export function contactFrom(
  v: { name?: string | null | undefined; phone: string | number },
  nameField: string,
  phoneField: string,
  ctx: Ctx | null,
): Contact | undefined {
  const name = take(normalizeName(v.name), ctx, v.name, nameField, NAME_PATH);
  if (!name && !ctx) return undefined;
  const phone = take(normalizeContactPhone(v.phone), ctx, v.phone, phoneField, PHONE_PATH);
  if (!name || !phone) return undefined;
  return { name: name.name, surname: name.surname, title: name.title, phone };
}

/**
 * zod schema of a contact (shipper or consignee): input {@link ContactInput}, output
 * {@link Contact}. Compose it into your own schemas; its failures are zod issues whose
 * `params.orderCode` is the order code (`order/phone-invalid` …).
 *
 * @example
 * ```ts
 * import { ContactSchema } from "kuaidi-kefu/order";
 * ContactSchema.parse({ phone: "0571-25852654" }).phone.areaCode; // => "0571"
 * ContactSchema.safeParse({ name: "李", phone: "12345" }).success; // => false
 * ```
 */
export const ContactSchema = contactSchema("shipper");

/**
 * An address as text ("浙江杭州西湖区文三路1号") or in parts.
 *
 * @example
 * ```ts
 * import type { AddressInput } from "kuaidi-kefu/order";
 * const a: AddressInput = { province: "浙江省", city: "杭州市", detail: "文三路1号" };
 * typeof a; // => "object"
 * ```
 */
export type AddressInput =
  | string
  | {
      province?: string | null | undefined;
      city?: string | null | undefined;
      district?: string | null | undefined;
      detail?: string | null | undefined;
    };

const AddressParts = z.object({
  province: z.string().max(40).nullish(),
  city: z.string().max(40).nullish(),
  district: z.string().max(40).nullish(),
  detail: z.string().max(200).nullish(),
});

function addressSchema(field: string) {
  return z.union([z.string().max(256), AddressParts]).transform((v, ctx): Address => {
    return take(normalizeAddress(v), ctx, v, field) ?? z.NEVER;
  });
}

/**
 * zod schema of an address: input {@link AddressInput}, output `{ text, province, city,
 * cityCode, detail }` with the city recognised from a compact table (杭州 = 杭州市 = 浙江杭州).
 * A destination may be a city alone; an implausible text (too short, no Chinese place words)
 * fails with `order/address-implausible`.
 *
 * @example
 * ```ts
 * import { AddressSchema } from "kuaidi-kefu/order";
 * AddressSchema.parse("浙江杭州").city; // => "杭州市"
 * AddressSchema.parse({ city: "杭州", detail: "文三路1号" }).detail; // => "文三路1号"
 * ```
 */
export const AddressSchema = addressSchema("destination");

/**
 * Goods as an order form gives them. Quantities are numbers (pieces, kg, m³) or text with
 * units (`15件`, `200公斤`, `0.2吨`, `400斤`, `2.2方`, `2.2m³`, full-width digits); dimensions
 * are per piece in cm ("120x80x60", `[120, 80, 60]`); `condition` is new/used (新货/旧货/二手);
 * `packaging` packed/unpacked (有包装/裸装) or a boolean; `declaredValue` is the insured value
 * (保价) in yuan.
 *
 * @example
 * ```ts
 * import type { GoodsInput } from "kuaidi-kefu/order";
 * const g: GoodsInput = { name: "配件", pieces: "15件", weight: "200公斤", volume: "2.2方" };
 * g.weight; // => "200公斤"
 * ```
 */
export interface GoodsInput {
  name: string;
  description?: string | null | undefined;
  pieces?: number | string | undefined;
  weight: number | string;
  pieceWeight?: number | string | undefined;
  volume?: number | string | null | undefined;
  dimensions?:
    | string
    | [number, number, number]
    | { length: number; width: number; height: number }
    | undefined;
  condition?: string | undefined;
  packaging?: string | boolean | undefined;
  declaredValue?: number | string | null | undefined;
  embargoed?: boolean | undefined;
}

/**
 * Goods after normalisation: pieces, total weight in kg, volume in m³ (or `null`), weight per
 * piece (given, or total / pieces), piece dimensions in cm, condition, packaging, declared value.
 * A name starting with 二手/旧 marks the goods used; 裸装 in the name marks them unpackaged.
 *
 * @example
 * ```ts
 * import { GoodsSchema, type Goods } from "kuaidi-kefu/order";
 * const g: Goods = GoodsSchema.parse({ name: "配件", pieces: "15件", weight: "0.2吨", volume: "2.2方" });
 * [g.pieces, g.weightKg, g.volumeM3]; // => [15, 200, 2.2]
 * ```
 */
export interface Goods {
  readonly name: string;
  readonly description: string | null;
  readonly pieces: number;
  readonly weightKg: number;
  readonly pieceWeightKg: number;
  readonly volumeM3: number | null;
  readonly dimensionsCm: Dimensions | null;
  readonly condition: GoodsCondition | null;
  readonly packaging: Packaging | null;
  readonly declaredValue: number | null;
  readonly embargoed: boolean;
}

const GoodsShape = z.object({
  name: z.string().max(200),
  description: z.string().max(1000).nullish(),
  pieces: NumOrText(64).optional(),
  weight: NumOrText(64),
  pieceWeight: NumOrText(64).optional(),
  volume: NumOrText(64).nullish(),
  dimensions: z
    .union([
      z.string().max(64),
      z.tuple([z.number(), z.number(), z.number()]),
      z.object({ length: z.number(), width: z.number(), height: z.number() }),
    ])
    .optional(),
  condition: z.string().max(16).optional(),
  packaging: z.union([z.string().max(16), z.boolean()]).optional(),
  declaredValue: NumOrText(32).nullish(),
  embargoed: z.boolean().optional(),
});

/** What the goods shape checks let through, before normalising. */
export type GoodsFields = z.output<typeof GoodsShape>;

// Issue paths, allocated once rather than on every parse.
const P_name = ["name"];
const P_pieces = ["pieces"];
const P_weight = ["weight"];
const P_pieceWeight = ["pieceWeight"];
const P_volume = ["volume"];
const P_dimensions = ["dimensions"];
const P_condition = ["condition"];
const P_packaging = ["packaging"];
const P_declaredValue = ["declaredValue"];

/**
 * zod schema of the goods: input {@link GoodsInput}, output {@link Goods}.
 *
 * @example
 * ```ts
 * import { GoodsSchema } from "kuaidi-kefu/order";
 * GoodsSchema.parse({ name: "二手电脑", weight: "400斤" }).condition; // => "used"
 * GoodsSchema.safeParse({ name: "配件", weight: "2.2方" }).success; // => false
 * ```
 */
export const GoodsSchema = GoodsShape.transform((v, ctx): Goods => goodsFrom(v, ctx) ?? z.NEVER);

/** The goods transform, shared with validateOrder's fast path (`ctx` null). */
export function goodsFrom(v: GoodsFields, ctx: Ctx | null): Goods | undefined {
  const name = foldText(v.name);
  if (name.length === 0 && ctx)
    report(ctx, v.name, "goods.name", { code: "order/required", params: {} }, P_name);
  const description =
    v.description === null || v.description === undefined ? null : foldText(v.description) || null;
  const pieces =
    v.pieces === undefined
      ? 1
      : take(normalizeQuantity(v.pieces, "pieces"), ctx, v.pieces, "goods.pieces", P_pieces);
  const weightKg = take(
    normalizeQuantity(v.weight, "weight"),
    ctx,
    v.weight,
    "goods.weight",
    P_weight,
  );
  const given =
    v.pieceWeight === undefined
      ? null
      : take(
          normalizeQuantity(v.pieceWeight, "weight"),
          ctx,
          v.pieceWeight,
          "goods.pieceWeight",
          P_pieceWeight,
        );
  const volumeM3 =
    v.volume === undefined || v.volume === null
      ? null
      : take(normalizeQuantity(v.volume, "volume"), ctx, v.volume, "goods.volume", P_volume);
  const dimensionsCm =
    v.dimensions === undefined
      ? null
      : take(
          normalizeDimensions(v.dimensions),
          ctx,
          v.dimensions,
          "goods.dimensions",
          P_dimensions,
        );
  let condition =
    v.condition === undefined
      ? null
      : take(normalizeCondition(v.condition), ctx, v.condition, "goods.condition", P_condition);
  if (
    condition === null &&
    (name.startsWith("二手") || name.startsWith("旧") || name.includes("旧货"))
  )
    condition = "used";
  let packaging =
    v.packaging === undefined
      ? null
      : take(normalizePackaging(v.packaging), ctx, v.packaging, "goods.packaging", P_packaging);
  if (packaging === null && (name.includes("裸装") || description?.includes("裸装")))
    packaging = "unpacked";
  const declaredValue =
    v.declaredValue === undefined || v.declaredValue === null
      ? null
      : take(
          normalizeMoney(v.declaredValue, "order/quantity-invalid"),
          ctx,
          v.declaredValue,
          "goods.declaredValue",
          P_declaredValue,
        );
  if (
    name.length === 0 ||
    pieces === undefined ||
    weightKg === undefined ||
    given === undefined ||
    volumeM3 === undefined ||
    dimensionsCm === undefined ||
    condition === undefined ||
    packaging === undefined ||
    declaredValue === undefined
  ) {
    return undefined;
  }
  return {
    name,
    description,
    pieces,
    weightKg,
    pieceWeightKg: given ?? Math.round((weightKg / pieces) * 1e6) / 1e6,
    volumeM3,
    dimensionsCm,
    condition,
    packaging,
    declaredValue,
    embargoed: v.embargoed ?? false,
  };
}

/**
 * Payment as given: a method text (`现付`, `寄付`, `到付`, `收方付`, `月结`, `月结账号 7551234567`
 * …) or `{ method, monthlyAccount }`.
 *
 * @example
 * ```ts
 * import type { PaymentInput } from "kuaidi-kefu/order";
 * const p: PaymentInput = { method: "月结", monthlyAccount: "7551234567" };
 * typeof p; // => "object"
 * ```
 */
export type PaymentInput =
  string | { method: string; monthlyAccount?: string | number | null | undefined };

/**
 * zod schema of the payment method: output `{ method: "现付" | "到付" | "月结", monthlyAccount }`;
 * 月结 without an account fails with `order/monthly-account-required`.
 *
 * @example
 * ```ts
 * import { PaymentSchema } from "kuaidi-kefu/order";
 * PaymentSchema.parse("寄方付"); // => { method: "现付", monthlyAccount: null }
 * PaymentSchema.parse("月结账号 7551234567"); // => { method: "月结", monthlyAccount: "7551234567" }
 * PaymentSchema.safeParse("月结").success; // => false
 * ```
 */
export const PaymentSchema = z
  .union([
    z.string().max(64),
    z.object({
      method: z.string().max(32),
      monthlyAccount: z.union([z.string().max(32), z.number()]).nullish(),
    }),
  ])
  .transform((v, ctx): Payment => take(normalizePayment(v), ctx, v, "payment") ?? z.NEVER);

function feeSchema(field: string) {
  return NumOrText(32)
    .nullish()
    .transform((v, ctx): number | null =>
      v === undefined || v === null
        ? null
        : (take(normalizeMoney(v, "order/fee-invalid"), ctx, v, field) ?? z.NEVER),
    );
}

const OrderTimeSchema = z
  .union([z.date(), z.number(), z.string().max(40)])
  .nullish()
  .transform((v, ctx): string | null =>
    v === undefined || v === null
      ? null
      : (take(normalizeOrderTime(v), ctx, v, "orderedAt") ?? z.NEVER),
  );

const RemarksSchema = z
  .string()
  .max(500)
  .nullish()
  .transform((v) => (v ? foldText(v) || null : null));

/**
 * A normalised order, the same shape for both channels.
 *
 * @example
 * ```ts
 * import { validateOrder, type Order } from "kuaidi-kefu/order";
 * const r = validateOrder({
 *   shipper: { name: "王先生", phone: "13823033212" },
 *   goods: { name: "配件", pieces: "15件", weight: "200公斤", volume: "2.2方" },
 *   pickupAddress: "深圳市宝安区福永街道凤凰路1号",
 *   destination: "杭州",
 *   payment: "现付",
 * });
 * const order: Order | undefined = r.ok ? r.value : undefined;
 * order?.destination.city; // => "杭州市"
 * ```
 */
export interface Order {
  readonly channel: "phone" | "web";
  readonly shipper: Contact;
  readonly consignee: Contact | null;
  readonly goods: Goods;
  readonly pickupAddress: Address;
  readonly destination: Address;
  readonly payment: Payment;
  readonly fees: { readonly pickup: number | null; readonly delivery: number | null };
  readonly orderedAt: string | null;
  readonly remarks: string | null;
}

const commonShape = {
  shipper: contactSchema("shipper"),
  goods: GoodsSchema,
  pickupAddress: addressSchema("pickupAddress"),
  payment: PaymentSchema,
  pickupFee: feeSchema("pickupFee"),
  deliveryFee: feeSchema("deliveryFee"),
  orderedAt: OrderTimeSchema,
  remarks: RemarksSchema,
};

/**
 * zod schema of a phone order (电话下单): shipper (提货联系人 and 提货电话), goods, pickup address,
 * destination (a city is enough), payment, optional consignee, pickup/delivery fees, order time
 * and remarks. Output: {@link Order} with `channel: "phone"`. Business rules (prohibited goods,
 * size limits …) are not in the schema: run {@link validateOrder}.
 *
 * @example
 * ```ts
 * import { PhoneOrderSchema } from "kuaidi-kefu/order";
 * const order = PhoneOrderSchema.parse({
 *   shipper: { name: "王先生", phone: "13823033212" },
 *   consignee: { name: "马先生", phone: "0571-25852654" },
 *   goods: { name: "配件", pieces: "15件", weight: "200公斤", volume: "2.2方" },
 *   pickupAddress: "深圳市宝安区福永街道凤凰路1号",
 *   destination: "杭州",
 *   payment: "现付",
 *   pickupFee: "100元",
 * });
 * [order.goods.weightKg, order.payment.method, order.fees.pickup]; // => [200, "现付", 100]
 * ```
 */
export const PhoneOrderSchema = z
  .object({
    channel: z.literal("phone").optional(),
    ...commonShape,
    consignee: contactSchema("consignee").nullish(),
    destination: addressSchema("destination"),
  })
  .transform((v): Order => ({
    channel: "phone",
    shipper: v.shipper,
    consignee: v.consignee ?? null,
    goods: v.goods,
    pickupAddress: v.pickupAddress,
    destination: v.destination,
    payment: v.payment,
    fees: { pickup: v.pickupFee, delivery: v.deliveryFee },
    orderedAt: v.orderedAt,
    remarks: v.remarks,
  }));

/**
 * zod schema of a web order (网上下单): shipper contact and phone, goods (weight, volume),
 * pickup address, consignee name, address and phone, payment, optional remarks (留言). The
 * consignee's name is required and the destination must be a full address. Output:
 * {@link Order} with `channel: "web"`.
 *
 * @example
 * ```ts
 * import { WebOrderSchema } from "kuaidi-kefu/order";
 * const r = WebOrderSchema.safeParse({
 *   shipper: { name: "李女士", phone: "13912345678" },
 *   consignee: { phone: "0571-25852654" },
 *   goods: { name: "衣服", weight: 3 },
 *   pickupAddress: "上海市浦东新区世纪大道100号",
 *   destination: "浙江省杭州市西湖区文三路1号",
 *   payment: "到付",
 * });
 * r.success; // => false
 * ```
 */
export const WebOrderSchema = z
  .object({
    channel: z.literal("web").optional(),
    ...commonShape,
    consignee: contactSchema("consignee"),
    destination: addressSchema("destination"),
  })
  .transform((v, ctx): Order => {
    if (v.consignee.name === null) {
      report(ctx, undefined, "consignee.name", { code: "order/required", params: {} }, [
        "consignee",
        "name",
      ]);
      return z.NEVER;
    }
    return {
      channel: "web",
      shipper: v.shipper,
      consignee: v.consignee,
      goods: v.goods,
      pickupAddress: v.pickupAddress,
      destination: v.destination,
      payment: v.payment,
      fees: { pickup: v.pickupFee, delivery: v.deliveryFee },
      orderedAt: v.orderedAt,
      remarks: v.remarks,
    };
  });

/**
 * What {@link PhoneOrderSchema} accepts.
 *
 * @example
 * ```ts
 * import type { PhoneOrderInput } from "kuaidi-kefu/order";
 * const input: PhoneOrderInput = {
 *   shipper: { phone: "13823033212" }, goods: { name: "配件", weight: 200 },
 *   pickupAddress: "深圳市宝安区福永街道凤凰路1号", destination: "杭州", payment: "现付",
 * };
 * input.destination; // => "杭州"
 * ```
 */
export type PhoneOrderInput = z.input<typeof PhoneOrderSchema>;

/**
 * What {@link WebOrderSchema} accepts.
 *
 * @example
 * ```ts
 * import type { WebOrderInput } from "kuaidi-kefu/order";
 * const input: WebOrderInput = {
 *   shipper: { name: "李女士", phone: "13912345678" }, consignee: { name: "马先生", phone: "0571-25852654" },
 *   goods: { name: "衣服", weight: 3 }, pickupAddress: "上海市浦东新区世纪大道100号",
 *   destination: "浙江省杭州市西湖区文三路1号", payment: "到付",
 * };
 * input.payment; // => "到付"
 * ```
 */
export type WebOrderInput = z.input<typeof WebOrderSchema>;
