import fc from "fast-check";
import { expect, test } from "vitest";
import {
  fromTenths,
  monthIndex,
  monthIndexAt,
  monthName,
  toEpochMs,
  toTenths,
} from "../../src/scoring/points.ts";

test("monthIndexAt agrees with UTC calendar arithmetic on a shifted instant, for any offset", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -62_000_000_000_000, max: 250_000_000_000_000 }),
      fc.integer({ min: -720, max: 840 }),
      (ms, offset) => {
        const d = new Date(ms + offset * 60_000);
        expect(monthIndexAt(ms, offset)).toBe(d.getUTCFullYear() * 12 + d.getUTCMonth());
      },
    ),
    { numRuns: 2000 },
  );
  // 2011-03-31T16:30Z is 1 April 00:30 in China.
  expect(monthName(monthIndexAt(Date.UTC(2011, 2, 31, 16, 30), 480))).toBe("2011-04");
});

test("month names round trip; malformed ones are refused", () => {
  fc.assert(
    fc.property(fc.integer({ min: 12, max: 9999 * 12 + 11 }), (i) => {
      expect(monthIndex(monthName(i))).toBe(i);
    }),
  );
  for (const bad of [
    "2011-3",
    "2011-13",
    "2011-00",
    "0000-01",
    "2011/03",
    "2O11-03",
    "２０１１-03",
    201103,
    null,
  ])
    expect(monthIndex(bad)).toBeUndefined();
});

test("tenths: exact for one decimal, refused otherwise", () => {
  expect([
    toTenths(2.5),
    toTenths(0.1 + 0.2),
    toTenths(-0),
    toTenths(0.25),
    toTenths(Number.NaN),
    toTenths("1" as never),
  ]).toEqual([25, 3, 0, undefined, undefined, undefined]);
  expect(fromTenths(25)).toBe(2.5);
});

test("times: Date, epoch ms, ISO with an explicit offset only", () => {
  expect(toEpochMs("2011-03-10T10:00:00+08:00")).toBe(Date.UTC(2011, 2, 10, 2));
  expect(toEpochMs("2011-03-10T02:00:00Z")).toBe(Date.UTC(2011, 2, 10, 2));
  expect(toEpochMs("2011-03-10T02:00:00.000z")).toBe(Date.UTC(2011, 2, 10, 2));
  expect(toEpochMs("2011-03-10T10:00:00+0800")).toBe(Date.UTC(2011, 2, 10, 2));
  expect(toEpochMs("2011-03-10T10:00:00")).toBeUndefined();
  expect(toEpochMs("2011-03-10")).toBeUndefined();
  expect(toEpochMs("2011-03-10T99:00:00Z")).toBeUndefined();
  expect(toEpochMs(new Date(Number.NaN))).toBeUndefined();
  expect(toEpochMs(Number.POSITIVE_INFINITY)).toBeUndefined();
  expect(toEpochMs(new Date(5))).toBe(5);
  expect(toEpochMs({})).toBeUndefined();
});
