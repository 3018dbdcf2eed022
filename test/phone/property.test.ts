import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPhones, formatPhone, isMobile, isPhone, parsePhone } from "kuaidi-kefu/phone";
import { MOBILE_PREFIXES } from "../../src/phone/data/mobile-prefixes.ts";
import { AREA_CODE_LENGTHS } from "../../src/phone/data/area-codes.ts";

const prefixes = Object.keys(MOBILE_PREFIXES);
const areaCodes = Object.keys(AREA_CODE_LENGTHS);
const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });

const mobileArb = fc
  .tuple(fc.constantFrom(...prefixes), digits(8))
  .map(([p, rest]) => (p + rest).slice(0, 11));
const landlineArb = fc
  .tuple(fc.constantFrom(...areaCodes), fc.constantFrom(..."23456789"), digits(7))
  .map(([area, first, rest]) => {
    const lengths = AREA_CODE_LENGTHS[area] as string;
    const len = Number(lengths[lengths.length - 1]);
    return area + (first + rest).slice(0, len);
  });
const numberArb = fc.oneof(
  mobileArb,
  landlineArb,
  digits(7).map((d) => `400${d}`),
);
// Text around numbers: Chinese, punctuation, letters and digits, as SMS bodies have.
const fillerArb = fc.string({
  unit: fc.constantFrom(..."客王先生配件往杭州现付，。、：:;！ \n[]()件公斤方abc"),
  maxLength: 8,
});
const noisyArb = fc.string({
  unit: fc.constantFrom(..."0123456789 -()+转#x\n电话"),
  maxLength: 40,
});
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  noisyArb,
);

describe("never throws", () => {
  it("parsePhone, isPhone, isMobile, findPhones on any string (lone surrogates, controls)", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const r = parsePhone(s);
        expect(typeof r.ok).toBe("boolean");
        if (!r.ok) expect(r.error.code).toMatch(/^phone\//);
        expect(typeof isPhone(s)).toBe("boolean");
        expect(typeof isMobile(s)).toBe("boolean");
        expect(Array.isArray(findPhones(s))).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it("on any value at all", () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(parsePhone(v as string).ok).toBe(false);
        expect(findPhones(v as string)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("on 100 KB inputs", () => {
    const big = "13823033212客".repeat(9_100);
    expect(big.length).toBeGreaterThan(100_000);
    expect(parsePhone(big)).toMatchObject({ ok: false, error: { code: "phone/too-long" } });
    expect(findPhones(big)).toHaveLength(Math.floor(10_000 / 12) + 0);
    expect(findPhones(big, { maxLength: 200_000 })).toHaveLength(9_100);
    const digitsOnly = "1".repeat(100_000);
    expect(findPhones(digitsOnly, { maxLength: 200_000 })).toEqual([]);
    const controls = "\u0000\u0001\u001f\u007f\u202e\ud800".repeat(20_000);
    expect(findPhones(controls, { maxLength: 200_000 })).toEqual([]);
    expect(parsePhone(controls, { maxLength: 200_000 }).ok).toBe(false);
  });
});

describe("properties", () => {
  it("every valid number parses, and its display form parses back to the same number", () => {
    fc.assert(
      fc.property(numberArb, (n) => {
        const r = parsePhone(n);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.national).toBe(n);
        expect(parsePhone(r.value.display)).toEqual(r);
        for (const style of ["national", "e164", "international", "compact"] as const) {
          const again = parsePhone(formatPhone(r.value, style));
          expect(again.ok && again.value.national).toBe(n);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("a number written into Chinese text is found, with a span that parses back to it", () => {
    fc.assert(
      fc.property(fillerArb, numberArb, fillerArb, (before, n, after) => {
        const text = `${before}客${n}配${after}`;
        const found = findPhones(text);
        expect(found.map((m) => m.number.national)).toContain(n);
        for (const m of found) {
          expect(text.slice(m.start, m.end)).toBe(m.raw);
          expect(parsePhone(m.raw, { maxLength: 1000 })).toEqual({ ok: true, value: m.number });
        }
      }),
      { numRuns: 500 },
    );
  });

  it("spans never overlap, come in order, and always parse back, on noisy text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(numberArb, fillerArb, noisyArb), { maxLength: 12 }),
        (parts) => {
          const text = parts.join("");
          let last = 0;
          for (const m of findPhones(text)) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.start);
            last = m.end;
            expect(text.slice(m.start, m.end)).toBe(m.raw);
            const again = parsePhone(m.raw, { maxLength: 1000 });
            expect(again).toEqual({ ok: true, value: m.number });
          }
        },
      ),
      { numRuns: 800 },
    );
  });

  it("a number inside a longer digit run is never reported", () => {
    fc.assert(
      fc.property(digits(1), numberArb, digits(1), (a, n, b) => {
        for (const m of findPhones(`${a}${n}${b}`)) {
          expect(m.raw.replace(/\D/g, "").length).toBe(n.length + 2);
        }
      }),
      { numRuns: 300 },
    );
  });
});
