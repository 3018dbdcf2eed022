import { CN_HOLIDAY_NAMES, CN_HOLIDAY_TABLE } from "./data/cn-holidays.ts";
import type { Listing } from "./rules.ts";

/** First and last notice year of the built-in mainland China data. */
export const CHINA_DATA_FROM = 2007;
export const CHINA_DATA_TO = 2026;

let merged: Map<number, Map<number, Listing>> | undefined;

/**
 * The built-in data decoded once (on first use): notice year → (day number → listing). Kept per
 * notice year so a host's `holidayYears` entry can replace a year; callers merge all years.
 */
export function chinaYears(): ReadonlyMap<number, ReadonlyMap<number, Listing>> {
  if (merged === undefined) {
    merged = new Map();
    for (const [year, triples] of CN_HOLIDAY_TABLE) {
      const days = new Map<number, Listing>();
      for (let i = 0; i < triples.length; i += 3) {
        days.set(triples[i] as number, {
          off: triples[i + 1] === 1,
          name: CN_HOLIDAY_NAMES[triples[i + 2] as number] ?? null,
        });
      }
      merged.set(year, days);
    }
  }
  return merged;
}
