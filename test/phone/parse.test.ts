import { describe, expect, it } from "vitest";
import {
  formatPhone,
  isMobile,
  isPhone,
  parsePhone,
  PHONE_ERROR_CODES,
  PHONE_KINDS,
  PHONE_MESSAGES,
  type PhoneError,
  type PhoneNumber,
} from "kuaidi-kefu/phone";

function value(text: string): PhoneNumber {
  const r = parsePhone(text);
  if (!r.ok) throw new Error(`expected ${text} to parse, got ${r.error.code}`);
  return r.value;
}

function error(text: unknown, options?: Parameters<typeof parsePhone>[1]): PhoneError {
  const r = parsePhone(text as string, options);
  if (r.ok) throw new Error(`expected ${String(text)} to fail`);
  return r.error;
}

const HANGZHOU = {
  kind: "landline",
  national: "057125852654",
  display: "0571-25852654",
  e164: "+8657125852654",
  areaCode: "0571",
  local: "25852654",
  province: "浙江省",
  city: "杭州",
};

describe("parsePhone: the seed numbers", () => {
  it("parses the shipper's mobile of the dispatch SMS (seed 000)", () => {
    expect(parsePhone("13823033212")).toEqual({
      ok: true,
      value: {
        kind: "mobile",
        national: "13823033212",
        display: "138 2303 3212",
        e164: "+8613823033212",
        network: {
          id: "china-mobile",
          name: "移动",
          nameEn: "China Mobile",
          virtual: false,
          mayBePorted: true,
        },
      },
    });
  });

  it("parses the consignee's Hangzhou landline (seed 000)", () => {
    expect(parsePhone("0571-25852654")).toEqual({ ok: true, value: HANGZHOU });
  });

  it("parses SF's hotline 95338 as a short number (seed 004)", () => {
    expect(parsePhone("95338")).toEqual({
      ok: true,
      value: { kind: "short", national: "95338", display: "95338" },
    });
  });

  it("parses a 400 number", () => {
    expect(parsePhone("400-811-1111")).toEqual({
      ok: true,
      value: {
        kind: "service",
        national: "4008111111",
        display: "400-811-1111",
        e164: "+864008111111",
      },
    });
  });
});

