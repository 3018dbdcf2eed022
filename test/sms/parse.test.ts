import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  encodeOverdueSms,
  parseDeadline,
  parseDispatchSms,
  parseOverdueSms,
  parseSms,
  type Dispatch,
} from "kuaidi-kefu/sms";
import { SEED, SEED_TEXT } from "./seed.ts";

// The manual prints the SMS wrapped like this (seed 000, 2.2.3.3).
const WRAPPED =
  "[110310221]客王先\n\n生13823033212配\n\n件15件200公斤2.2\n\n方往杭州马先生\n\n0571-25852654现\n\n付。加提货费100,\n\n15点前提。[8011]";

function parsed(text: string): Dispatch | undefined {
  const r = parseDispatchSms(text);
  return r.ok ? r.value.dispatch : undefined;
}

describe("parseDispatchSms: the manual's example", () => {
  test("as printed on one line", () => {
    expect(parsed(SEED_TEXT)).toEqual(SEED);
  });
  test("wrapped every few characters as the manual prints it", () => {
    expect(parsed(WRAPPED)).toEqual(SEED);
  });
  test("spans point into the original text", () => {
    const r = parseDispatchSms(WRAPPED);
    if (!r.ok) throw new Error("no parse");
    const cut = (s: readonly [number, number] | undefined): string =>
      s ? WRAPPED.slice(s[0], s[1]) : "";
    expect(cut(r.value.spans.shipperName)).toBe("王先\n\n生");
    expect(cut(r.value.spans.consigneePhone)).toBe("0571-25852654");
    expect(cut(r.value.spans.payment)).toBe("现\n\n付");
    expect(r.value.spans.extraCharges?.map(cut)).toEqual(["加提货费100"]);
    expect(cut(r.value.spans.note)).toBe("15点前提");
    expect(cut(r.value.spans.staffNo)).toBe("8011");
    expect(r.value.deadline).toEqual({ hour: 15, minute: 0, span: r.value.spans.note });
  });
});

