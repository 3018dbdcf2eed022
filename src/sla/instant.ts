import type { IssuePath, Locale } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { describe, slaIssue, type SlaIssue } from "./messages.ts";
import { daysInMonth } from "../core/civil.ts";

/**
 * An instant as the SLA functions accept it: a `Date`, epoch milliseconds, or an ISO 8601
 * string **with** an offset (`"2026-02-13T17:30:00+08:00"`, `"…Z"`). Strings without an offset
 * are refused, because reading them would depend on the process time zone.
 *
 * @example
 * ```ts
 * import type { InstantInput } from "kuaidi-kefu/sla";
 * const at: InstantInput = "2026-02-13T17:30+08:00";
 * typeof at; // => "string"
 * ```
 */
export type InstantInput = Date | number | string;

const MAX_EPOCH = 8.64e15;

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Reads `YYYY-MM-DDTHH:mm[:ss[.fff]](Z|±HH:MM)` with a hand-written scanner (no regex, no
 * `Date.parse`, whose handling of offset-less strings depends on the host zone). A space may
 * stand for the `T`. Returns NaN when the text is not in that form.
 */
export function parseIsoInstant(s: string): number {
  if (s.length < 17 || s.length > 35) return Number.NaN;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  if (s[4] !== "-" || s[7] !== "-" || (s[10] !== "T" && s[10] !== " ") || s[13] !== ":")
    return Number.NaN;
  if (
    y < 0 ||
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    d > daysInMonth(y, mo) ||
    h < 0 ||
    h > 23 ||
    mi < 0 ||
    mi > 59
  ) {
    return Number.NaN;
  }
  let i = 16;
  let sec = 0;
  let ms = 0;
  if (s[i] === ":") {
    sec = digits(s, i + 1, 2);
    if (sec < 0 || sec > 59) return Number.NaN;
    i += 3;
    if (s[i] === ".") {
      let j = i + 1;
      let frac = 0;
      let scale = 100;
      while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) {
        frac += (s.charCodeAt(j) - 48) * scale;
        scale /= 10;
        j++;
      }
      if (j === i + 1 || j - i - 1 > 9) return Number.NaN;
      ms = Math.floor(frac);
      i = j;
    }
  }
  let offset = 0;
  if (s[i] === "Z" && i === s.length - 1) offset = 0;
  else if ((s[i] === "+" || s[i] === "-") && s.length === i + 6 && s[i + 3] === ":") {
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (oh < 0 || oh > 18 || om < 0 || om > 59) return Number.NaN;
    offset = (s[i] === "-" ? -1 : 1) * (oh * 60 + om);
  } else return Number.NaN;
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms) - offset * 60_000;
}

/** Epoch milliseconds of an instant input, or NaN when it is not a valid instant. */
export function instantMs(value: unknown): number {
  let ms: number;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === "number") ms = value;
  else if (typeof value === "string") ms = parseIsoInstant(value);
  else return Number.NaN;
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_EPOCH ? Math.floor(ms) : Number.NaN;
}

/** Reads an instant or reports `sla/invalid-instant` at `path`. */
export function readInstant(
  value: unknown,
  path: IssuePath,
  locale: Locale | undefined,
): Result<number, SlaIssue> {
  const ms = instantMs(value);
  if (Number.isNaN(ms))
    return err(slaIssue("sla/invalid-instant", { received: describe(value) }, path, locale));
  return ok(ms);
}
