import { describe, expect, test } from "vitest";
import {
  remarkTopics,
  renderConfirmationCall,
  reviewWebOrder,
  validateOrder,
  REVIEW_ITEMS,
} from "kuaidi-kefu/order";
import { seedPhoneOrder, webOrder } from "./fixtures.ts";

const agent = { id: "8011", company: "中铁" };
const status = (r: ReturnType<typeof reviewWebOrder>) =>
  Object.fromEntries(r.checklist.filter((i) => i.status !== "ok").map((i) => [i.id, i.status]));

describe("reviewWebOrder (核单)", () => {
  test("a clean order: confirm, every item ok, a call is still required", () => {
    const r = reviewWebOrder(webOrder);
    expect(r.outcome).toBe("confirm");
    expect(r.callRequired).toBe(true);
    expect(r.checklist.map((i) => i.id)).toEqual(REVIEW_ITEMS.filter((i) => i !== "other"));
    expect(status(r)).toEqual({});
    expect(r.order?.channel).toBe("web");
    expect(r.voidReason).toBeNull();
  });

  test("problems to correct go on their items", () => {
    const r = reviewWebOrder({
      ...webOrder,
      consignee: { phone: "123" },
      payment: "月结",
      orderedAt: "someday",
    });
    expect(r.outcome).toBe("correct");
    expect(status(r)).toEqual({
      "consignee-phone": "problem",
      payment: "problem",
      other: "problem",
    });
    expect(r.order).toBeNull();
  });

  test("warnings make an item a warning, the outcome stays confirm", () => {
    const r = reviewWebOrder({
      ...webOrder,
      goods: { name: "充电宝", weight: 1 },
      shipper: { phone: "13912345678" },
    });
    expect(r.outcome).toBe("confirm");
    expect(status(r)).toEqual({ "shipper-name": "warning", goods: "warning" });
  });

  test("goods that cannot be shipped void the order with the reason", () => {
    const r = reviewWebOrder(
      { ...webOrder, goods: { name: "汽油", pieces: 1, weight: 80 } },
      { locale: "en" },
    );
    expect(r.outcome).toBe("void");
    expect(r.voidReasons.map((i) => i.code)).toEqual([
      "order/prohibited-goods",
      "order/overweight",
    ]);
    expect(r.voidReason).toBe(
      'prohibited goods refused: "汽油" is in category 5 (易燃液体); over-weight, refused: 80 kg per piece, limit 50 kg (express)',
    );
    expect(r.order?.goods.name).toBe("汽油");
    expect(status(r)).toEqual({ goods: "problem", "goods-size": "problem" });
    const covered = reviewWebOrder(webOrder, { coverage: () => false });
    expect([covered.outcome, covered.voidReason]).toEqual(["void", "杭州市不在派送范围内"]);
  });

  test("remarks (留言) are read for changes and for prohibited goods (seed 002)", () => {
    const r = reviewWebOrder({ ...webOrder, remarks: "地址改为杭州市西湖区文三路2号，尺码换成XL" });
    expect(r.outcome).toBe("correct");
    expect(r.remarks.topics).toEqual(["address", "goods", "size"]);
    expect(status(r)).toEqual({ remarks: "warning" });
    const p = reviewWebOrder({ ...webOrder, remarks: "箱子里还有两个打火机" });
    expect(p.outcome).toBe("void");
    expect(status(p)).toEqual({ remarks: "problem" });
    const broken = reviewWebOrder({ remarks: "  电话改成13912345678 ", goods: 1 });
    expect(broken.remarks).toEqual({ text: "电话改成13912345678", topics: ["phone"] });
  });

  test("remarkTopics", () => {
    expect(remarkTopics("请联系13912345678")).toEqual(["phone"]);
    expect(remarkTopics("多发一件")).toEqual(["quantity"]);
    expect(remarkTopics("")).toEqual([]);
    expect(remarkTopics(7)).toEqual([]);
  });

  test("anything at all is reviewed without throwing", () => {
    for (const x of [null, 1, "x", [], {}, { remarks: 5 }])
      expect(reviewWebOrder(x).outcome).toBe("correct");
  });
});