describe("parseDispatchSms: what people type", () => {
  test.each([
    [
      "full-width brackets, digits and punctuation",
      "［１１０３１０２２１］客王先生１３８２３０３３２１２配件１５件２００公斤２．２方往杭州马先生０５７１－２５８５２６５４现付。加提货费１００，１５点前提。［８０１１］",
    ],
    [
      "【】 for []",
      "【110310221】客王先生13823033212配件15件200公斤2.2方往杭州马先生0571-25852654现付。加提货费100,15点前提。【8011】",
    ],
    [
      "kg",
      "[110310221]客王先生13823033212配件15件200kg2.2方往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]",
    ],
    [
      "KG and 立方",
      "[110310221]客王先生13823033212配件15件200KG2.2立方往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]",
    ],
    [
      "千克 and m³",
      "[110310221]客王先生13823033212配件15件200千克2.2m³往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]",
    ],
    [
      "斤 and 吨",
      "[110310221]客王先生13823033212配件15件400斤2.2方往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]",
    ],
    [
      "landline without dash",
      "[110310221]客王先生13823033212配件15件200公斤2.2方往杭州马先生057125852654现付。加提货费100,15点前提。[8011]",
    ],
    [
      "mobile with spaces",
      "[110310221]客王先生138 2303 3212配件15件200公斤2.2方往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]",
    ],
    [
      "payment synonym 寄付",
      "[110310221]客王先生13823033212配件15件200公斤2.2方往杭州马先生0571-25852654寄付。加提货费100,15点前提。[8011]",
    ],
    [
      "signature at the start",
      "【某某物流】[110310221]客王先生13823033212配件15件200公斤2.2方往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]",
    ],
    [
      "signature at the end",
      "[110310221]客王先生13823033212配件15件200公斤2.2方往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]【某某物流】",
    ],
    [
      "spaces between fields",
      "[110310221] 客 王先生 13823033212 配件 15件 200公斤 2.2方 往 杭州 马先生 0571-25852654 现付。 加提货费100元, 15点前提。 [8011]",
    ],
    ["CRLF wrapping", SEED_TEXT.replace(/(.{7})/g, "$1\r\n")],
  ])("%s", (_name, text) => {
    expect(parsed(text)).toEqual(SEED);
  });
  test("quantities in another order, pieces as 箱, 0.2吨", () => {
    const d = parsed(
      "[110310221]客王先生13823033212配件2.2方0.2吨15箱往杭州马先生0571-25852654现付。[8011]",
    );
    expect(d && [d.pieces, d.weightKg, d.volumeM3]).toEqual([15, 200, 2.2]);
  });
  test("payment synonyms: 到付 / 收方付 / 月结账号 / 提付", () => {
    for (const [word, method] of [
      ["到付", "到付"],
      ["收方付", "到付"],
      ["月结账号", "月结"],
      ["提付", "到付"],
    ] as const) {
      expect(
        parsed(`[110310221]客王先生13823033212配件15件往杭州马先生0571-25852654${word}。[8011]`)
          ?.payment,
      ).toBe(method);
    }
  });
  test("payment written after a label is still found", () => {
    expect(
      parsed("[110310221]客王先生13823033212配件15件往杭州马先生0571-25852654付款方式:月结[8011]")
        ?.payment,
    ).toBe("月结");
  });
  test("several extra charges, 加收, 元", () => {
    const d = parsed(
      "[110310221]客王先生13823033212配件15件往杭州马先生0571-25852654到付。加提货费100元,加收送货费50.5,上楼费20,下午3点前提。[8011]",
    );
    expect(d?.extraCharges).toEqual([
      { name: "提货费", amount: 100 },
      { name: "送货费", amount: 50.5 },
      { name: "上楼费", amount: 20 },
    ]);
    expect(d?.note).toBe("下午3点前提");
  });
  test("deadline forms", () => {
    const at = (note: string): unknown => {
      const r = parseDispatchSms(
        `[110310221]客王先生13823033212配件15件往杭州马先生0571-25852654现付。${note}。[8011]`,
      );
      return r.ok && r.value.deadline ? [r.value.deadline.hour, r.value.deadline.minute] : null;
    };
    expect(at("15点前提")).toEqual([15, 0]);
    expect(at("下午3点前提")).toEqual([15, 0]);
    expect(at("晚上8点半前提货")).toEqual([20, 30]);
    expect(at("中午12点前")).toEqual([12, 0]);
    expect(at("上午9:30前提")).toEqual([9, 30]);
    expect(at("10点15分前")).toEqual([10, 15]);
    expect(at("易碎轻放")).toBeNull();
    expect(at("25点前提")).toBeNull();
  });
  test("destination and consignee: separator, compound surname, place ending", () => {
    const dc = (region: string): unknown => {
      const d = parsed(
        `[110310221]客王先生13823033212配件15件往${region}0571-25852654现付。[8011]`,
      );
      return d ? [d.destination, d.consigneeName] : null;
    };
    expect(dc("杭州,马云")).toEqual(["杭州", "马云"]);
    expect(dc("杭州 马云")).toEqual(["杭州", "马云"]);
    expect(dc("杭州欧阳先生")).toEqual(["杭州", "欧阳先生"]);
    expect(dc("杭州市西湖区马云")).toEqual(["杭州市西湖区", "马云"]);
    expect(dc("杭州李总")).toEqual(["杭州", "李总"]);
  });
  test("a local landline without area code is kept as written", () => {
    expect(
      parsed("[110310221]客王先生13823033212配件15件往杭州马先生25852654现付。[8011]")
        ?.consigneePhone,
    ).toBe("25852654");
  });
  test("no goods quantity: goods end at 往", () => {
    const d = parsed("[110310221]客王先生13823033212配件往杭州马先生0571-25852654现付。[8011]");
    expect(d?.goods).toBe("配件");
    expect(d?.pieces).toBeUndefined();
  });
});

