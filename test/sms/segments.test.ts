import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { countSmsSegments, splitSms } from "kuaidi-kefu/sms";

interface Case {
  readonly text: string;
  readonly encoding: "GSM-7" | "UCS-2";
  readonly segments: number;
  readonly test: string;
}

const cases = JSON.parse(
  readFileSync(new URL("./fixtures/sms-segment-cases.json", import.meta.url), "utf8"),
) as Case[];

describe("peer cases (sms-segment-cases.json)", () => {
  test("the file has 110 cases", () => {
    expect(cases.length).toBe(110);
  });
  test.each(cases.map((c, i) => [i, c.test, c] as const))("#%i %s", (_i, _name, c) => {
    const count = countSmsSegments(c.text);
    expect([count.encoding, count.segments]).toEqual([c.encoding, c.segments]);
    const split = splitSms(c.text);
    expect(split.parts.length).toBe(c.segments);
    expect(split.parts.map((p) => p.text).join("")).toBe(c.text);
  });
});

describe("3GPP rules", () => {
  test("GSM-7 lengths → parts (gateway vectors)", () => {
    for (const [n, parts] of [
      [158, 1],
      [160, 1],
      [161, 2],
      [164, 2],
      [306, 2],
      [307, 3],
      [320, 3],
      [350, 3],
    ] as const) {
      expect(countSmsSegments("a".repeat(n)).segments).toBe(parts);
    }
  });
  test("UCS-2 lengths → parts (Aliyun / Huawei vectors)", () => {
    for (const [n, parts] of [
      [68, 1],
      [70, 1],
      [71, 2],
      [134, 2],
      [135, 3],
      [150, 3],
      [160, 3],
      [500, 8],
    ] as const) {
      expect(countSmsSegments("中".repeat(n)).segments).toBe(parts);
    }
    expect(splitSms("中".repeat(160)).parts.map((p) => p.units)).toEqual([67, 67, 26]);
  });
  test("extension characters cost 2 septets in GSM-7 and 1 unit in UCS-2", () => {
    expect(countSmsSegments("[]{}").units).toBe(8);
    expect(countSmsSegments("[]{}中").units).toBe(5);
    expect(countSmsSegments("€").encoding).toBe("GSM-7");
    expect(countSmsSegments("\f").units).toBe(2);
  });
  test("an escape pair is never split: 153 × ] is 3 parts of 76, 76, 1 pairs", () => {
    const split = splitSms("]".repeat(153));
    expect(split.parts.map((p) => p.units)).toEqual([152, 152, 2]);
  });
  test("ESC itself, ç and backtick are not GSM-7; Ç is", () => {
    expect(countSmsSegments("\u001b").encoding).toBe("UCS-2");
    expect(countSmsSegments("ç").encoding).toBe("UCS-2");
    expect(countSmsSegments("`").encoding).toBe("UCS-2");
    expect(countSmsSegments("Ç").encoding).toBe("GSM-7");
  });
  test("astral characters count 2 and a surrogate pair is never split", () => {
    expect(countSmsSegments("𠮷").units).toBe(2);
    const text = "中".repeat(66) + "😀" + "中".repeat(10);
    const split = splitSms(text);
    expect(split.parts.map((p) => p.units)).toEqual([66, 12]);
  });
  test("grapheme clusters stay whole (Twilio/Android) unless graphemes: false", () => {
    const text = "a".repeat(64) + "🏳️‍🌈" + "a".repeat(62);
    expect(text.length).toBe(132);
    expect(countSmsSegments(text).segments).toBe(3);
    expect(countSmsSegments(text, { graphemes: false }).segments).toBe(2);
    const accent = "中".repeat(66) + "e\u0301" + "中".repeat(10);
    expect(splitSms(accent).parts[0]?.text).toBe("中".repeat(66));
    expect(splitSms(accent, { graphemes: false }).parts[0]?.units).toBe(67);
  });
  test("a cluster longer than a part is cut between code points", () => {
    const zalgo = "e" + "\u0301".repeat(100);
    const split = splitSms(zalgo);
    expect(split.parts.map((p) => p.units)).toEqual([67, 34]);
  });
  test("16-bit concatenation references give 152 / 66", () => {
    expect(countSmsSegments("a".repeat(161), { referenceBits: 16 }).partLimit).toBe(152);
    expect(countSmsSegments("中".repeat(133), { referenceBits: 16 }).segments).toBe(3);
  });
  test("empty text is one empty GSM-7 SMS", () => {
    expect(countSmsSegments("")).toMatchObject({
      encoding: "GSM-7",
      segments: 1,
      units: 0,
      remaining: 160,
    });
    expect(splitSms("").parts).toEqual([{ text: "", start: 0, end: 0, units: 0 }]);
  });
  test("more than 255 parts is over the limit", () => {
    expect(countSmsSegments("a".repeat(153 * 255)).overLimit).toBe(false);
    expect(countSmsSegments("a".repeat(153 * 255 + 1)).overLimit).toBe(true);
  });
});

