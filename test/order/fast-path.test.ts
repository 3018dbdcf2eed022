import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { PhoneOrderSchema, WebOrderSchema } from "kuaidi-kefu/order";
import { fastOrder } from "../../src/order/fast-path.ts";
import { seedPhoneOrder, webOrder } from "./fixtures.ts";

// validateOrder answers most valid orders without zod; the answer must be the schema's.
const schemaOf = (ch: "phone" | "web") => (ch === "web" ? WebOrderSchema : PhoneOrderSchema);

let answered = 0;

function agrees(input: Record<string, unknown>, ch: "phone" | "web"): void {
  const fast = fastOrder(input, ch);
  const slow = schemaOf(ch).safeParse(input);
  if (fast !== undefined) {
    answered++;
    expect(slow.success).toBe(true);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
  }
}

// Field values that pass and fail the shape checks and the normalisers.
const fieldValues: Record<string, fc.Arbitrary<unknown>> = {
  name: fc.constantFrom(undefined, null, "", " 王先生 ", "欧阳女士", "李1", "x".repeat(51), 5),
  phone: fc.constantFrom(
    "13823033212",
    "0571-25852654",
    13823033212,
    "12345",
    "4008001234",
    Number.NaN,
    Infinity,
    "9".repeat(65),
    null,
  ),
  text: fc.constantFrom(
    "15件",
    "200公斤",
    "2.2方",
    "0.2吨",
    "４００斤",
    3,
    0,
    -1,
    Number.NaN,
    "abc",
    "",
    null,
    undefined,
    true,
    "9".repeat(65),
  ),
  address: fc.constantFrom(
    "深圳市宝安区福永街道凤凰路1号",
    "杭州",
    "浙江杭州",
    "ab",
    "",
    { city: "杭州", detail: "文三路1号" },
    { city: 5 },
    null,
    "x".repeat(257),
    ["杭州"],
  ),
  payment: fc.constantFrom(
    "现付",
    "寄方付",
    "月结",
    "月结账号 7551234567",
    "刷卡",
    { method: "月结", monthlyAccount: "7551234567" },
    { method: "月结", monthlyAccount: 7551234567 },
    { method: "到付", monthlyAccount: Number.NaN },
    3,
    null,
  ),
  fee: fc.constantFrom(undefined, null, "100元", 100, -5, "免费", "abc", Infinity, "9".repeat(33)),
  time: fc.constantFrom(
    undefined,
    null,
    "2011-03-10 10:21",
    "2011-02-30 10:00",
    "2011-03-10T10:21:00+08:00",
    0,
    new Date(0),
    new Date(Number.NaN),
    "x".repeat(41),
    true,
  ),
  dims: fc.constantFrom(undefined, "120x80x60", "1.2×0.8×0.6米", [120, 80, 60], "bad", 5, {
    length: 1,
    width: 2,
    height: 3,
  }),
  flag: fc.constantFrom(undefined, true, false, "裸装", "纸箱", "新", "旧货", "??", 1),
};

// One or a few fields of a valid order replaced, so that most runs stay near the valid orders.
/** A patch of one field of `arbs`. */
function oneField(
  arbs: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.constantFrom(...Object.keys(arbs)).chain((k) => arbs[k]!.map((v) => ({ [k]: v })));
}
const contactPatch = oneField({ name: fieldValues.name!, phone: fieldValues.phone! });
const goodsPatch = oneField({
  name: fc.constantFrom("配件", "二手电脑", "打火机", "裸装机器", "", " 衣服 ", 5),
  description: fc.constantFrom(undefined, null, "纸箱包装", "裸装", 7),
  pieces: fieldValues.text!,
  weight: fieldValues.text!,
  pieceWeight: fieldValues.text!,
  volume: fieldValues.text!,
  dimensions: fieldValues.dims!,
  condition: fieldValues.flag!,
  packaging: fieldValues.flag!,
  declaredValue: fieldValues.fee!,
  embargoed: fieldValues.flag!,
});
const orderPatch = oneField({
  channel: fc.constantFrom(undefined, "phone", "web", "fax"),
  consignee: fc.constantFrom(undefined, null, "马先生"),
  pickupAddress: fieldValues.address!,
  destination: fieldValues.address!,
  payment: fieldValues.payment!,
  pickupFee: fieldValues.fee!,
  deliveryFee: fieldValues.fee!,
  orderedAt: fieldValues.time!,
  remarks: fc.constantFrom(undefined, null, "", "请下午来", 5),
});
const order = fc
  .tuple(
    fc.constantFrom<Record<string, unknown>>(seedPhoneOrder, webOrder),
    fc.option(orderPatch, { freq: 2 }),
    fc.option(goodsPatch, { freq: 2 }),
    fc.option(contactPatch, { freq: 3 }),
    fc.option(contactPatch, { freq: 3 }),
  )
  .map(([base, patch, g, s, c]) => {
    const o: Record<string, unknown> = { ...base, ...patch };
    o.goods = { ...(base.goods as object), ...g };
    o.shipper = { ...(base.shipper as object), ...s };
    if (c) o.consignee = { ...(base.consignee as object), ...c };
    return o;
  });

describe("validateOrder's fast path", () => {
  test("answers the seed orders, with the schemas' output", () => {
    expect(fastOrder(seedPhoneOrder, "phone")).toBeDefined();
    expect(fastOrder(webOrder, "web")).toBeDefined();
    agrees(seedPhoneOrder, "phone");
    agrees(webOrder, "web");
  });

  test("never answers differently from the schema", () => {
    fc.assert(
      fc.property(order, fc.constantFrom("phone" as const, "web" as const), (o, ch) => {
        agrees(o, ch);
      }),
      { numRuns: 3000 },
    );
    // The generator is meant to reach the fast path's answers, not only its refusals.
    expect(answered).toBeGreaterThan(100);
  });
});