describe("parseDispatchSms: errors name what is missing and keep what was understood", () => {
  test("destination and consignee cannot be told apart", () => {
    const r = parseDispatchSms(
      "[110310221]客王先生13823033212配件15件往杭州马云0571-25852654现付。[8011]",
      { locale: "en" },
    );
    expect(r.ok ? null : r.error).toMatchObject({
      code: "sms/dispatch-incomplete",
      missing: [],
      ambiguous: ["destination", "consigneeName"],
      understood: {
        serial: "110310221",
        consigneePhone: "0571-25852654",
        payment: "现付",
        staffNo: "8011",
      },
      message: "incomplete dispatch SMS: ambiguous destination, consigneeName",
    });
  });
  test("missing serial, staff number and payment", () => {
    const r = parseDispatchSms("客王先生13823033212配件15件往杭州马先生0571-25852654");
    expect(r.ok ? null : r.error).toMatchObject({
      missing: ["serial", "payment", "staffNo"],
      ambiguous: [],
    });
    expect(r.ok ? "" : r.error.message).toBe("下单短信不完整：缺少 serial、payment、staffNo");
  });
  test("a bad phone is ambiguous", () => {
    const r = parseDispatchSms("[110310221]客王先生123配件15件往杭州马先生0571-258现付。[8011]");
    expect(r.ok ? null : r.error).toMatchObject({ ambiguous: ["shipperPhone", "consigneePhone"] });
  });
  test("nothing after the name", () => {
    const r = parseDispatchSms("[110310221]客王先生[8011]");
    expect(r.ok ? null : r.error).toMatchObject({
      missing: [
        "shipperPhone",
        "goods",
        "destination",
        "consigneeName",
        "consigneePhone",
        "payment",
      ],
    });
  });
  test("no shipper name, no goods, no destination", () => {
    const r = parseDispatchSms("[110310221]13823033212往0571-25852654现付[8011]");
    expect(r.ok ? null : r.error).toMatchObject({
      missing: ["shipperName", "goods", "destination", "consigneeName"],
    });
  });
  test("input guards", () => {
    expect(parseDispatchSms(5 as unknown as string)).toMatchObject({
      ok: false,
      error: { code: "input/not-text" },
    });
    expect(parseDispatchSms("x".repeat(2001))).toMatchObject({
      ok: false,
      error: { code: "input/too-long" },
    });
    expect(parseDispatchSms("x".repeat(3000), { maxLength: 5000, locale: "en" }).ok).toBe(false);
  });
});