describe("Chinese gateway rule", () => {
  const seed =
    "[110310221]客王先生13823033212配件15件200公斤2.2方往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]";
  test("the manual's dispatch example is 82 characters, 2 parts (67 + 15)", () => {
    const split = splitSms(seed, { gateway: "cn" });
    expect([split.units, split.segments]).toEqual([82, 2]);
    expect(split.parts.map((p) => p.units)).toEqual([67, 15]);
  });
  test("a signature counts with its 【】 and a 6-character signature leaves 64", () => {
    expect(countSmsSegments(seed, { gateway: "cn", signature: "某某物流" })).toMatchObject({
      units: 88,
      segments: 2,
      signatureUnits: 6,
    });
    expect(
      countSmsSegments("中".repeat(64), { gateway: "cn", signature: "【某某物流】" }).segments,
    ).toBe(1);
    expect(
      countSmsSegments("中".repeat(65), { gateway: "cn", signature: "某某物流" }).segments,
    ).toBe(2);
    expect(countSmsSegments("x", { signature: "[ACME]" }).signatureUnits).toBe(6);
    expect(splitSms("中", { signature: "物流", signaturePosition: "end" }).parts[0]?.text).toBe(
      "中【物流】",
    );
  });
  test("ASCII counts 1 per character, no 160 branch, 500 at most", () => {
    expect(countSmsSegments("a".repeat(71), { gateway: "cn" })).toMatchObject({
      encoding: "UCS-2",
      segments: 2,
    });
    expect(
      countSmsSegments("中".repeat(494), { gateway: "cn", signature: "某某物流" }).overLimit,
    ).toBe(false);
    expect(
      countSmsSegments("中".repeat(495), { gateway: "cn", signature: "某某物流" }).overLimit,
    ).toBe(true);
  });
  test("empty signature counts nothing; a non-string text counts as empty", () => {
    expect(countSmsSegments("abc", { signature: "" }).units).toBe(3);
    expect(countSmsSegments(42 as unknown as string).units).toBe(0);
  });
});

describe("properties", () => {
  const anyText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 400 }),
    fc.string({ unit: "grapheme", maxLength: 300 }),
    fc
      .array(
        fc.constantFrom("中", "a", "]", "€", "😀", "e\u0301", "🏳️‍🌈", "\r\n", "\ud800", "\u200f"),
        { maxLength: 400 },
      )
      .map((a) => a.join("")),
  );
  test("never throws; parts rebuild the text; each part within its capacity", () => {
    fc.assert(
      fc.property(
        anyText,
        fc.boolean(),
        fc.constantFrom("3gpp", "cn"),
        (text, graphemes, gateway) => {
          const options = { graphemes, gateway } as const;
          const count = countSmsSegments(text, options);
          const split = splitSms(text, options);
          expect(split.parts.length).toBe(count.segments);
          expect(split.parts.map((p) => p.text).join("")).toBe(text);
          const cap = count.segments === 1 ? count.singleLimit : count.partLimit;
          for (const p of split.parts) expect(p.units).toBeLessThanOrEqual(cap);
          expect(split.parts.reduce((s, p) => s + p.units, 0)).toBe(count.units);
          // No part ends between the two halves of a surrogate pair.
          for (const p of split.parts.slice(0, -1)) {
            const last = p.text.charCodeAt(p.text.length - 1);
            const next = text.charCodeAt(p.end);
            expect(last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff).toBe(
              false,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  test("100 KB input", () => {
    const big = "中a😀]".repeat(20_000);
    const count = countSmsSegments(big);
    expect(count.overLimit).toBe(true);
    expect(
      splitSms(big)
        .parts.map((p) => p.text)
        .join(""),
    ).toBe(big);
  });
});
