import fc from "fast-check";
import { expect, test } from "vitest";
import { normalizeText } from "kuaidi-kefu";
import { foldText, isPlain, matchUnit } from "../../src/order/fold.ts";

test("the fast path gives exactly what normalizeText gives", () => {
  fc.assert(
    fc.property(
      fc.string({ unit: "binary" }),
      fc.stringMatching(/^[a-z0-9 汽油配件]{0,12}$/),
      (a, b) => {
        for (const s of [a, b]) {
          expect(foldText(s)).toBe(normalizeText(s, { collapseSpaces: true }).text);
          if (isPlain(s)) expect(normalizeText(s, { collapseSpaces: true }).text).toBe(s);
        }
      },
    ),
  );
  expect(isPlain("2011-03-10 10:21")).toBe(true);
  expect(isPlain(" a")).toBe(false);
  expect(isPlain("a  b")).toBe(false);
  expect(isPlain("Ａ")).toBe(false);
});

test("matchUnit folds like normalizeText", () => {
  expect(matchUnit("Ａ".charCodeAt(0))).toBe(0x41);
  expect(matchUnit(0x200b)).toBe(-1);
  expect(matchUnit(0x2f00)).toBe("一".charCodeAt(0));
  expect(matchUnit(0xf900)).toBe("豈".charCodeAt(0));
  expect(matchUnit(0x3001)).toBe(0x3001);
});