describe("overdue chaser and parseSms", () => {
  const CHASER = "[110310284]单号7551234567,货物已超过配送时效2小时,请速处理。[8011]";
  test("encode writes the manual's form, 48 characters for a 10-character waybill", () => {
    const r = encodeOverdueSms({
      serial: "110310284",
      waybill: "755xxxxxxx",
      overdueHours: 2,
      staffNo: "8011",
    });
    expect(r.ok && [r.value.text, r.value.length, r.value.segments, r.value.encoding]).toEqual([
      "[110310284]单号755xxxxxxx,货物已超过配送时效2小时,请速处理。[8011]",
      48,
      1,
      "UCS-2",
    ]);
    const signed = encodeOverdueSms(
      { serial: "110310284", waybill: "7551234567", overdueHours: 1.5, staffNo: "8011" },
      { signature: "某某物流" },
    );
    expect(signed.ok && signed.value.text).toContain("1.5小时");
  });
  test.each([
    ["serial", { serial: "x" }],
    ["waybill", { waybill: "12" }],
    ["waybill", { waybill: "755-1234567" }],
    ["overdueHours", { overdueHours: 0 }],
    ["overdueHours", { overdueHours: 1.25 }],
    ["staffNo", { staffNo: "" }],
  ])("invalid %s", (field, patch) => {
    const r = encodeOverdueSms({
      serial: "110310284",
      waybill: "7551234567",
      overdueHours: 2,
      staffNo: "8011",
      ...patch,
    } as never);
    expect(r.ok ? null : r.error).toMatchObject({ code: "sms/invalid-field", field });
  });
  test("encode refuses a non-object", () => {
    expect(encodeOverdueSms(null as never).ok).toBe(false);
  });
  test("parse: as printed (wrapped), full-width, 运单号, 个小时, days, signature", () => {
    const printed =
      "[110310284]单号\n\n755xxxxxxx,货物已\n\n超过配送时效2小\n\n时,请速处理。\n\n[8011]";
    expect(parseOverdueSms(printed)).toMatchObject({
      ok: true,
      value: { overdue: { waybill: "755xxxxxxx", overdueHours: 2 } },
    });
    expect(
      parseOverdueSms(
        "【110310284】运单号：SF1234567890，货物已超过配送时效3个小时，请速处理。【8011】【某某物流】",
      ),
    ).toMatchObject({
      ok: true,
      value: {
        overdue: { waybill: "SF1234567890", overdueHours: 3 },
        signature: { text: "某某物流", position: "end" },
      },
    });
    expect(parseOverdueSms("[110310284]单号7551234567,已超时1天[8011]")).toMatchObject({
      ok: true,
      value: { overdue: { overdueHours: 24 } },
    });
  });
  test("parse errors list what is missing", () => {
    expect(parseOverdueSms("单号12,请速处理")).toMatchObject({
      ok: false,
      error: {
        code: "sms/overdue-incomplete",
        missing: ["serial", "waybill", "overdueHours", "staffNo"],
      },
    });
    expect(parseOverdueSms(7 as never).ok).toBe(false);
  });
  test("parseSms tells the two apart", () => {
    expect(parseSms(CHASER)).toMatchObject({ ok: true, value: { kind: "overdue" } });
    expect(parseSms(SEED_TEXT)).toMatchObject({
      ok: true,
      value: { kind: "dispatch", dispatch: { dispatch: SEED } },
    });
    expect(parseSms("[110310284]单号75512[8011]")).toMatchObject({
      ok: false,
      error: { code: "sms/overdue-incomplete" },
    });
    expect(parseSms("[110310221]客王先生[8011]")).toMatchObject({
      ok: false,
      error: { code: "sms/dispatch-incomplete" },
    });
    expect(parseSms("今天天气很好", { locale: "en" })).toMatchObject({
      ok: false,
      error: { code: "sms/unrecognized" },
    });
    expect(parseSms(null as never)).toMatchObject({ ok: false, error: { code: "input/not-text" } });
  });
});

describe("parseDeadline", () => {
  test("spans in the text given", () => {
    expect(parseDeadline("请在\n下午3点前提货")).toEqual({ hour: 15, minute: 0, start: 3, end: 9 });
    expect(parseDeadline(3 as never)).toBeUndefined();
    expect(parseDeadline("3点")).toBeUndefined();
    expect(parseDeadline("3:x前")).toBeUndefined();
    expect(parseDeadline("123点前")).toBeUndefined();
  });
});

describe("never throws", () => {
  const texts = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc
      .array(
        fc.constantFrom(
          "[",
          "]",
          "【",
          "】",
          "客",
          "往",
          "加",
          "费",
          "1",
          "0",
          "5",
          "-",
          "件",
          "公斤",
          "方",
          "现付",
          "单号",
          "小时",
          "\n",
          "\ud800",
          "😀",
          "\u202e",
          " ",
          "，",
          "。",
          "点前提",
          "先生",
        ),
        { maxLength: 120 },
      )
      .map((a) => a.join("")),
  );
  test("parseDispatchSms, parseSms, parseOverdueSms, parseDeadline on any string", () => {
    fc.assert(
      fc.property(texts, (t) => {
        parseDispatchSms(t);
        parseSms(t);
        parseOverdueSms(t);
        parseDeadline(t);
      }),
      { numRuns: 1000 },
    );
  });
  test("100 KB input is refused in constant time, or parsed when allowed", () => {
    const big = `${SEED_TEXT}\u0000😀\ud800`.repeat(1200);
    expect(parseDispatchSms(big).ok).toBe(false);
    expect(parseSms(big, { maxLength: 200_000 }).ok).toBe(false);
  });
});
