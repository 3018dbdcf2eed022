import { foldText } from "./fold.ts";
import {
  normalizeAddress,
  normalizeMoney,
  normalizeOrderTime,
  normalizePayment,
  type Address,
  type AddressParts,
  type Payment,
} from "./normalize.ts";
import { contactFrom, goodsFrom, type Contact, type GoodsFields, type Order } from "./schemas.ts";

// validateOrder's fast path: the same shape checks as the zod schemas and the same normalisers,
// without zod's machinery. It only answers for input it is sure the schema accepts and that
// normalises without a problem; anything else (a wrong type, a failed normaliser, a shape it
// does not handle) returns undefined and the caller runs the zod schema, which then reports the
// issues exactly as before. So outputs and issues are those of the schema by construction.

type Rec = Record<string, unknown>;

function isObj(v: unknown): v is Rec {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isText(v: unknown, max: number): v is string {
  return typeof v === "string" && v.length <= max;
}
// zod's z.number() refuses NaN and ±Infinity.
function isNum(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}
function isNumOrText(v: unknown, max: number): v is number | string {
  return isNum(v) || isText(v, max);
}
function optText(v: unknown, max: number): v is string | null | undefined {
  return v === undefined || v === null || isText(v, max);
}

function contact(v: unknown, nameField: string, phoneField: string): Contact | undefined {
  if (!isObj(v)) return undefined;
  const name = v.name;
  const phone = v.phone;
  if (!optText(name, 50) || !isNumOrText(phone, 64)) return undefined;
  return contactFrom({ name, phone }, nameField, phoneField, null);
}

function address(v: unknown): Address | undefined {
  let r;
  if (isText(v, 256)) r = normalizeAddress(v);
  else if (
    isObj(v) &&
    optText(v.province, 40) &&
    optText(v.city, 40) &&
    optText(v.district, 40) &&
    optText(v.detail, 200)
  )
    r = normalizeAddress(v as AddressParts);
  else return undefined;
  return r.ok ? r.value : undefined;
}

function goods(v: unknown) {
  if (!isObj(v)) return undefined;
  const dims = v.dimensions;
  const packaging = v.packaging;
  if (
    !isText(v.name, 200) ||
    !optText(v.description, 1000) ||
    (v.pieces !== undefined && !isNumOrText(v.pieces, 64)) ||
    !isNumOrText(v.weight, 64) ||
    (v.pieceWeight !== undefined && !isNumOrText(v.pieceWeight, 64)) ||
    (v.volume !== undefined && v.volume !== null && !isNumOrText(v.volume, 64)) ||
    // Tuples and objects of dimensions go through zod.
    (dims !== undefined && !isText(dims, 64)) ||
    (v.condition !== undefined && !isText(v.condition, 16)) ||
    (packaging !== undefined && !isText(packaging, 16) && typeof packaging !== "boolean") ||
    (v.declaredValue !== undefined &&
      v.declaredValue !== null &&
      !isNumOrText(v.declaredValue, 32)) ||
    (v.embargoed !== undefined && typeof v.embargoed !== "boolean")
  )
    return undefined;
  return goodsFrom(v as GoodsFields, null);
}

function payment(v: unknown): Payment | undefined {
  if (
    !isText(v, 64) &&
    !(
      isObj(v) &&
      isText(v.method, 32) &&
      (v.monthlyAccount === undefined ||
        v.monthlyAccount === null ||
        isNumOrText(v.monthlyAccount, 32))
    )
  )
    return undefined;
  const r = normalizePayment(v as Parameters<typeof normalizePayment>[0]);
  return r.ok ? r.value : undefined;
}

/** A fee: null when absent, undefined when the fast path cannot answer. */
function fee(v: unknown): number | null | undefined {
  if (v === undefined || v === null) return null;
  if (!isNumOrText(v, 32)) return undefined;
  const r = normalizeMoney(v, "order/fee-invalid");
  return r.ok ? r.value : undefined;
}

function orderTime(v: unknown): string | null | undefined {
  if (v === undefined || v === null) return null;
  if (!(v instanceof Date && !Number.isNaN(v.getTime())) && !isNumOrText(v, 40)) return undefined;
  const r = normalizeOrderTime(v);
  return r.ok ? r.value : undefined;
}

/**
 * The normalised order when `input` (a non-array object) passes the channel's schema without a
 * single issue; undefined when the zod schema has to decide.
 */
export function fastOrder(input: Rec, channel: "phone" | "web"): Order | undefined {
  const ch = input.channel;
  if (ch !== undefined && ch !== channel) return undefined;
  const remarks = input.remarks;
  if (!optText(remarks, 500)) return undefined;
  const shipper = contact(input.shipper, "shipper.name", "shipper.phone");
  if (!shipper) return undefined;
  const c = input.consignee;
  let consignee: Contact | null = null;
  if (channel === "web" || (c !== undefined && c !== null)) {
    const parsed = contact(c, "consignee.name", "consignee.phone");
    // The web schema requires the consignee's name; its issue comes from zod.
    if (!parsed || (channel === "web" && parsed.name === null)) return undefined;
    consignee = parsed;
  }
  const g = goods(input.goods);
  if (!g) return undefined;
  const pickupAddress = address(input.pickupAddress);
  if (!pickupAddress) return undefined;
  const destination = address(input.destination);
  if (!destination) return undefined;
  const pay = payment(input.payment);
  if (!pay) return undefined;
  const pickup = fee(input.pickupFee);
  if (pickup === undefined) return undefined;
  const delivery = fee(input.deliveryFee);
  if (delivery === undefined) return undefined;
  const orderedAt = orderTime(input.orderedAt);
  if (orderedAt === undefined) return undefined;
  return {
    channel,
    shipper,
    consignee,
    goods: g,
    pickupAddress,
    destination,
    payment: pay,
    fees: { pickup, delivery },
    orderedAt,
    remarks: remarks ? foldText(remarks as string) || null : null,
  };
}
