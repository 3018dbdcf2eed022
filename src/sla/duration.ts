import type { IssuePath, Locale } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { describe, slaIssue, type SlaIssue } from "./messages.ts";

/**
 * A length of time: milliseconds, or `{ days?, hours?, minutes?, seconds? }` (parts add up;
 * a day is 24 hours). On a business clock the length is counted in working time only.
 *
 * @example
 * ```ts
 * import type { DurationInput } from "kuaidi-kefu/sla";
 * const twoHours: DurationInput = { hours: 2 };
 * twoHours; // => { hours: 2 }
 * ```
 */
export type DurationInput =
  | number
  | {
      readonly days?: number;
      readonly hours?: number;
      readonly minutes?: number;
      readonly seconds?: number;
    };

const UNIT_MS = { days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1000 } as const;
const UNITS = ["days", "hours", "minutes", "seconds"] as const;
/** Longest accepted duration: 10 years, far beyond any service target. */
export const MAX_DURATION_MS = 3650 * 86_400_000;

/** Reads a duration into milliseconds, naming the bad field when it is not one. */
export function readDuration(
  value: unknown,
  path: IssuePath,
  locale: Locale | undefined,
): Result<number, SlaIssue> {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value > MAX_DURATION_MS) {
      return err(slaIssue("sla/invalid-duration", { received: describe(value) }, path, locale));
    }
    if (value < 0) return err(slaIssue("sla/negative-duration", { value }, path, locale));
    return ok(Math.round(value));
  }
  if (
    typeof value !== "object" ||
    value === null ||
    Array.isArray(value) ||
    value instanceof Date
  ) {
    return err(slaIssue("sla/invalid-duration", { received: describe(value) }, path, locale));
  }
  const record = value as Record<string, unknown>;
  let total = 0;
  let parts = 0;
  for (const key of Object.keys(record)) {
    if (!(UNITS as readonly string[]).includes(key)) {
      return err(
        slaIssue("sla/invalid-duration", { received: `{ ${key} }` }, [...path, key], locale),
      );
    }
  }
  for (const unit of UNITS) {
    const part = record[unit];
    if (part === undefined) continue;
    parts++;
    if (typeof part !== "number" || !Number.isFinite(part)) {
      return err(
        slaIssue("sla/invalid-duration", { received: describe(part) }, [...path, unit], locale),
      );
    }
    if (part < 0)
      return err(slaIssue("sla/negative-duration", { value: part }, [...path, unit], locale));
    total += part * UNIT_MS[unit];
  }
  if (parts === 0 || total > MAX_DURATION_MS) {
    return err(slaIssue("sla/invalid-duration", { received: describe(value) }, path, locale));
  }
  return ok(Math.round(total));
}
