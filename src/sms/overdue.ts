import { checkTextInput } from "../core/bounds.ts";
import { createIssue, type KefuIssue, type LocaleOptions } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { skipSeparators } from "./fields.ts";
import { smsMessages } from "./messages.ts";
import {
  readFrame,
  SMS_PARSE_MAX_LENGTH,
  type ParseSmsOptions,
  type SmsSignature,
  type Span,
} from "./parse-dispatch.ts";
import { isDigit, originalSpan, prepareScan, type ScanText } from "./scan.ts";
import { countSmsSegments, type SmsEncoding } from "./segments.ts";
import { parseSerial } from "./serial.ts";

/**
 * The overdue-delivery chaser (超时催办短信) of the manual:
 * `[110310284]单号755xxxxxxx,货物已超过配送时效2小时,请速处理。[8011]`.
 *
 * @example
 * ```ts
 * import type { OverdueSms } from "kuaidi-kefu/sms";
 * const chaser: OverdueSms = { serial: "110310284", waybill: "7551234567", overdueHours: 2, staffNo: "8011" };
 * chaser.overdueHours; // => 2
 * ```
 */
export interface OverdueSms {
  readonly serial: string;
  /** 单号: the waybill number (letters and digits). */
  readonly waybill: string;
  /** Hours past the delivery time limit (配送时效). */
  readonly overdueHours: number;
  readonly staffNo: string;
}

/**
 * A chaser read back, with the span of each field in the original text.
 *
 * @example
 * ```ts
 * import { parseOverdueSms, type ParsedOverdueSms } from "kuaidi-kefu/sms";
 * const r = parseOverdueSms("[110310284]单号7551234567,货物已超过配送时效2小时,请速处理。[8011]");
 * const parsed: ParsedOverdueSms | undefined = r.ok ? r.value : undefined;
 * parsed?.spans.waybill; // => [13, 23]
 * ```
 */
export interface ParsedOverdueSms {
  readonly overdue: OverdueSms;
  readonly spans: { readonly [K in keyof OverdueSms]?: Span };
  readonly signature?: SmsSignature;
}

/**
 * The issues of the chaser functions.
 *
 * @example
 * ```ts
 * import { parseOverdueSms, type OverdueIssue } from "kuaidi-kefu/sms";
 * const r = parseOverdueSms("[110310284]单号7551234567[8011]");
 * const issue: OverdueIssue | undefined = r.ok ? undefined : r.error;
 * issue?.code; // => "sms/overdue-incomplete"
 * ```
 */
export type OverdueIssue =
  | KefuIssue<"sms/overdue-incomplete", { readonly missing: readonly string[] }>
  | KefuIssue<"sms/invalid-field", { readonly field: string; readonly reason: string }>
  | KefuIssue<"input/not-text", { readonly received: string }>
  | KefuIssue<"input/too-long", { readonly length: number; readonly max: number }>;

/**
 * A chaser SMS as written: text, length, encoding and segments under the Chinese gateway rule.
 *
 * @example
 * ```ts
 * import { encodeOverdueSms, type EncodedOverdueSms } from "kuaidi-kefu/sms";
 * const r = encodeOverdueSms({ serial: "110310284", waybill: "7551234567", overdueHours: 2, staffNo: "8011" });
 * const sms: EncodedOverdueSms | undefined = r.ok ? r.value : undefined;
 * sms?.segments; // => 1
 * ```
 */
export interface EncodedOverdueSms {
  readonly text: string;
  readonly length: number;
  readonly encoding: SmsEncoding;
  readonly segments: number;
}