describe("renderConfirmationCall", () => {
  test("the seed's script: greeting with work number, purpose, read back, closing", () => {
    const r = reviewWebOrder({
      ...webOrder,
      shipper: { name: "王先生", phone: "13823033212" },
      pickupFee: 100,
    });
    const s = renderConfirmationCall(r, agent);
    expect(s.lines.map((l) => l.step)).toEqual([
      "greeting",
      "purpose",
      "read-back",
      "read-back",
      "read-back",
      "read-back",
      "closing",
    ]);
    expect(s.text).toBe(
      [
        "王先生您好！我是中铁客服代表，我的工号是8011。感谢您选择中铁为您服务。",
        "您在我们网站上下的订单已经收到。为确保信息准确，想跟您再核对一下订单信息，可以吗？",
        "您的提货地址是上海市浦东新区世纪大道100号，对吗？",
        "货物是衣服，2件，3.5公斤，0.05方。",
        "收货人是马先生，电话0571-25852654，收货地址是浙江省杭州市西湖区文三路1号。",
        "运费到付，另加提货费100元。",
        "谢谢您的配合。我们的提货人员会尽快与您联系，请保持电话畅通。谢谢！",
      ].join("\n"),
    );
  });

  test("English, monthly account, problems and remarks", () => {
    const r = reviewWebOrder({
      ...webOrder,
      shipper: { phone: "13912345678" },
      payment: { method: "月结", monthlyAccount: "7551234567" },
      goods: { name: "充电宝", weight: 1 },
      remarks: "地址改为文三路2号",
    });
    const s = renderConfirmationCall(r, agent, { locale: "en" });
    expect(s.lines[0]!.text).toBe(
      "Hello! This is 中铁 customer service, agent number 8011. Thank you for choosing 中铁.",
    );
    expect(s.lines.filter((l) => l.step === "read-back").map((l) => l.text)).toEqual([
      "Your pickup address is 上海市浦东新区世纪大道100号, is that right?",
      "The goods are 充电宝: 1 piece(s), 1 kg.",
      "It goes to 马先生, phone 0571-25852654, at 浙江省杭州市西湖区文三路1号.",
      "Freight is on your monthly account 7551234567.",
    ]);
    expect(s.lines.filter((l) => l.step === "problem").map((l) => l.text)).toEqual([
      "Also, shipper name not given; note it and call on pickup; could you confirm this for me?",
      'Also, restricted item "充电宝": carriers restrict them on air transport; check the service; could you confirm this for me?',
      'Your remark says "地址改为文三路2号"; let us update the order accordingly.',
    ]);
  });

  test("a void order: the refusal instead of the read back", () => {
    const r = reviewWebOrder({ ...webOrder, goods: { name: "鞭炮", weight: 5 } });
    const s = renderConfirmationCall(r, agent);
    expect(s.lines.map((l) => l.step)).toEqual(["greeting", "purpose", "void"]);
    expect(s.lines[2]!.text).toBe(
      "很抱歉，违禁品不予收寄：“鞭炮”属于第3类 爆炸物品。这批货物我们无法承运，这张订单将作废，感谢您的理解。",
    );
    expect(renderConfirmationCall(r, agent, { locale: "en" }).lines[2]!.text).toBe(
      'I am sorry: prohibited goods refused: "鞭炮" is in category 3 (爆炸物品). We cannot carry these goods, so this order will be voided. Thank you for your understanding.',
    );
  });

  test("a normalised phone order without consignee, and a broken one", () => {
    const v = validateOrder({ ...seedPhoneOrder, consignee: undefined });
    const s = v.ok ? renderConfirmationCall(v.value, agent, { locale: "en" }) : undefined;
    expect(s?.lines.map((l) => l.text).slice(3, 5)).toEqual([
      "The goods are 配件: 15 piece(s), 200 kg, 2.2 m³.",
      "It goes to 杭州.",
    ]);
    expect(s?.lines[5]?.text).toBe("Freight is prepaid at pickup, plus a pickup fee of 100 yuan.");
    const zh = v.ok ? renderConfirmationCall(v.value, agent) : undefined;
    expect(zh?.lines[4]?.text).toBe("目的地是杭州。");
    const nameless = validateOrder({
      ...webOrder,
      consignee: { name: "马先生", phone: "13912345678" },
      payment: "现付",
    });
    expect(nameless.ok).toBe(true);
    const broken = renderConfirmationCall(reviewWebOrder({}), agent);
    expect(broken.lines[0]!.text.startsWith("您好！")).toBe(true);
    expect(broken.lines.filter((l) => l.step === "problem").length).toBeGreaterThan(3);
  });
});
