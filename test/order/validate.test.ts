import { describe, expect, test } from "vitest";
import {
  createFreightProfile,
  createGoodsMatcher,
  EXPRESS_PROFILE,
  fieldLabel,
  ORDER_MESSAGES,
  ORDER_WARNING_CODES,
  validateOrder,
  type OrderIssue,
  type ValidateOrderOptions,
} from "kuaidi-kefu/order";
import { seedPhoneOrder, webOrder } from "./fixtures.ts";

const codes = (input: unknown, options?: ValidateOrderOptions): string[] => {
  const r = validateOrder(input, options);
  return r.ok ? [] : r.error.map((i) => i.code);
};
const warnings = (input: unknown, options?: ValidateOrderOptions): string[] =>
  validateOrder(input, options).warnings.map((i) => i.code);
const withGoods = (goods: object) => ({
  ...seedPhoneOrder,
  goods: { ...seedPhoneOrder.goods, ...goods },
});
const first = (input: unknown, options?: ValidateOrderOptions): OrderIssue => {
  const r = validateOrder(input, options);
  if (r.ok) throw new Error("expected errors");
  return r.error[0]!;
};

describe("the seed's phone order", () => {
  test("normalises every element", () => {
    const r = validateOrder(seedPhoneOrder);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const o = r.value;
    expect(o.channel).toBe("phone");
    expect([o.shipper.name, o.shipper.surname, o.shipper.title, o.shipper.phone.national]).toEqual([
      "王先生",
      "王",
      "先生",
      "13823033212",
    ]);
    expect([o.consignee?.phone.areaCode, o.consignee?.phone.local]).toEqual(["0571", "25852654"]);
    expect([o.goods.pieces, o.goods.weightKg, o.goods.volumeM3, o.goods.pieceWeightKg]).toEqual([
      15, 200, 2.2, 13.333333,
    ]);
    expect([o.destination.province, o.destination.city, o.destination.cityCode]).toEqual([
      "浙江省",
      "杭州市",
      "3301",
    ]);
    expect(o.pickupAddress.city).toBe("深圳市");
    expect(o.payment).toEqual({ method: "现付", monthlyAccount: null });
    expect(o.fees).toEqual({ pickup: 100, delivery: null });
    expect(o.orderedAt).toBe("2011-03-10T02:21:00.000Z");
    expect(r.warnings).toEqual([]);
    expect(r.order).toBe(o);
  });

  test("the same order as a web order", () => {
    const r = validateOrder(webOrder);
    expect(r.ok && r.value.channel).toBe("web");
    expect(validateOrder(seedPhoneOrder, { channel: "web" }).warnings.map((w) => w.code)).toEqual([
      "order/address-incomplete",
    ]);
  });
});

describe("names", () => {
  test("trimmed; surname and title; full names; compound surnames", () => {
    const name = (n: unknown) => {
      const r = validateOrder({ ...seedPhoneOrder, shipper: { name: n, phone: "13823033212" } });
      return r.ok
        ? [r.value.shipper.name, r.value.shipper.surname, r.value.shipper.title]
        : r.error[0]!.code;
    };
    expect(name("  王先生 ")).toEqual(["王先生", "王", "先生"]);
    expect(name("欧阳女士")).toEqual(["欧阳女士", "欧阳", "女士"]);
    expect(name("李小姐")).toEqual(["李小姐", "李", "小姐"]);
    expect(name("王小明先生")).toEqual(["王小明先生", null, "先生"]);
    expect(name("王小明")).toEqual(["王小明", null, null]);
    expect(name("先生")).toEqual(["先生", null, null]);
    expect(name("王1")).toBe("order/name-invalid");
    expect(name(123)).toBe("order/invalid-type");
  });

  test("a missing name is allowed with a warning", () => {
    for (const shipper of [
      { phone: "13823033212" },
      { name: "", phone: "13823033212" },
      { name: null, phone: "13823033212" },
    ]) {
      const r = validateOrder({ ...seedPhoneOrder, shipper });
      expect(r.ok).toBe(true);
      expect(r.warnings.map((w) => [w.code, w.path])).toEqual([
        ["order/contact-name-missing", ["shipper", "name"]],
      ]);
    }
    expect(warnings({ ...seedPhoneOrder, consignee: { phone: "13912345678" } })).toEqual([
      "order/contact-name-missing",
    ]);
  });

  test("the web form requires the consignee's name", () => {
    const e = first({ ...webOrder, consignee: { phone: "13912345678" } });
    expect([e.code, e.path]).toEqual(["order/required", ["consignee", "name"]]);
  });
});