function isWaybillChar(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Writes the overdue chaser in the manual's form. The waybill must be 4-30 letters or digits,
 * the hours a positive number with at most one decimal.
 *
 * @example
 * ```ts
 * import { encodeOverdueSms } from "kuaidi-kefu/sms";
 * const r = encodeOverdueSms({ serial: "110310284", waybill: "7551234567", overdueHours: 2, staffNo: "8011" });
 * r.ok && r.value.text; // => "[110310284]单号7551234567,货物已超过配送时效2小时,请速处理。[8011]"
 * ```
 */
export function encodeOverdueSms(
  chaser: OverdueSms,
  options?: LocaleOptions & { readonly signature?: string },
): Result<EncodedOverdueSms, OverdueIssue> {
  const bad = (field: string, reason: string): Result<EncodedOverdueSms, OverdueIssue> =>
    err(createIssue(smsMessages, "sms/invalid-field", { field, reason }, options));
  if (typeof chaser !== "object" || chaser === null) return bad("chaser", "not an object");
  if (typeof chaser.serial !== "string" || !parseSerial(chaser.serial).ok)
    return bad("serial", "not a serial");
  const wb = chaser.waybill;
  if (
    typeof wb !== "string" ||
    wb.length < 4 ||
    wb.length > 30 ||
    ![...wb].every((ch) => isWaybillChar(ch.charCodeAt(0)) && ch.length === 1)
  ) {
    return bad("waybill", "not 4-30 letters or digits");
  }
  const h = chaser.overdueHours;
  if (
    typeof h !== "number" ||
    !Number.isFinite(h) ||
    h <= 0 ||
    h > 10000 ||
    Math.round(h * 10) !== h * 10
  ) {
    return bad("overdueHours", "not a positive number of hours with at most one decimal");
  }
  if (typeof chaser.staffNo !== "string" || !/^\d{1,8}$/.test(chaser.staffNo))
    return bad("staffNo", "not 1-8 digits");
  const text = `[${chaser.serial}]单号${wb},货物已超过配送时效${h}小时,请速处理。[${chaser.staffNo}]`;
  const count = countSmsSegments(text, {
    gateway: "cn",
    ...(typeof options?.signature === "string" ? { signature: options.signature } : {}),
  });
  return ok({
    text,
    length: text.length,
    encoding: countSmsSegments(text).encoding,
    segments: count.segments,
  });
}

/** True when the body (after the serial) starts like a chaser: 单号 / 运单号. */
export function looksLikeChaser(w: string, i: number): boolean {
  return w.startsWith("单号", i) || w.startsWith("运单号", i) || w.startsWith("运单", i);
}

/** Parses a chaser from a prepared scan text. */
export function parseOverdueScan(
  s: ScanText,
  options: LocaleOptions | undefined,
): Result<ParsedOverdueSms, OverdueIssue> {
  const w = s.w;
  const frame = readFrame(s);
  const fields: Record<string, unknown> = {};
  const spans: Record<string, Span> = {};
  const missing: string[] = [];
  if (frame.serial) {
    fields["serial"] = frame.serial.value;
    spans["serial"] = originalSpan(s, frame.serial.start, frame.serial.end);
  } else missing.push("serial");
  const end = frame.bodyEnd;
  let i = skipSeparators(w, frame.bodyStart, end);
  const label = w.startsWith("运单号", i)
    ? 3
    : w.startsWith("单号", i) || w.startsWith("运单", i)
      ? 2
      : 0;
  i = skipSeparators(w, i + label, end);
  let j = i;
  while (j < end && isWaybillChar(w.charCodeAt(j))) j++;
  if (label > 0 && j - i >= 4) {
    fields["waybill"] = w.slice(i, j);
    spans["waybill"] = originalSpan(s, i, j);
  } else missing.push("waybill");
  let hours: number | undefined;
  for (let k = j; k < end && hours === undefined; k++) {
    if (!isDigit(w.charCodeAt(k))) continue;
    let e = k;
    while (
      e < end &&
      (isDigit(w.charCodeAt(e)) || (w.charCodeAt(e) === 0x2e && isDigit(w.charCodeAt(e + 1))))
    )
      e++;
    const n = Number(w.slice(k, e));
    let unitEnd = e;
    if (w.startsWith("个", unitEnd)) unitEnd++;
    let factor = 0;
    if (w.startsWith("小时", unitEnd)) factor = 1;
    else if (w.startsWith("天", unitEnd)) factor = 24;
    if (factor > 0 && n > 0) {
      hours = n * factor;
      spans["overdueHours"] = originalSpan(s, k, unitEnd + (factor === 1 ? 2 : 1));
    }
    k = e;
  }
  if (hours !== undefined) fields["overdueHours"] = hours;
  else missing.push("overdueHours");
  if (frame.staff) {
    fields["staffNo"] = frame.staff.value;
    spans["staffNo"] = originalSpan(s, frame.staff.start, frame.staff.end);
  } else missing.push("staffNo");
  if (missing.length > 0)
    return err(createIssue(smsMessages, "sms/overdue-incomplete", { missing }, options));
  return ok({
    overdue: {
      serial: fields["serial"] as string,
      waybill: fields["waybill"] as string,
      overdueHours: fields["overdueHours"] as number,
      staffNo: fields["staffNo"] as string,
    },
    spans,
    ...(frame.signature ? { signature: frame.signature } : {}),
  });
}

/**
 * Reads the overdue chaser, tolerant of wrapping, full-width forms, 【】, `运单号` for `单号`,
 * `个小时` and days (`1天` = 24 hours), and a gateway signature at either end.
 *
 * @example
 * ```ts
 * import { parseOverdueSms } from "kuaidi-kefu/sms";
 * const r = parseOverdueSms("[110310284]单号\n7551234567，货物已\n超过配送时效2小\n时，请速处理。\n[8011]");
 * r.ok && r.value.overdue; // => { serial: "110310284", waybill: "7551234567", overdueHours: 2, staffNo: "8011" }
 * ```
 */
export function parseOverdueSms(
  text: string,
  options?: ParseSmsOptions,
): Result<ParsedOverdueSms, OverdueIssue> {
  const checked = checkTextInput(text, {
    maxLength: options?.maxLength ?? SMS_PARSE_MAX_LENGTH,
    ...(options?.locale ? { locale: options.locale } : {}),
  });
  if (!checked.ok) return checked;
  return parseOverdueScan(prepareScan(checked.value), options);
}