describe("parsePhone: formats people write", () => {
  const mobiles = [
    "13823033212",
    "138 2303 3212",
    "138-2303-3212",
    "138.2303.3212",
    "138 - 2303 - 3212",
    "+86 138 2303 3212",
    "+8613823033212",
    "(+86)13823033212",
    "＋86 13823033212",
    "0086 138 2303 3212",
    "008613823033212",
    "86 13823033212",
    "8613823033212",
    "１３８２３０３３２１２",
    "１３８－２３０３－３２１２",
    " 13823033212 ",
    "138\n2303\n3212",
    "138\u200b2303\u00a03212",
    "+86 (0) 138 2303 3212",
  ];
  for (const text of mobiles) {
    it(`reads ${JSON.stringify(text)} as 13823033212`, () => {
      expect(value(text).national).toBe("13823033212");
      expect(value(text).kind).toBe("mobile");
    });
  }

  const landlines = [
    "057125852654",
    "0571 25852654",
    "0571-2585-2654",
    "(0571)25852654",
    "（0571）25852654",
    "(0571) 2585 2654",
    "[0571]25852654",
    "【0571】25852654",
    "〔0571〕25852654",
    "0571/25852654",
    "0571—25852654",
    "+86 571 2585 2654",
    "+86-571-25852654",
    "0086 571 25852654",
    "8657125852654",
    "+86 (0)571 25852654",
    "+86 0571 25852654",
  ];
  for (const text of landlines) {
    it(`reads ${JSON.stringify(text)} as 0571-25852654`, () => {
      expect(parsePhone(text)).toEqual({ ok: true, value: HANGZHOU });
    });
  }

  const extensions: [string, string][] = [
    ["0571-25852654转802", "802"],
    ["0571-25852654 转 802", "802"],
    ["0571-25852654-802", "802"],
    ["0571 25852654 - 802", "802"],
    ["0571-25852654 ext 802", "802"],
    ["0571-25852654 EXT. 802", "802"],
    ["0571-25852654 extension 802", "802"],
    ["0571-25852654x802", "802"],
    ["0571-25852654 分机802", "802"],
    ["0571-25852654分机号：802", "802"],
    ["0571-25852654内线802", "802"],
    ["0571-25852654#802", "802"],
    ["（0571）25852654转８０２", "802"],
    ["0571-25852654转1", "1"],
    ["0571-25852654转123456", "123456"],
  ];
  for (const [text, ext] of extensions) {
    it(`reads the extension of ${JSON.stringify(text)}`, () => {
      expect(parsePhone(text)).toEqual({
        ok: true,
        value: { ...HANGZHOU, display: `0571-25852654转${ext}`, extension: ext },
      });
    });
  }

  it("reads 400/800 numbers with extensions", () => {
    expect(value("400-811-1111转2")).toEqual({
      kind: "service",
      national: "4008111111",
      display: "400-811-1111转2",
      e164: "+864008111111",
      extension: "2",
    });
    expect(value("400 811 1111-3").extension).toBe("3");
    expect(value("800-123-4567").kind).toBe("service");
    expect(value("+86 400 811 1111").national).toBe("4008111111");
  });

  it("reads 950 nationwide numbers as service numbers", () => {
    expect(value("95013123456").kind).toBe("service");
    expect(value("9501312345").kind).toBe("service");
  });

  it("reads 2-digit area codes with 8-digit locals", () => {
    expect(value("010-62345678")).toEqual({
      kind: "landline",
      national: "01062345678",
      display: "010-62345678",
      e164: "+861062345678",
      areaCode: "010",
      local: "62345678",
      province: "北京市",
      city: "北京",
    });
    expect(value("021 6234 5678").areaCode).toBe("021");
    expect(value("+86 10 6234 5678").national).toBe("01062345678");
    expect(value("02087654321").city).toBe("广州");
    // Cities that share an area code are all named.
    expect(value("0731-82345678")).toMatchObject({ province: "湖南省", city: "长沙、株洲、湘潭" });
    // Ningxia's 095x area codes look like 95xxx hotlines once the trunk 0 is dropped.
    expect(value("+86 955 200 0000").national).toBe("09552000000");
    expect(value("+86 951 234 5678").areaCode).toBe("0951");
    expect(value("+86 95338").kind).toBe("short");
  });

  it("reads 7-digit locals where the area code has them, without a place when unknown", () => {
    expect(value("0310-2345678")).toMatchObject({
      areaCode: "0310",
      local: "2345678",
      city: "邯郸",
    });
    expect(value("0349-2345678")).toMatchObject({ province: "山西省", city: "朔州" });
    expect(value("0979-2345678")).toEqual({
      kind: "landline",
      national: "09792345678",
      display: "0979-2345678",
      e164: "+869792345678",
      areaCode: "0979",
      local: "2345678",
    });
  });

  it("gives 0898 (all of Hainan) a province and no city", () => {
    const v = value("0898-66123456");
    expect(v.province).toBe("海南省");
    expect(v.city).toBeUndefined();
  });

  it("reads short numbers", () => {
    for (const s of [
      "95338",
      "95554",
      "955880",
      "96196",
      "10086",
      "10010",
      "10000",
      "12345",
      "12306",
      "110",
      "119",
      "120",
      "122",
    ]) {
      expect(value(s).kind).toBe("short");
      expect(value(s).e164).toBeUndefined();
    }
  });
});

describe("parsePhone: networks", () => {
  const cases: [string, string, boolean][] = [
    ["13412345678", "china-mobile", false],
    ["13492345678", "china-telecom", false],
    ["13012345678", "china-unicom", false],
    ["13312345678", "china-telecom", false],
    ["15012345678", "china-mobile", false],
    ["16612345678", "china-unicom", false],
    ["17212345678", "china-mobile", false],
    ["17400123456", "china-telecom", false],
    ["18912345678", "china-telecom", false],
    ["19212345678", "china-broadnet", false],
    ["19812345678", "china-mobile", false],
    ["16512345678", "china-mobile", true],
    ["17031234567", "china-mobile", true],
    ["17041234567", "china-unicom", true],
    ["17001234567", "china-telecom", true],
    ["17112345678", "china-unicom", true],
    ["16212345678", "china-telecom", true],
  ];
  for (const [number, id, virtual] of cases) {
    it(`${number} was assigned to ${id}${virtual ? " (virtual operator)" : ""}`, () => {
      const n = value(number).network;
      expect(n?.id).toBe(id);
      expect(n?.virtual).toBe(virtual);
      expect(n?.mayBePorted).toBe(true);
    });
  }

  it("names the four networks in Chinese", () => {
    expect(value("13812345678").network?.name).toBe("移动");
    expect(value("13012345678").network?.name).toBe("联通");
    expect(value("18912345678").network?.name).toBe("电信");
    expect(value("19212345678").network?.nameEn).toBe("China Broadnet");
  });

  it("accepts 1610 numbers without a network (carrier not published)", () => {
    expect(value("16101234567")).toEqual({
      kind: "mobile",
      national: "16101234567",
      display: "161 0123 4567",
      e164: "+8616101234567",
    });
  });
});

