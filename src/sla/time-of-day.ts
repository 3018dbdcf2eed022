import type { IssuePath, Locale } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { describe, slaIssue, type SlaIssue } from "./messages.ts";

/**
 * A wall-clock time `"HH:mm"` in the calendar's zone, `"00:00"` to `"24:00"` (`"24:00"` is the
 * end of the day, i.e. midnight of the next day).
 *
 * @example
 * ```ts
 * import type { TimeOfDay } from "kuaidi-kefu/sla";
 * const cutoff: TimeOfDay = "16:30";
 * cutoff; // => "16:30"
 * ```
 */
export type TimeOfDay = string;

/** Minutes since midnight of `"HH:mm"`, or -1 when malformed. */
export function minutesOf(text: unknown): number {
  if (typeof text !== "string" || text.length !== 5 || text[2] !== ":") return -1;
  let h = 0;
  let m = 0;
  for (const i of [0, 1, 3, 4]) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    if (i < 2) h = h * 10 + c;
    else m = m * 10 + c;
  }
  if (m > 59 || h > 24 || (h === 24 && m !== 0)) return -1;
  return h * 60 + m;
}

/** Reads a time of day or reports `sla/invalid-time-of-day` at `path`. */
export function readTimeOfDay(
  value: unknown,
  path: IssuePath,
  locale: Locale | undefined,
): Result<number, SlaIssue> {
  const minutes = minutesOf(value);
  if (minutes < 0)
    return err(slaIssue("sla/invalid-time-of-day", { received: describe(value) }, path, locale));
  return ok(minutes);
}

/** `"HH:mm"` of minutes since midnight (0..1440). */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
}