describe("phones", () => {
  test("mobile, landline with extension, 400 numbers, digits as a number", () => {
    const phone = (p: unknown) => {
      const r = validateOrder({ ...seedPhoneOrder, shipper: { name: "王先生", phone: p } });
      return r.ok
        ? [r.value.shipper.phone.kind, r.value.shipper.phone.national]
        : r.error.map((e) => e.code);
    };
    expect(phone("138 2303 3212")).toEqual(["mobile", "13823033212"]);
    expect(phone(13823033212)).toEqual(["mobile", "13823033212"]);
    expect(phone("0571-25852654转802")).toEqual(["landline", "057125852654"]);
    expect(phone("400-123-4567")).toEqual(["service", "4001234567"]);
    expect(phone("95338")).toEqual(["order/phone-not-contactable"]);
    expect(phone("1382303321")).toEqual(["order/phone-invalid"]);
    expect(phone(-5)).toEqual(["order/phone-invalid"]);
    expect(phone(undefined)).toEqual(["order/required"]);
  });

  test("the phone module's reason is in the message", () => {
    const e = first({ ...seedPhoneOrder, shipper: { phone: "1382303321" } }, { locale: "en" });
    expect(e.path).toEqual(["shipper", "phone"]);
    expect(e.message.startsWith("pickup phone is not valid: ")).toBe(true);
    expect(e).toMatchObject({ reason: "phone/invalid-length" });
  });
});

describe("quantities", () => {
  const goods = (g: object) => {
    const r = validateOrder(withGoods(g));
    return r.ok
      ? [r.value.goods.pieces, r.value.goods.weightKg, r.value.goods.volumeM3]
      : r.error.map((e) => e.code);
  };
  test("numbers and text with units", () => {
    expect(goods({ pieces: 15, weight: 200, volume: 2.2 })).toEqual([15, 200, 2.2]);
    expect(goods({ weight: "200kg" })).toEqual([15, 200, 2.2]);
    expect(goods({ weight: "0.2吨", volume: "2.2立方" })).toEqual([15, 200, 2.2]);
    expect(goods({ weight: "400斤", volume: "2.2m³" })).toEqual([15, 200, 2.2]);
    expect(goods({ pieces: "１５件", weight: "２００公斤" })).toEqual([15, 200, 2.2]);
    expect(goods({ pieces: undefined, weight: 20, volume: null })).toEqual([1, 20, null]);
  });
  test("wrong units, zero and nonsense are errors at their path", () => {
    expect(goods({ weight: "2.2方" })).toEqual(["order/quantity-invalid"]);
    expect(goods({ weight: 0 })).toEqual(["order/quantity-not-positive"]);
    expect(goods({ pieces: 1.5 })).toEqual(["order/quantity-invalid"]);
    expect(goods({ volume: "很多" })).toEqual(["order/quantity-invalid"]);
    expect(goods({ weight: Number.NaN })).toEqual(["order/invalid-type"]);
    expect(goods({ weight: Number.POSITIVE_INFINITY })).toEqual(["order/invalid-type"]);
    expect(goods({ weight: true })).toEqual(["order/invalid-type"]);
    expect(first(withGoods({ weight: "abc" })).path).toEqual(["goods", "weight"]);
    // Paths stay right when the same failure happens again (no state kept between calls).
    expect(first(withGoods({ weight: "abc" })).path).toEqual(["goods", "weight"]);
    expect(first({ ...seedPhoneOrder, shipper: { phone: "1" } }).path).toEqual([
      "shipper",
      "phone",
    ]);
    expect(first({ ...seedPhoneOrder, shipper: { phone: "1" } }).path).toEqual([
      "shipper",
      "phone",
    ]);
  });
  test("piece weight and dimensions", () => {
    const r = validateOrder(withGoods({ pieceWeight: "20kg", dimensions: "1.2x0.8x0.6m" }));
    expect(r.ok && [r.value.goods.pieceWeightKg, r.value.goods.dimensionsCm]).toEqual([
      20,
      [120, 80, 60],
    ]);
    const dims = (d: unknown) => {
      const x = validateOrder(withGoods({ dimensions: d }));
      return x.ok ? x.value.goods.dimensionsCm : x.error.map((e) => e.code);
    };
    expect(dims("120*80*60")).toEqual([120, 80, 60]);
    expect(dims("120×80×60厘米")).toEqual([120, 80, 60]);
    expect(dims("600x400x300mm")).toEqual([60, 40, 30]);
    expect(dims([50, 40, 30])).toEqual([50, 40, 30]);
    expect(dims({ length: 50, width: 40, height: 30 })).toEqual([50, 40, 30]);
    expect(dims("120x80")).toEqual(["order/dimensions-invalid"]);
    expect(dims("axbxc")).toEqual(["order/dimensions-invalid"]);
    expect(dims([50, 0, 30])).toEqual(["order/dimensions-invalid"]);
    expect(dims({ length: 50 })).toEqual(["order/required", "order/required"]);
  });
});

