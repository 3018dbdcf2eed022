import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AREA_CODE_LENGTHS, AREA_CODE_PLACES } from "../../src/phone/data/area-codes.ts";
import {
  DATA_ONLY_11,
  DATA_ONLY_13,
  MOBILE_PREFIXES,
} from "../../src/phone/data/mobile-prefixes.ts";

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../data/phone/${name}`, import.meta.url), "utf8"));

describe("generated tables match data/phone (run scripts/generate-phone.ts after editing)", () => {
  it("mobile prefixes", () => {
    const data = read("mobile-prefixes.json") as {
      mobile: Record<string, string[]>;
      virtual: Record<string, string[]>;
      unknownNetwork: string[];
      dataOnly: { length11: string[]; length13: string[] };
    };
    const letters: Record<string, string> = {
      "china-mobile": "M",
      "china-unicom": "U",
      "china-telecom": "T",
      "china-broadnet": "B",
    };
    const expected: Record<string, string> = {};
    for (const [net, ps] of Object.entries(data.mobile))
      for (const p of ps) expected[p] = letters[net] as string;
    for (const [net, ps] of Object.entries(data.virtual))
      for (const p of ps) expected[p] = (letters[net] as string).toLowerCase();
    for (const p of data.unknownNetwork) expected[p] = "?";
    expect(MOBILE_PREFIXES).toEqual(expected);
    expect(DATA_ONLY_11).toEqual(data.dataOnly.length11);
    expect(DATA_ONLY_13).toEqual(data.dataOnly.length13);
  });

  it("no prefix is a prefix of another (lookup order cannot matter)", () => {
    const keys = Object.keys(MOBILE_PREFIXES);
    for (const a of keys) for (const b of keys) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });

  it("area codes and places", () => {
    const areas = read("area-codes.json") as { localLengths: Record<string, number[]> };
    const places = read("area-places.json") as { places: Record<string, [string, string]> };
    expect(Object.keys(AREA_CODE_LENGTHS).sort()).toEqual(Object.keys(areas.localLengths).sort());
    for (const [code, lengths] of Object.entries(areas.localLengths)) {
      expect(AREA_CODE_LENGTHS[code]).toBe(lengths.join(""));
      expect(code).toMatch(/^0(?:10|2\d|[3-9]\d\d)$/);
    }
    for (const [code, [province, city]] of Object.entries(places.places)) {
      expect(AREA_CODE_PLACES[code]).toBe(`${province}|${city}`);
      expect(province).toMatch(/(?:省|市|自治区)$/);
    }
    expect(Object.keys(AREA_CODE_LENGTHS)).toHaveLength(321);
  });
});
