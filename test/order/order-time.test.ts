import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isoOfUtcMs, scanWallTime } from "../../src/order/order-time.ts";

// The pattern the scanner replaces: it must accept exactly the same texts with the same parts.
const LOCAL_TIME =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T](\d{1,2})[:时点](\d{1,2})(?:分|[:分](\d{1,2})秒?)?)?$/;

function byRegex(t: string): number[] | undefined {
  const m = LOCAL_TIME.exec(t);
  if (!m) return undefined;
  return [1, 2, 3, 4, 5, 6].map((k) => Number(m[k] ?? 0));
}

describe("scanWallTime", () => {
  test("the usual forms", () => {
    expect(scanWallTime("2011-03-10 10:21")).toEqual([2011, 3, 10, 10, 21, 0]);
    expect(scanWallTime("2011年3月10日 10点21分5秒")).toEqual([2011, 3, 10, 10, 21, 5]);
    expect(scanWallTime("2011/3/10")).toEqual([2011, 3, 10, 0, 0, 0]);
    expect(scanWallTime("2011-03-10 10:21分")).toEqual([2011, 3, 10, 10, 21, 0]);
    expect(scanWallTime("2011-03-10 10时21分")).toEqual([2011, 3, 10, 10, 21, 0]);
    expect(scanWallTime("2011-03-10 10:21:")).toBeUndefined();
    expect(scanWallTime("2011-003-10")).toBeUndefined();
  });

  test("accepts exactly what the pattern accepts", () => {
    const piece = fc.constantFrom(
      ..."0123456789-/.年月日 T:时点分秒x".split(""),
      "2011",
      "12",
      "3",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const t = parts.join("");
        expect(scanWallTime(t)).toEqual(byRegex(t));
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (t) => {
        expect(scanWallTime(t)).toEqual(byRegex(t));
      }),
    );
  });
});

describe("isoOfUtcMs", () => {
  test("equals toISOString over four-digit years", () => {
    expect(isoOfUtcMs(Date.UTC(1000, 0, 1) - 8 * 3_600_000)).toBe("0999-12-31T16:00:00.000Z");
    expect(isoOfUtcMs(0)).toBe("1970-01-01T00:00:00.000Z");
    fc.assert(
      fc.property(
        fc.integer({ min: new Date("0000-01-01T00:00:00Z").getTime(), max: 253402300799999 }),
        (ms) => {
          expect(isoOfUtcMs(ms)).toBe(new Date(ms).toISOString());
        },
      ),
      { numRuns: 20000 },
    );
  });
});