describe("payment", () => {
  const pay = (p: unknown) => {
    const r = validateOrder({ ...seedPhoneOrder, payment: p });
    return r.ok
      ? [r.value.payment.method, r.value.payment.monthlyAccount]
      : r.error.map((e) => e.code);
  };
  test("synonyms", () => {
    expect(pay("寄付")).toEqual(["现付", null]);
    expect(pay("寄方付")).toEqual(["现付", null]);
    expect(pay("收方付")).toEqual(["到付", null]);
    expect(pay("到付")).toEqual(["到付", null]);
    expect(pay("collect")).toEqual(["到付", null]);
    expect(pay("运费到付")).toEqual(["到付", null]);
  });
  test("月结 needs its account", () => {
    expect(pay("月结")).toEqual(["order/monthly-account-required"]);
    expect(pay({ method: "月结" })).toEqual(["order/monthly-account-required"]);
    expect(pay({ method: "月结", monthlyAccount: 7551234567 })).toEqual(["月结", "7551234567"]);
    expect(pay("月结账号：7551234567")).toEqual(["月结", "7551234567"]);
    expect(pay("月结 75-51")).toEqual(["order/monthly-account-invalid"]);
    expect(pay({ method: "到付", monthlyAccount: "7551234567" })).toEqual(["到付", null]);
  });
  test("unknown", () => {
    expect(pay("支付宝")).toEqual(["order/payment-unknown"]);
    expect(pay(undefined)).toEqual(["order/required"]);
    expect(pay(3)).toEqual(["order/invalid-type"]);
  });
});

describe("fees and order time", () => {
  const fee = (f: unknown) => {
    const r = validateOrder({ ...seedPhoneOrder, pickupFee: f, deliveryFee: "免费" });
    return r.ok ? [r.value.fees.pickup, r.value.fees.delivery] : r.error.map((e) => e.code);
  };
  test("fees", () => {
    expect(fee(100)).toEqual([100, 0]);
    expect(fee("加提货费100")).toEqual([100, 0]);
    expect(fee("￥50元")).toEqual([50, 0]);
    expect(fee("无")).toEqual([0, 0]);
    expect(fee(null)).toEqual([null, 0]);
    expect(fee("100美元")).toEqual(["order/fee-invalid"]);
    expect(fee("很贵")).toEqual(["order/fee-invalid"]);
    expect(fee(-1)).toEqual(["order/fee-invalid"]);
  });
  const time = (t: unknown) => {
    const r = validateOrder({ ...seedPhoneOrder, orderedAt: t });
    return r.ok ? r.value.orderedAt : r.error.map((e) => e.code);
  };
  test("order time: China wall time, ISO with offset, Date, epoch", () => {
    expect(time("2011-03-10 15:00")).toBe("2011-03-10T07:00:00.000Z");
    expect(time("2011年3月10日 15时05分")).toBe("2011-03-10T07:05:00.000Z");
    expect(time("2011-03-10")).toBe("2011-03-09T16:00:00.000Z");
    expect(time("2011-03-10T15:00:00+08:00")).toBe("2011-03-10T07:00:00.000Z");
    expect(time("2011-03-10T07:00:00Z")).toBe("2011-03-10T07:00:00.000Z");
    expect(time(new Date(Date.UTC(2011, 2, 10, 7)))).toBe("2011-03-10T07:00:00.000Z");
    expect(time(Date.UTC(2011, 2, 10, 7))).toBe("2011-03-10T07:00:00.000Z");
    expect(time(undefined)).toBeNull();
    expect(time("2011-02-30 10:00")).toEqual(["order/order-time-invalid"]);
    expect(time("2011-03-10 25:00")).toEqual(["order/order-time-invalid"]);
    expect(time("2012/02/29 08:00")).toBe("2012-02-29T00:00:00.000Z");
    expect(time("2000-02-29")).toBe("2000-02-28T16:00:00.000Z");
    expect(time("1900-02-29")).toEqual(["order/order-time-invalid"]);
    expect(time("2011-04-31")).toEqual(["order/order-time-invalid"]);
    expect(time("2011-13-01")).toEqual(["order/order-time-invalid"]);
    expect(time("0050-01-01")).toEqual(["order/order-time-invalid"]);
    expect(time("2011-03-10 10:21:30")).toBe("2011-03-10T02:21:30.000Z");
    expect(time("昨天")).toEqual(["order/order-time-invalid"]);
    expect(time(new Date(Number.NaN))).toEqual(["order/invalid-type"]);
    expect(time(1e300)).toEqual(["order/order-time-invalid"]);
  });
});

