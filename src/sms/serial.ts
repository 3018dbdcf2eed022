import { createIssue, type KefuIssue, type LocaleOptions } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { smsMessages } from "./messages.ts";
import { daysInMonth } from "../core/civil.ts";

/** China has kept UTC+08:00 all year since 1991 (no DST), so a fixed offset is exact. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/**
 * The highest daily sequence that fits the three digits of a serial (`110310` + `221`); a
 * higher one is `sms/serial-overflow` unless the caller asks to widen the serial.
 *
 * @example
 * ```ts
 * import { MAX_DAILY_SEQUENCE } from "kuaidi-kefu/sms";
 * MAX_DAILY_SEQUENCE; // => 999
 * ```
 */
export const MAX_DAILY_SEQUENCE = 999;

/**
 * A calendar date in China (year, month 1-12, day 1-31).
 *
 * @example
 * ```ts
 * import { chinaDate, type ChinaDate } from "kuaidi-kefu/sms";
 * const d: ChinaDate = chinaDate(new Date("2011-03-09T16:30:00Z"));
 * d; // => { year: 2011, month: 3, day: 10 }
 * ```
 */
export interface ChinaDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The China (UTC+08:00) calendar date of an instant, whatever the process time zone.
 *
 * @example
 * ```ts
 * import { chinaDate } from "kuaidi-kefu/sms";
 * chinaDate(new Date("2011-03-10T15:59:59Z")); // => { year: 2011, month: 3, day: 10 }
 * chinaDate(new Date("2011-03-10T16:00:00Z")); // => { year: 2011, month: 3, day: 11 }
 * ```
 */
export function chinaDate(instant: Date | number): ChinaDate {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  const d = new Date(ms + CHINA_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Options of {@link formatSerial}.
 *
 * @example
 * ```ts
 * import { formatSerial, type SerialOptions } from "kuaidi-kefu/sms";
 * const options: SerialOptions = { overflow: "widen" };
 * formatSerial(new Date("2011-03-10T04:00:00Z"), 1000, options); // => { ok: true, value: "1103101000" }
 * ```
 */
export interface SerialOptions extends LocaleOptions {
  /**
   * What a sequence over 999 does: `"error"` (default) returns `sms/serial-overflow`;
   * `"widen"` writes all its digits (`1103101000`), which {@link parseSerial} reads back.
   */
  readonly overflow?: "error" | "widen";
}

/**
 * The issues of {@link formatSerial} and {@link parseSerial}.
 *
 * @example
 * ```ts
 * import { parseSerial, type SerialIssue } from "kuaidi-kefu/sms";
 * const r = parseSerial("11031");
 * const code: SerialIssue["code"] | undefined = r.ok ? undefined : r.error.code;
 * code; // => "sms/serial-malformed"
 * ```
 */
export type SerialIssue =
  | KefuIssue<"sms/serial-overflow", { readonly sequence: number; readonly max: number }>
  | KefuIssue<"sms/serial-invalid-sequence", { readonly sequence: number }>
  | KefuIssue<"sms/serial-invalid-date", { readonly serial: string }>
  | KefuIssue<"sms/serial-malformed", { readonly serial: string }>;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The SMS serial (流水号) of the manual: the China date as `yyMMdd` followed by the 3-digit
 * daily sequence (`110310221` = 2011-03-10, #221). A sequence over 999 is an explicit
 * `sms/serial-overflow` error unless `overflow: "widen"`; a sequence that is not a whole number
 * from 1 is `sms/serial-invalid-sequence`.
 *
 * @example
 * ```ts
 * import { formatSerial } from "kuaidi-kefu/sms";
 * formatSerial(new Date("2011-03-10T02:00:00Z"), 221); // => { ok: true, value: "110310221" }
 * formatSerial(new Date("2011-03-09T17:00:00Z"), 7); // => { ok: true, value: "110310007" }
 * formatSerial(new Date("2011-03-10T02:00:00Z"), 1000).ok; // => false
 * ```
 */
export function formatSerial(
  date: Date | number,
  sequence: number,
  options?: SerialOptions,
): Result<string, SerialIssue> {
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    return err(createIssue(smsMessages, "sms/serial-invalid-sequence", { sequence }, options));
  }
  if (sequence > MAX_DAILY_SEQUENCE && options?.overflow !== "widen") {
    return err(
      createIssue(
        smsMessages,
        "sms/serial-overflow",
        { sequence, max: MAX_DAILY_SEQUENCE },
        options,
      ),
    );
  }
  const ms = typeof date === "number" ? date : date instanceof Date ? date.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) {
    return err(createIssue(smsMessages, "sms/serial-invalid-date", { serial: "" }, options));
  }
  const d = chinaDate(ms);
  const seq = String(sequence).padStart(3, "0");
  return ok(`${pad2(d.year % 100)}${pad2(d.month)}${pad2(d.day)}${seq}`);
}

/**
 * A serial read back: its China date, daily sequence and the serial itself.
 *
 * @example
 * ```ts
 * import { parseSerial, type SmsSerial } from "kuaidi-kefu/sms";
 * const r = parseSerial("110310221");
 * const s: SmsSerial | undefined = r.ok ? r.value : undefined;
 * s?.sequence; // => 221
 * ```
 */
export interface SmsSerial {
  readonly serial: string;
  readonly date: ChinaDate;
  /** `yyyy-MM-dd` of the China date. */
  readonly isoDate: string;
  readonly sequence: number;
}

/**
 * Reads a serial `yyMMdd` + sequence (three digits, or more when written with
 * `overflow: "widen"`); years are 2000-2099. Surrounding brackets and spaces are ignored.
 *
 * @example
 * ```ts
 * import { parseSerial } from "kuaidi-kefu/sms";
 * parseSerial("110310221");
 * // => { ok: true, value: { serial: "110310221", date: { year: 2011, month: 3, day: 10 }, isoDate: "2011-03-10", sequence: 221 } }
 * parseSerial("111310221").ok; // => false
 * ```
 */
export function parseSerial(text: string, options?: LocaleOptions): Result<SmsSerial, SerialIssue> {
  const raw = typeof text === "string" ? text : "";
  let s = raw.trim();
  if (
    s.length > 2 &&
    "[【［".includes(s[0] as string) &&
    "]】］".includes(s[s.length - 1] as string)
  ) {
    s = s.slice(1, -1).trim();
  }
  let digits = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) digits = false;
  }
  if (!digits || s.length < 9 || s.length > 12) {
    return err(
      createIssue(smsMessages, "sms/serial-malformed", { serial: raw.slice(0, 40) }, options),
    );
  }
  const year = 2000 + Number(s.slice(0, 2));
  const month = Number(s.slice(2, 4));
  const day = Number(s.slice(4, 6));
  const sequence = Number(s.slice(6));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return err(createIssue(smsMessages, "sms/serial-invalid-date", { serial: s }, options));
  }
  if (sequence < 1 || (s.length > 9 && sequence <= MAX_DAILY_SEQUENCE)) {
    return err(createIssue(smsMessages, "sms/serial-invalid-sequence", { sequence }, options));
  }
  const date = { year, month, day };
  return ok({ serial: s, date, isoDate: `${year}-${pad2(month)}-${pad2(day)}`, sequence });
}