describe("parsePhone: errors", () => {
  const cases: [unknown, PhoneError["code"]][] = [
    [42, "phone/not-text"],
    [null, "phone/not-text"],
    [undefined, "phone/not-text"],
    ["1".repeat(101), "phone/too-long"],
    ["", "phone/empty"],
    ["   ", "phone/empty"],
    ["- ( ) -", "phone/empty"],
    ["电话13823033212", "phone/invalid-characters"],
    ["138230332l2", "phone/invalid-characters"],
    ["1382303321+2", "phone/invalid-characters"],
    ["1382303321", "phone/invalid-length"],
    ["138230332123", "phone/invalid-length"],
    ["1234", "phone/invalid-length"],
    ["4008111111222", "phone/invalid-length"],
    ["9533", "phone/invalid-length"],
    ["9501234", "phone/invalid-length"],
    ["0571-2585265", "phone/invalid-length"],
    ["0571", "phone/invalid-length"],
    ["0", "phone/invalid-length"],
    ["12345678901", "phone/invalid-prefix"],
    ["15412345678", "phone/invalid-prefix"],
    ["17412345678", "phone/invalid-prefix"],
    ["17912345678", "phone/invalid-prefix"],
    ["19412345678", "phone/invalid-prefix"],
    ["14012345678", "phone/invalid-prefix"],
    ["0261-2345678", "phone/unknown-area-code"],
    ["026-23456789", "phone/unknown-area-code"],
    ["0413-2345678", "phone/unknown-area-code"],
    ["010-12345678", "phone/invalid-local-number"],
    ["0571-05852654", "phone/invalid-local-number"],
    ["25852654", "phone/missing-area-code"],
    ["2585265", "phone/missing-area-code"],
    ["57125852654", "phone/invalid-length"],
    ["14512345678", "phone/data-only-number"],
    ["14712345678", "phone/data-only-number"],
    ["14912345678", "phone/data-only-number"],
    ["1440123456789", "phone/data-only-number"],
    ["1481234567890", "phone/data-only-number"],
    ["1391234567890", "phone/invalid-length"],
    ["+852 2345 6789", "phone/not-mainland"],
    ["+1 415 555 0100", "phone/not-mainland"],
    ["00852 23456789", "phone/not-mainland"],
    ["0571-25852654转", "phone/invalid-extension"],
    ["0571-25852654转1234567", "phone/invalid-extension"],
    ["0571-25852654转80a", "phone/invalid-extension"],
    ["13823033212转802", "phone/invalid-extension"],
    ["95338转1", "phone/invalid-extension"],
  ];
  for (const [text, code] of cases) {
    it(`${JSON.stringify(text)} gives ${code}`, () => {
      expect(error(text).code).toBe(code);
    });
  }

  it("reports the parameters of each code", () => {
    expect(error("1382303321")).toEqual({
      code: "phone/invalid-length",
      message: "电话号码位数不对：10 位数字",
      digits: 10,
    });
    expect(error("0300-2345678", { locale: "en" })).toEqual({
      code: "phone/unknown-area-code",
      message: "unknown area code 0300",
      areaCode: "0300",
    });
    expect(error("电话13823033212")).toMatchObject({ character: "电", index: 0 });
    expect(error("１３８２３０３３２１ｘ")).toMatchObject({ code: "phone/invalid-extension" });
    expect(error("13823O33212")).toMatchObject({ character: "O", index: 5 });
    expect(error("+852 2345 6789").message).toBe("不是中国大陆号码（国际前缀 +852）");
    expect(error("x".repeat(120), { maxLength: 50 })).toMatchObject({ length: 120, max: 50 });
    expect(error(42)).toMatchObject({ received: "number" });
  });

  it("keeps only the kinds asked for", () => {
    expect(PHONE_KINDS).toEqual(["mobile", "landline", "service", "short"]);
    expect(parsePhone("95338", { kinds: PHONE_KINDS }).ok).toBe(true);
    expect(error("95338", { kinds: ["mobile", "landline", "service"] })).toEqual({
      code: "phone/kind-not-allowed",
      message: "此处不接受短号，可用：手机、固话、400/800 号码",
      kind: "short",
      allowed: ["mobile", "landline", "service"],
    });
    expect(error("13823033212", { kinds: ["landline"], locale: "en" }).message).toBe(
      "mobile numbers are not accepted here (accepted: landline)",
    );
    expect(parsePhone("13823033212", { kinds: ["mobile"] }).ok).toBe(true);
  });

  it("has a zh-CN and an English message for every code", () => {
    const sample: { [C in PhoneError["code"]]: object } = {
      "phone/not-text": { received: "number" },
      "phone/too-long": { length: 200, max: 100 },
      "phone/empty": {},
      "phone/invalid-characters": { character: "a", index: 0 },
      "phone/invalid-length": { digits: 10 },
      "phone/invalid-prefix": { prefix: "154" },
      "phone/unknown-area-code": { areaCode: "0261" },
      "phone/invalid-local-number": { areaCode: "010", local: "12345678" },
      "phone/missing-area-code": { digits: 8 },
      "phone/data-only-number": { prefix: "145" },
      "phone/not-mainland": { prefix: "+852" },
      "phone/invalid-extension": { extension: "" },
      "phone/kind-not-allowed": { kind: "service", allowed: ["mobile"] },
    };
    expect([...PHONE_ERROR_CODES].sort()).toEqual(Object.keys(sample).sort());
    for (const code of PHONE_ERROR_CODES) {
      const t = PHONE_MESSAGES[code] as unknown as Record<"zh-CN" | "en", (p: object) => string>;
      expect(t["zh-CN"](sample[code])).toMatch(/[\u4e00-\u9fff]/);
      expect(t.en(sample[code])).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});

describe("parsePhone: spoken digits", () => {
  it("reads 幺两拐洞勾 and Chinese numerals only when asked", () => {
    const o = { spokenDigits: true } as const;
    expect(parsePhone("幺三八两三洞三三两幺两", o)).toEqual(parsePhone("13823033212"));
    expect(parsePhone("一三八二三零三三二一二", o)).toEqual(parsePhone("13823033212"));
    expect(parsePhone("洞五拐幺-两五八五两六五四转八洞两", o)).toEqual(
      parsePhone("0571-25852654转802"),
    );
    expect(parsePhone("勾五三三八", o)).toEqual(parsePhone("95338"));
    expect(parsePhone("九五三三八", o)).toEqual(parsePhone("95338"));
    expect(parsePhone("〇五七一 25852654", o)).toEqual(parsePhone("0571 25852654"));
    expect(error("幺三八两三洞三三两幺两").code).toBe("phone/invalid-characters");
    expect(error("幺三八两三洞三三两幺两叁", o)).toMatchObject({ character: "叁", index: 11 });
  });
});

describe("isPhone and isMobile", () => {
  it("answer yes/no without throwing", () => {
    expect(isPhone("0571-25852654")).toBe(true);
    expect(isPhone("95338")).toBe(true);
    expect(isPhone("12")).toBe(false);
    expect(isPhone(undefined as unknown as string)).toBe(false);
    expect(isMobile("+86 138 2303 3212")).toBe(true);
    expect(isMobile("95338")).toBe(false);
    expect(isMobile("14512345678")).toBe(false);
    expect(isMobile({} as unknown as string)).toBe(false);
  });
});

describe("formatPhone", () => {
  it("writes every style for every kind", () => {
    const m = value("13823033212");
    const l = value("0571-25852654转802");
    const l7 = value("0310-2345678");
    const s = value("400-811-1111");
    const h = value("95338");
    expect(formatPhone(m)).toBe("138 2303 3212");
    expect(formatPhone(m, "national")).toBe("13823033212");
    expect(formatPhone(m, "compact")).toBe("13823033212");
    expect(formatPhone(m, "e164")).toBe("+8613823033212");
    expect(formatPhone(m, "international")).toBe("+86 138 2303 3212");
    expect(formatPhone(l, "display")).toBe("0571-25852654转802");
    expect(formatPhone(l, "national")).toBe("057125852654");
    expect(formatPhone(l, "compact")).toBe("057125852654转802");
    expect(formatPhone(l, "international")).toBe("+86 571 2585 2654 ext. 802");
    expect(formatPhone(l7, "international")).toBe("+86 310 234 5678");
    expect(formatPhone(s, "international")).toBe("+86 400 811 1111");
    expect(formatPhone(h, "e164")).toBe("95338");
    expect(formatPhone(h, "international")).toBe("95338");
  });

  it("round-trips: every style of a parsed number parses back to the same number", () => {
    for (const text of [
      "13823033212",
      "0571-25852654转802",
      "010-62345678",
      "400-811-1111-2",
      "95338",
    ]) {
      const v = value(text);
      for (const style of ["display", "national", "compact", "e164", "international"] as const) {
        const again = parsePhone(formatPhone(v, style));
        expect(again.ok).toBe(true);
        if (again.ok) expect(again.value.national).toBe(v.national);
      }
      expect(value(formatPhone(v, "display"))).toEqual(v);
    }
  });
});