describe("business rules", () => {
  test("prohibited goods are errors naming the category and span", () => {
    const e = first(withGoods({ name: "两箱打火机" }));
    expect(e).toMatchObject({
      code: "order/prohibited-goods",
      path: ["goods", "name"],
      categoryNo: 4,
      item: "打火机",
      start: 2,
      end: 5,
    });
    expect(e.message).toBe("违禁品不予收寄：“打火机”属于第4类 压缩和液化气体及其容器");
    expect(codes(withGoods({ name: "配件", description: "内含汽油" }))).toEqual([
      "order/prohibited-goods",
    ]);
    expect(codes(withGoods({ name: "打火机壳" }))).toEqual([]);
  });

  test("restricted and needs-review goods are warnings", () => {
    const r = validateOrder(withGoods({ name: "充电宝" }));
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(["order/restricted-goods"]);
    expect(r.warnings[0]!.message).toBe(
      "限寄物品“充电宝”：锂电池、充电宝受承运商航空运输限制，请确认运输方式",
    );
    expect(warnings(withGoods({ name: "高仿包" }))).toEqual(["order/goods-needs-review"]);
  });

  test("over-weight and over-size against the express profile", () => {
    expect(codes(withGoods({ pieces: 1, weight: "60公斤", volume: null }))).toEqual([
      "order/overweight",
    ]);
    expect(codes(withGoods({ pieces: 2, weight: "100公斤", volume: null }))).toEqual([]);
    expect(
      codes(withGoods({ pieces: 1, weight: 10, volume: null, dimensions: "160x20x20" })),
    ).toEqual(["order/oversize-side"]);
    expect(
      codes(withGoods({ pieces: 1, weight: 10, volume: null, dimensions: "140x100x90" })),
    ).toEqual(["order/oversize-sum"]);
    expect(
      codes(withGoods({ pieces: 1, weight: 10, volume: null, dimensions: "150x100x50" })),
    ).toEqual([]);
    // No dimensions: 2.2 m³ in one piece cannot fit 300 cm of sides (a cube needs 390 cm).
    const e = first(withGoods({ pieces: 1, weight: 10, volume: 2.2 }), { locale: "en" });
    expect(e).toMatchObject({ code: "order/oversize-sum", inferred: true, sumCm: 390.2 });
    expect(e.message).toBe(
      "over-size, refused: length + width + height at least 390.2 cm, limit 300 cm (express)",
    );
  });

  test("a freight profile the host configures", () => {
    const freight = createFreightProfile({
      maxPieceWeightKg: 1000,
      maxSideCm: 600,
      maxPieceVolumeM3: 3,
      maxPieces: 10,
    });
    expect(codes(withGoods({ pieces: 1, weight: 500, volume: 2.2 }), { profile: freight })).toEqual(
      [],
    );
    expect(codes(withGoods({ pieces: 1, weight: 1200, volume: 4 }), { profile: freight })).toEqual([
      "order/overweight",
      "order/oversize-volume",
    ]);
    expect(codes(withGoods({ pieces: 15 }), { profile: freight })).toEqual([
      "order/too-many-pieces",
    ]);
    expect(
      codes(withGoods({ pieces: 1, weight: 10, dimensions: "700x10x10" }), { profile: freight }),
    ).toEqual(["order/oversize-side"]);
    expect(() => createFreightProfile({ maxPieceWeightKg: -1 })).toThrow(/\[kuaidi-kefu\]/);
    expect(createFreightProfile({ id: "zto-ld", name: "中通快运" })).toEqual({
      id: "zto-ld",
      name: "中通快运",
    });
    expect(EXPRESS_PROFILE.maxPieceWeightKg).toBe(50);
  });

  test("used goods cannot be insured", () => {
    expect(codes(withGoods({ condition: "旧货", declaredValue: "3000元" }))).toEqual([
      "order/used-goods-not-insurable",
    ]);
    expect(codes(withGoods({ name: "二手冰箱", declaredValue: 3000 }))).toEqual([
      "order/used-goods-not-insurable",
    ]);
    expect(codes(withGoods({ condition: "used", declaredValue: 0 }))).toEqual([]);
    expect(codes(withGoods({ condition: "新货", declaredValue: 3000 }))).toEqual([]);
    expect(codes(withGoods({ condition: "半新" }))).toEqual(["order/invalid-value"]);
  });

  test("unpackaged and embargoed goods are refused", () => {
    expect(codes(withGoods({ packaging: "裸装" }))).toEqual(["order/unpackaged"]);
    expect(codes(withGoods({ packaging: false }))).toEqual(["order/unpackaged"]);
    expect(codes(withGoods({ name: "裸装钢材" }))).toEqual(["order/unpackaged"]);
    expect(codes(withGoods({ packaging: "纸箱" }))).toEqual([]);
    expect(codes(withGoods({ packaging: "塑料" }))).toEqual(["order/invalid-value"]);
    expect(codes(withGoods({ embargoed: true }))).toEqual(["order/embargoed"]);
    const e = first(withGoods({ name: "新鲜荔枝" }), { embargo: ["荔枝", "榴莲"] });
    expect(e).toMatchObject({ code: "order/embargoed", item: "荔枝" });
    expect(
      codes(withGoods({ name: "配件", description: "榴莲味" }), { embargo: ["荔枝", "榴莲"] }),
    ).toEqual(["order/embargoed"]);
    expect(codes(withGoods({ name: "配件" }), { embargo: [] })).toEqual([]);
  });

  test("addresses: present, plausible, destination city recognised", () => {
    expect(codes({ ...seedPhoneOrder, pickupAddress: "" })).toEqual(["order/required"]);
    expect(codes({ ...seedPhoneOrder, pickupAddress: "   " })).toEqual(["order/required"]);
    expect(codes({ ...seedPhoneOrder, pickupAddress: "1234567" })).toEqual([
      "order/address-implausible",
    ]);
    expect(codes({ ...seedPhoneOrder, pickupAddress: "啊啊啊啊啊" })).toEqual([
      "order/address-implausible",
    ]);
    expect(codes({ ...seedPhoneOrder, destination: "x" })).toEqual(["order/address-implausible"]);
    expect(warnings({ ...seedPhoneOrder, destination: "西湖区文三路1号" })).toEqual([
      "order/destination-city-unknown",
    ]);
    expect(warnings({ ...seedPhoneOrder, pickupAddress: "深圳市" })).toEqual([
      "order/address-incomplete",
    ]);
    const r = validateOrder({
      ...seedPhoneOrder,
      destination: { province: "浙江省", city: "杭州市", detail: "文三路1号" },
    });
    expect(r.ok && [r.value.destination.text, r.value.destination.city]).toEqual([
      "浙江省杭州市文三路1号",
      "杭州市",
    ]);
    expect(codes({ ...seedPhoneOrder, destination: { detail: 5 } })).toEqual([
      "order/invalid-type",
    ]);
  });

  test("coverage is the host's predicate", () => {
    const notTibet: ValidateOrderOptions["coverage"] = (d) =>
      d.city === null ? undefined : d.province !== "西藏自治区";
    expect(codes({ ...seedPhoneOrder, destination: "拉萨" }, { coverage: notTibet })).toEqual([
      "order/destination-not-covered",
    ]);
    expect(codes(seedPhoneOrder, { coverage: notTibet })).toEqual([]);
    expect(
      warnings({ ...seedPhoneOrder, destination: "西湖区文三路" }, { coverage: notTibet }),
    ).toEqual(["order/destination-city-unknown", "order/coverage-unknown"]);
    const throwing = () => {
      throw new Error("down");
    };
    expect(warnings(seedPhoneOrder, { coverage: throwing })).toEqual(["order/coverage-unknown"]);
  });

  test("a custom matcher", () => {
    const matcher = createGoodsMatcher([{ term: "防狼喷雾", kind: "prohibited", category: 2 }]);
    expect(codes(withGoods({ name: "防狼喷雾" }), { matcher })).toEqual(["order/prohibited-goods"]);
  });

  test("a broken order still has its goods checked", () => {
    expect(codes({ goods: { name: "打火机", weight: 60 } })).toEqual([
      "order/required",
      "order/required",
      "order/required",
      "order/required",
      "order/prohibited-goods",
      "order/overweight",
    ]);
    expect(codes({ goods: { name: "汽油", weight: "x" }, shipper: 1 })).toContain(
      "order/prohibited-goods",
    );
    expect(validateOrder({ goods: { name: "打火机", weight: 60 } }).order).toBeNull();
  });

  test("a refused order still carries its normalised form", () => {
    const r = validateOrder(withGoods({ name: "汽油" }));
    expect(r.ok).toBe(false);
    expect(r.order?.goods.name).toBe("汽油");
  });
});

