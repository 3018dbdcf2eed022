import fc from "fast-check";
import { expect, test } from "vitest";
import { civilFromDays, daysFromCivil, daysInMonth } from "../../src/core/civil.ts";

test("known dates", () => {
  expect(daysFromCivil(1970, 1, 1)).toBe(0);
  expect(daysFromCivil(2026, 2, 14)).toBe(Date.UTC(2026, 1, 14) / 86_400_000);
  expect(civilFromDays(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  expect(civilFromDays(daysFromCivil(2000, 2, 29))).toEqual({ year: 2000, month: 2, day: 29 });
});

test("property: agrees with Date.UTC and round-trips, years 1600-2600", () => {
  fc.assert(
    fc.property(fc.integer({ min: -135_000, max: 230_000 }), (days) => {
      const d = new Date(days * 86_400_000);
      const civil = civilFromDays(days);
      expect(civil).toEqual({
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
      });
      expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(days);
    }),
  );
});

test("daysInMonth agrees with Date.UTC for every month of 1600-2600", () => {
  for (let y = 1600; y <= 2600; y++) {
    for (let m = 1; m <= 12; m++) {
      expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    }
  }
});
