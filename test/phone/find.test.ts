import { describe, expect, it } from "vitest";
import { findPhones, parsePhone, type PhoneMatch } from "kuaidi-kefu/phone";

const SEED_SMS =
  "[110310221]客王先生13823033212配件15件200公斤2.2方往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]";

const spans = (
  text: string,
  options?: Parameters<typeof findPhones>[1],
): [string, number, number][] => findPhones(text, options).map((m) => [m.raw, m.start, m.end]);
const nationals = (text: string): string[] => findPhones(text).map((m) => m.number.national);

describe("findPhones: the seed dispatch SMS (seed 000)", () => {
  it("finds the shipper's mobile and the consignee's landline, nothing else", () => {
    expect(spans(SEED_SMS)).toEqual([
      ["13823033212", 15, 26],
      ["0571-25852654", 46, 59],
    ]);
    const [mobile, landline] = findPhones(SEED_SMS);
    expect(mobile?.number.kind).toBe("mobile");
    expect(landline?.number).toMatchObject({ kind: "landline", areaCode: "0571", city: "杭州" });
  });

  it("finds them when the printed manual wraps the SMS over lines, digits split", () => {
    const wrapped =
      "[110310221]客王先\n生13823033212配\n件15件200公斤2.2方往杭州马先生\n0571-25852654现\n付。";
    expect(nationals(wrapped)).toEqual(["13823033212", "057125852654"]);
    expect(nationals("客王先生138230\n33212配件")).toEqual(["13823033212"]);
    expect(nationals("往马先生0571-\r\n25852654现付")).toEqual(["057125852654"]);
    const m = findPhones("客王先生138230\n33212配件")[0] as PhoneMatch;
    expect(m.raw).toBe("138230\n33212");
  });

  it("does not take the serial, the staff number, quantities or the follow-up SMS's waybill", () => {
    expect(
      findPhones("[110310284]单号755123456789012,货物已超过配送时效2小时,请速处理。[8011]"),
    ).toEqual([]);
    expect(findPhones("[110310221]")).toEqual([]);
    expect(findPhones("15件200公斤2.2方,加提货费100,15点前提,120元")).toEqual([]);
  });

  it("finds SF's hotline in the complaint description (seed 004)", () => {
    const text = "大致流程是客户致电95338反馈快件问题";
    expect(spans(text)).toEqual([["95338", 9, 14]]);
  });
});

describe("findPhones: free text", () => {
  it("finds numbers run into Chinese text", () => {
    expect(nationals("收件人张三13912345678地址杭州")).toEqual(["13912345678"]);
    expect(nationals("电话：0571-25852654，手机：13823033212。")).toEqual([
      "057125852654",
      "13823033212",
    ]);
    expect(nationals("请拨打400-811-1111或95338咨询")).toEqual(["4008111111", "95338"]);
  });

  it("finds prefixed, bracketed and full-width numbers with their spans in the original", () => {
    const text = "联系（０５７１）２５８５２６５４，或＋８６ １３８ ２３０３ ３２１２。";
    expect(spans(text)).toEqual([
      ["（０５７１）２５８５２６５４", 2, 16],
      ["＋８６ １３８ ２３０３ ３２１２", 18, 35],
    ]);
    expect(spans("tel: +86 571 2585 2654.")).toEqual([["+86 571 2585 2654", 5, 22]]);
    expect(spans("(0571)25852654")).toEqual([["(0571)25852654", 0, 14]]);
    expect(spans("(13823033212)")).toEqual([["13823033212", 1, 12]]);
  });

  it("takes extensions written after the number", () => {
    const found = findPhones(
      "办公室0571-25852654转802，晚上打0571-25852654-803 或 010 6234 5678 分机 12",
    );
    expect(found.map((m) => [m.raw, m.number.extension])).toEqual([
      ["0571-25852654转802", "802"],
      ["0571-25852654-803", "803"],
      ["010 6234 5678 分机 12", "12"],
    ]);
    expect(findPhones("400-811-1111转2号键")[0]?.number.display).toBe("400-811-1111转2");
  });

  it("does not treat a marker after a mobile, or a too long extension, as an extension", () => {
    expect(spans("13823033212转802")).toEqual([["13823033212", 0, 11]]);
    expect(spans("0571-25852654转1234567")).toEqual([["0571-25852654", 0, 13]]);
    expect(spans("0571-25852654转12345")).toEqual([["0571-25852654转12345", 0, 19]]);
  });

  it("separates numbers written side by side", () => {
    expect(nationals("13823033212 13912345678")).toEqual(["13823033212", "13912345678"]);
    expect(nationals("13823033212/13912345678")).toEqual(["13823033212", "13912345678"]);
    expect(nationals("13823033212\n13912345678")).toEqual(["13823033212", "13912345678"]);
    expect(nationals("13823033212、13912345678")).toEqual(["13823033212", "13912345678"]);
    expect(nationals("0571 25852654 13823033212")).toEqual(["057125852654", "13823033212"]);
  });

  it("never reports part of a longer digit run", () => {
    expect(findPhones("运单号755123456789012")).toEqual([]);
    expect(findPhones("订单1382303321299")).toEqual([]);
    expect(findPhones("113823033212")).toEqual([]);
    expect(findPhones("0057125852654")).toEqual([]);
  });

  it("never reports digits glued to Latin letters (waybill and order ids)", () => {
    expect(findPhones("SF13823033212")).toEqual([]);
    expect(findPhones("13823033212AB")).toEqual([]);
    expect(findPhones("JD0571-25852654")).toEqual([]);
  });

  it("skips invalid numbers, dates, amounts and data-only numbers", () => {
    expect(findPhones("2011-03-10 15:00 下单，金额 1,000.50 元")).toEqual([]);
    expect(findPhones("上网卡14512345678")).toEqual([]);
    expect(findPhones("本地号25852654")).toEqual([]);
    expect(findPhones("空号12345678901")).toEqual([]);
  });

  it("reports short numbers only as hotlines", () => {
    expect(nationals("客服10086，政务12345，急救120，报警110，共12件，编号12399")).toEqual([
      "10086",
      "12345",
    ]);
    expect(nationals("96196")).toEqual(["96196"]);
  });

  it("keeps only the kinds asked for", () => {
    const text = "13823033212、0571-25852654、400-811-1111、95338";
    expect(findPhones(text, { kinds: ["landline"] }).map((m) => m.raw)).toEqual(["0571-25852654"]);
    expect(findPhones(text, { kinds: [] })).toEqual([]);
    expect(findPhones(text).map((m) => m.number.kind)).toEqual([
      "mobile",
      "landline",
      "service",
      "short",
    ]);
  });

  it("scans only maxLength characters and never throws on non-strings", () => {
    const text = `${"好".repeat(20)}13823033212`;
    expect(findPhones(text, { maxLength: 25 })).toEqual([]);
    expect(findPhones(text, { maxLength: 31 })).toHaveLength(1);
    expect(findPhones(text, { maxLength: -1 })).toEqual([]);
    expect(findPhones(42 as unknown as string)).toEqual([]);
    expect(findPhones(null as unknown as string)).toEqual([]);
    expect(findPhones("")).toEqual([]);
  });

  it("gives spans that parse back to the same number", () => {
    const text = `${SEED_SMS}\n联系（0571）25852654转8 或 +86 138-2303-3212`;
    const found = findPhones(text);
    expect(found).toHaveLength(4);
    for (const m of found) {
      expect(text.slice(m.start, m.end)).toBe(m.raw);
      expect(parsePhone(m.raw)).toEqual({ ok: true, value: m.number });
    }
  });
});
