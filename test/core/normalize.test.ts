import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { normalizeText, toOriginalSpan } from "kuaidi-kefu";
import { foldText, isNormalText } from "../../src/core/normalize.ts";

describe("normalizeText", () => {
  test("full-width digits, letters and punctuation become ASCII", () => {
    expect(normalizeText("１３８００１３８０００ＡＢｃ，！（）").text).toBe("13800138000ABc,!()");
  });
  test("Chinese brackets become square brackets", () => {
    expect(normalizeText("【顺丰】〔8011〕［x］〖y〗").text).toBe("[顺丰][8011][x][y]");
  });
  test("line breaks: space by default, removed or kept on request; CRLF is one break", () => {
    expect(normalizeText("a\r\nb\nc").text).toBe("a b c");
    expect(normalizeText("a\r\nb\u2028c", { lineBreaks: "remove" }).text).toBe("abc");
    expect(normalizeText("a\r\nb", { lineBreaks: "keep" }).text).toBe("a\nb");
  });
  test("spaces of every kind become one ASCII space, collapsed and trimmed on request", () => {
    expect(normalizeText("a\u3000b\u00a0c\td").text).toBe("a b c d");
    expect(normalizeText("  a \u3000  b  ", { collapseSpaces: true }).text).toBe("a b");
  });
  test("zero-width, bidi and control characters are removed; lone surrogates replaced", () => {
    expect(normalizeText("1\u200b3\u200e8\ufeff\u0007x").text).toBe("138x");
    expect(normalizeText("a\ud800b\udc00").text).toBe("a\ufffdb\ufffd");
    expect(normalizeText("😀").text).toBe("😀");
  });
  test("NFKC compatibility folding: m³ to m3, circled digits, CJK punctuation kept", () => {
    expect(normalizeText("2.2m³").text).toBe("2.2m3");
    expect(normalizeText("①").text).toBe("1");
    expect(normalizeText("现付。加提货费100，15点前提。").text).toBe(
      "现付。加提货费100,15点前提。",
    );
  });
  test("spans map back to the original", () => {
    const n = normalizeText("电话：１３８\n００１３８０００", { lineBreaks: "remove" });
    expect(n.text).toBe("电话:13800138000");
    expect(toOriginalSpan(n, 3, 14)).toEqual([3, 15]);
    expect(toOriginalSpan(n, 0, 0)).toEqual([0, 0]);
    expect(toOriginalSpan(n, 14, 14)).toEqual([15, 15]);
    expect(toOriginalSpan(normalizeText(""), 0, 3)).toEqual([0, 0]);
  });
  test("property: output positions map to ordered, in-range original spans", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        const n = normalizeText(s);
        expect(n.starts.length).toBe(n.text.length);
        expect(n.ends.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          const a = n.starts[i] as number;
          const b = n.ends[i] as number;
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(s.length);
          expect(a).toBeLessThan(b);
          if (i > 0) expect(a).toBeGreaterThanOrEqual(n.starts[i - 1] as number);
        }
      }),
    );
  });
  test("property: idempotent on its own output", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 100 }), (s) => {
        const once = normalizeText(s).text;
        expect(normalizeText(once).text).toBe(once);
      }),
    );
  });
  test("a 100 KB input is handled", () => {
    const big = "１２３【】\u200b".repeat(20_000);
    expect(normalizeText(big).text.length).toBe(100_000);
  });
});

describe("normalizeText: NFKC results are folded again", () => {
  test("vertical-form brackets become square brackets in one pass", () => {
    expect(normalizeText("\ufe17x\ufe18").text).toBe("[x]");
  });
  test("idempotent on every character of planes 0-2", () => {
    let all = "";
    for (let c = 0; c < 0x30000; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCodePoint(c);
    const once = normalizeText(all).text;
    expect(normalizeText(once).text).toBe(once);
  });
});

describe("isNormalText / foldText", () => {
  test("clean text is recognised, with or without space collapsing", () => {
    expect(isNormalText("王先生 13823033212")).toBe(true);
    expect(isNormalText("王先生 13823033212", { collapseSpaces: true })).toBe(true);
    expect(isNormalText(" a", { collapseSpaces: true })).toBe(false);
    expect(isNormalText("a  b", { collapseSpaces: true })).toBe(false);
    expect(isNormalText("１")).toBe(false);
    expect(foldText("  １５件 ", { collapseSpaces: true })).toBe("15件");
  });
  test("property: foldText is normalizeText's text, and isNormalText means unchanged", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom("a", " ", "中", "１", "\u200b", "\n", "【"),
          maxLength: 12,
        }),
        fc.boolean(),
        (s, collapseSpaces) => {
          const options = { collapseSpaces };
          expect(foldText(s, options)).toBe(normalizeText(s, options).text);
          if (isNormalText(s, options)) expect(normalizeText(s, options).text).toBe(s);
        },
      ),
    );
  });
});
