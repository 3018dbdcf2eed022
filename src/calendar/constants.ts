import { CN_HOLIDAY_SOURCE } from "./data/cn-holidays.ts";
import type { WeeklyHours } from "./types.ts";

/**
 * The years of the built-in mainland China holiday data and where it comes from
 * (`NateScarlet/holiday-cn`, MIT, scraped from State Council notices on gov.cn).
 *
 * @example
 * ```ts
 * import { CHINA_HOLIDAY_YEARS } from "kuaidi-kefu/calendar";
 * CHINA_HOLIDAY_YEARS.from; // => 2007
 * CHINA_HOLIDAY_YEARS.to; // => 2026
 * ```
 */
export const CHINA_HOLIDAY_YEARS: {
  readonly from: number;
  readonly to: number;
  readonly source: string;
} = {
  from: 2007,
  to: 2026,
  source: CN_HOLIDAY_SOURCE,
};

/**
 * The default weekly hours: the customer-service shift of the seed manual, Monday to Friday
 * 08:30-17:00.
 *
 * @example
 * ```ts
 * import { DEFAULT_WEEKLY_HOURS } from "kuaidi-kefu/calendar";
 * DEFAULT_WEEKLY_HOURS.mon; // => ["08:30-17:00"]
 * DEFAULT_WEEKLY_HOURS.sat; // => undefined
 * ```
 */
export const DEFAULT_WEEKLY_HOURS: WeeklyHours = {
  mon: ["08:30-17:00"],
  tue: ["08:30-17:00"],
  wed: ["08:30-17:00"],
  thu: ["08:30-17:00"],
  fri: ["08:30-17:00"],
};

/**
 * Wall-clock years the engine computes in; a date outside them is `calendar/out-of-range`.
 *
 * @example
 * ```ts
 * import { SUPPORTED_YEARS } from "kuaidi-kefu/calendar";
 * SUPPORTED_YEARS; // => { from: 1900, to: 2199 }
 * ```
 */
export const SUPPORTED_YEARS: { readonly from: number; readonly to: number } = {
  from: 1900,
  to: 2199,
};
