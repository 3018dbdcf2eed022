import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { reviewWebOrder, validateOrder } from "kuaidi-kefu/order";
import { seedPhoneOrder, webOrder } from "./fixtures.ts";

/** Any JSON-ish value, with the keys an order has so that the schema goes deep. */
const keys = [
  "shipper",
  "consignee",
  "goods",
  "name",
  "phone",
  "weight",
  "pieces",
  "volume",
  "payment",
  "method",
  "monthlyAccount",
  "destination",
  "pickupAddress",
  "__proto__",
  "constructor",
  "dimensions",
  "orderedAt",
  "remarks",
  "channel",
];
const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string({ unit: "binary" }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: false }),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...keys), tie("value"), { maxKeys: 6 }),
  ),
})).value;

function deepClone<T>(v: T): T {
  return structuredClone(v);
}

describe("validateOrder on anything", () => {
  test("never throws, never mutates, always answers with issues that have codes and messages", () => {
    fc.assert(
      fc.property(anyValue, fc.constantFrom<"zh-CN" | "en">("zh-CN", "en"), (input, locale) => {
        const before = deepClone(input);
        const r = validateOrder(input, { locale });
        expect(input).toEqual(before);
        const issues = r.ok ? r.warnings : [...r.error, ...r.warnings];
        for (const i of issues) {
          expect(i.code.startsWith("order/")).toBe(true);
          expect(i.message.length).toBeGreaterThan(0);
          expect(Array.isArray(i.path)).toBe(true);
        }
        if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  test("fields of the seed order replaced by anything: no throw, errors point at the field", () => {
    const fields = Object.keys(seedPhoneOrder) as (keyof typeof seedPhoneOrder)[];
    fc.assert(
      fc.property(fc.constantFrom(...fields), anyValue, (field, value) => {
        const input = { ...seedPhoneOrder, [field]: value };
        const r = validateOrder(input);
        if (!r.ok) {
          for (const e of r.error) {
            // Errors of a replaced field point at it; the goods rules may still speak of goods.
            expect([field, "goods"]).toContain(e.path?.[0]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test("__proto__ keys, prototype tricks, deep nesting and huge strings", () => {
    const proto = JSON.parse(
      '{"__proto__": {"polluted": true}, "shipper": {"__proto__": {"phone": "13800138000"}, "phone": "13823033212"}}',
    ) as unknown;
    const r = validateOrder(proto);
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(
      validateOrder({ ...seedPhoneOrder, ...(JSON.parse('{"__proto__": {"x": 1}}') as object) }).ok,
    ).toBe(true);

    let deep: unknown = "x";
    for (let i = 0; i < 100_000; i++) deep = { goods: deep, name: deep === "x" ? "x" : undefined };
    expect(validateOrder(deep).ok).toBe(false);
    let deepArray: unknown = [];
    for (let i = 0; i < 100_000; i++) deepArray = [deepArray];
    expect(validateOrder({ ...seedPhoneOrder, goods: deepArray }).ok).toBe(false);

    const huge = "汽油".repeat(50_000);
    const h = validateOrder({
      ...seedPhoneOrder,
      goods: { name: huge, weight: huge },
      pickupAddress: huge,
      remarks: huge,
    });
    expect(h.ok ? [] : h.error.map((e) => e.code)).toContain("order/too-long");
    const cyclic: Record<string, unknown> = { ...seedPhoneOrder };
    cyclic["self"] = cyclic;
    expect(validateOrder(cyclic).ok).toBe(true);
  });

  test("throwing getters and revoked proxies give order/invalid-input", () => {
    const getter = Object.defineProperty({ ...seedPhoneOrder }, "goods", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const r = validateOrder(getter);
    expect(r.ok ? "" : r.error[0]!.code).toBe("order/invalid-input");
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const p = validateOrder(proxy);
    expect(p.ok ? "" : p.error[0]!.code).toBe("order/invalid-input");
    expect(reviewWebOrder(proxy).outcome).toBe("correct");
  });

  test("frozen input validates the same", () => {
    const frozen = Object.freeze({ ...webOrder, goods: Object.freeze({ ...webOrder.goods }) });
    expect(validateOrder(frozen).ok).toBe(true);
  });

  test("invariant: a valid order stays valid when re-validated from its normal form", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0.1, max: 40, noNaN: true }),
        fc.constantFrom("现付", "到付", "寄付", "收方付"),
        fc.constantFrom("杭州", "浙江杭州", "杭州市", "北京朝阳区建国路1号", "恩施州"),
        (pieces, weight, payment, destination) => {
          const r = validateOrder({
            ...seedPhoneOrder,
            goods: { name: "配件", pieces, weight: weight * pieces },
            payment,
            destination,
          });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const o = r.value;
          const again = validateOrder({
            shipper: { name: o.shipper.name, phone: o.shipper.phone.national },
            consignee: o.consignee && { name: o.consignee.name, phone: o.consignee.phone.display },
            goods: { name: o.goods.name, pieces: o.goods.pieces, weight: o.goods.weightKg },
            pickupAddress: o.pickupAddress.text,
            destination: o.destination.text,
            payment: o.payment.method,
            pickupFee: o.fees.pickup,
            orderedAt: o.orderedAt,
          });
          expect(again.ok && again.value).toEqual(o);
        },
      ),
      { numRuns: 100 },
    );
  });
});