describe("issues", () => {
  test("structure errors have codes, paths and messages in both languages", () => {
    expect(codes(null)).toEqual(["order/not-an-object"]);
    expect(codes([])).toEqual(["order/not-an-object"]);
    expect(codes("order")).toEqual(["order/not-an-object"]);
    expect(first({}, { locale: "en" }).message).toBe("shipper (pickup contact) is required");
    expect(
      first(
        { ...seedPhoneOrder, goods: { ...seedPhoneOrder.goods, name: "x".repeat(201) } },
        { locale: "en" },
      ),
    ).toMatchObject({
      code: "order/too-long",
      path: ["goods", "name"],
      max: 200,
      message: "goods name is too long (limit 200 characters)",
    });
    expect(first({ ...seedPhoneOrder, channel: "fax" })).toMatchObject({
      code: "order/invalid-value",
      path: ["channel"],
    });
    expect(
      first({ ...seedPhoneOrder, goods: { ...seedPhoneOrder.goods, name: "  " } }),
    ).toMatchObject({ code: "order/required", path: ["goods", "name"] });
    expect(
      first({ ...seedPhoneOrder, goods: { ...seedPhoneOrder.goods, name: "  " } }).message,
    ).toBe("缺少货物名称");
    expect(
      first({ ...seedPhoneOrder, goods: { ...seedPhoneOrder.goods, dimensions: { length: "a" } } }),
    ).toMatchObject({ code: "order/invalid-type" });
    expect(first({ ...seedPhoneOrder, orderedAt: 1n as unknown as number })).toMatchObject({
      code: "order/invalid-type",
      path: ["orderedAt"],
    });
  });

  test("every code has both messages; warnings are a subset", () => {
    for (const [code, t] of Object.entries(ORDER_MESSAGES)) {
      expect(code.startsWith("order/")).toBe(true);
      const p = {
        field: "goods.weight",
        received: "x",
        expected: "string",
        max: 1,
        reason: "phone/empty",
        detail: {},
        kind: "short",
        unit: "kg",
        city: "杭州市",
        categoryNo: 1,
        categoryName: "x",
        item: "x",
        start: 0,
        end: 1,
        restrictedId: "liquids",
        rule: "x",
        declaredValue: 1,
        weightKg: 1,
        maxKg: 1,
        profile: "快递",
        profileId: "express",
        sideCm: 1,
        maxCm: 1,
        sumCm: 1,
        inferred: false,
        volumeM3: 1,
        maxM3: 1,
        pieces: 1,
      };
      expect(t["zh-CN"](p as never).length).toBeGreaterThan(0);
      expect(t.en(p as never).length).toBeGreaterThan(0);
    }
    for (const c of ORDER_WARNING_CODES) expect(c in ORDER_MESSAGES).toBe(true);
    expect(fieldLabel("goods.unknownThing", "en")).toBe("goods.unknownThing");
    expect(fieldLabel("nothing")).toBe("nothing");
  });
});
