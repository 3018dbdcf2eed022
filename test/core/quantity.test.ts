import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  findQuantities,
  parsePieces,
  parseVolumeM3,
  parseWeightKg,
  readDecimal,
} from "../../src/core/quantity.ts";

describe("quantities", () => {
  test.each([
    ["200公斤", 200],
    ["200kg", 200],
    ["200 KG", 200],
    ["200千克", 200],
    ["400斤", 200],
    ["0.2吨", 200],
    ["500克", 0.5],
    ["２００公斤", 200],
    [200, 200],
    ["200", 200],
    ["1.1吨", 1100],
  ])("weight %s = %s kg", (input, kg) => {
    expect(parseWeightKg(input)).toBe(kg);
  });
  test.each([
    ["2.2方", 2.2],
    ["2.2立方", 2.2],
    ["2.2立方米", 2.2],
    ["2.2m³", 2.2],
    ["2.2m3", 2.2],
    ["2.2cbm", 2.2],
    ["2.2", 2.2],
  ])("volume %s = %s m³", (input, m3) => {
    expect(parseVolumeM3(input)).toBe(m3);
  });
  test.each([
    ["15件", 15],
    ["15箱", 15],
    [15, 15],
    ["１５件", 15],
  ])("pieces %s = %s", (input, n) => {
    expect(parsePieces(input)).toBe(n);
  });
  test.each([
    ["1.5件"],
    [1.5],
    ["200公斤"],
    ["abc"],
    [-1],
    [Number.NaN],
    [{}],
    [""],
    ["x".repeat(100)],
  ])("not pieces: %s", (input) => {
    expect(parsePieces(input)).toBeUndefined();
  });
  test("wrong kinds are rejected", () => {
    expect(parseWeightKg("2.2方")).toBeUndefined();
    expect(parseVolumeM3("200kg")).toBeUndefined();
    expect(parseWeightKg("200kgx")).toBeUndefined();
  });
  test("finds the seed's goods run with spans", () => {
    const text = "客王先生13823033212配件15件200公斤2.2方往杭州";
    expect(findQuantities(text)).toEqual([
      { kind: "pieces", value: 15, amount: 15, unit: "件", start: 17, end: 20 },
      { kind: "weight", value: 200, amount: 200, unit: "公斤", start: 20, end: 25 },
      { kind: "volume", value: 2.2, amount: 2.2, unit: "方", start: 25, end: 29 },
    ]);
  });
  test("numbers glued to letters or long digit runs are not quantities", () => {
    expect(findQuantities("A12件 x.5kg 12345678901234567件")).toEqual([]);
    expect(findQuantities("gap 3 gaps")).toEqual([]);
  });
  test("readDecimal", () => {
    expect(readDecimal("12.5x", 0)).toEqual([12.5, 4]);
    expect(readDecimal("12.x", 0)).toEqual([12, 2]);
    expect(readDecimal("x", 0)).toBeUndefined();
  });
  test("property: never throws, spans are in range and ordered", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        let last = 0;
        for (const q of findQuantities(s)) {
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(q.end).toBeLessThanOrEqual(s.length);
          last = q.end;
        }
        parseWeightKg(s);
        parseVolumeM3(s);
        parsePieces(s);
      }),
    );
  });
});
