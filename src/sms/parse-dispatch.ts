import { checkTextInput } from "../core/bounds.ts";
import { createIssue, type KefuIssue, type LocaleOptions } from "../core/issue.ts";
import type { PaymentMethod } from "../core/payment.ts";
import { readQuantityAt } from "../core/quantity.ts";
import { err, ok, type Result } from "../core/result.ts";
import {
  findDeadline,
  paymentAt,
  readCharge,
  readPhone,
  skipSeparators,
  splitDestinationName,
  trimSeparatorsEnd,
} from "./fields.ts";
import { smsMessages } from "./messages.ts";
import { isDigit, originalSpan, originalText, prepareScan, type ScanText } from "./scan.ts";
import { DISPATCH_FIELD_ORDER } from "./types.ts";
import type { Dispatch, DispatchField, ExtraCharge } from "./types.ts";

/**
 * A span `[start, end)` in the original text, in UTF-16 code units.
 *
 * @example
 * ```ts
 * import type { Span } from "kuaidi-kefu/sms";
 * const span: Span = [1, 10];
 * span[1] - span[0]; // => 9
 * ```
 */
export type Span = readonly [number, number];

/**
 * Where each field was found in the original text (line breaks, full-width forms and all), so a
 * UI can highlight it. `extraCharges` has one span per charge.
 *
 * @example
 * ```ts
 * import { parseDispatchSms, type DispatchSpans } from "kuaidi-kefu/sms";
 * const r = parseDispatchSms("[110310221]客王先生13823033212配件15件往杭州马先生0571-25852654现付。[8011]");
 * const spans: DispatchSpans | undefined = r.ok ? r.value.spans : undefined;
 * spans?.serial; // => [1, 10]
 * ```
 */
export type DispatchSpans = { readonly [K in Exclude<DispatchField, "extraCharges">]?: Span } & {
  readonly extraCharges?: readonly Span[];
};

/**
 * A gateway signature found at either end of an SMS (`【某某物流】`).
 *
 * @example
 * ```ts
 * import { parseDispatchSms, type SmsSignature } from "kuaidi-kefu/sms";
 * const r = parseDispatchSms("【某某物流】[110310221]客王先生13823033212配件15件往杭州马先生0571-25852654现付。[8011]");
 * const sig: SmsSignature | undefined = r.ok ? r.value.signature : undefined;
 * sig?.text; // => "某某物流"
 * ```
 */
export interface SmsSignature {
  readonly text: string;
  readonly position: "start" | "end";
  readonly span: Span;
}

/**
 * A pickup deadline read from the note, as hour and minute of the China day.
 *
 * @example
 * ```ts
 * import { parseDispatchSms, type NoteDeadline } from "kuaidi-kefu/sms";
 * const r = parseDispatchSms("[110310221]客王先生13823033212配件15件往杭州马先生0571-25852654现付。下午3点前提。[8011]");
 * const d: NoteDeadline | undefined = r.ok ? r.value.deadline : undefined;
 * d?.hour; // => 15
 * ```
 */
export interface NoteDeadline {
  readonly hour: number;
  readonly minute: number;
  readonly span: Span;
}

/**
 * A dispatch SMS read back: the dispatch, the span of every field, and the signature and
 * deadline when present.
 *
 * @example
 * ```ts
 * import { parseDispatchSms, type ParsedDispatchSms } from "kuaidi-kefu/sms";
 * const r = parseDispatchSms("[110310221]客王先生13823033212配件15件往杭州马先生0571-25852654现付。[8011]");
 * const parsed: ParsedDispatchSms | undefined = r.ok ? r.value : undefined;
 * parsed?.dispatch.consigneePhone; // => "0571-25852654"
 * ```
 */
export interface ParsedDispatchSms {
  readonly dispatch: Dispatch;
  readonly spans: DispatchSpans;
  readonly signature?: SmsSignature;
  readonly deadline?: NoteDeadline;
}

/**
 * Why a text is not a complete dispatch SMS: the fields missing and the fields whose value
 * cannot be told, plus everything that was understood (`understood`, `spans`).
 *
 * @example
 * ```ts
 * import { parseDispatchSms, type DispatchParseIssue } from "kuaidi-kefu/sms";
 * const r = parseDispatchSms("[110310221]客王先生13823033212配件15件[8011]", { locale: "en" });
 * const issue: DispatchParseIssue | undefined = r.ok ? undefined : r.error;
 * issue?.code; // => "sms/dispatch-incomplete"
 * ```
 */
export type DispatchParseIssue =
  | KefuIssue<
      "sms/dispatch-incomplete",
      {
        readonly missing: readonly DispatchField[];
        readonly ambiguous: readonly DispatchField[];
        readonly understood: Partial<Dispatch>;
        readonly spans: DispatchSpans;
      }
    >
  | KefuIssue<"input/not-text", { readonly received: string }>
  | KefuIssue<"input/too-long", { readonly length: number; readonly max: number }>;

/**
 * Options of {@link parseDispatchSms}.
 *
 * @example
 * ```ts
 * import type { ParseSmsOptions } from "kuaidi-kefu/sms";
 * const options: ParseSmsOptions = { locale: "en", maxLength: 2000 };
 * options.maxLength; // => 2000
 * ```
 */
export interface ParseSmsOptions extends LocaleOptions {
  /** Longest accepted text; default 2000 (four times the 500-character gateway maximum). */
  readonly maxLength?: number;
}

/**
 * Default input ceiling of the SMS parsers: 2000 characters, four times the 500-character
 * domestic gateway maximum; longer input is refused with `input/too-long` before any scan.
 *
 * @example
 * ```ts
 * import { SMS_PARSE_MAX_LENGTH } from "kuaidi-kefu/sms";
 * SMS_PARSE_MAX_LENGTH; // => 2000
 * ```
 */
export const SMS_PARSE_MAX_LENGTH = 2000;

interface Frame {
  readonly signature?: SmsSignature;
  readonly serial?: { value: string; start: number; end: number };
  readonly staff?: { value: string; start: number; end: number };
  /** The body between serial and staff number. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

function allDigits(w: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) if (!isDigit(w.charCodeAt(i))) return false;
  return true;
}

/** Peels the signature, the serial and the staff number off both ends of the scan text. */
export function readFrame(s: ScanText): Frame {
  const w = s.w;
  let start = skipSeparators(w, 0, w.length);
  let end = trimSeparatorsEnd(w, start, w.length);
  let signature: SmsSignature | undefined;
  if (w.charCodeAt(start) === 0x5b) {
    const close = w.indexOf("]", start);
    if (close > start + 1 && !allDigits(w, start + 1, close)) {
      signature = {
        text: originalText(s, start + 1, close),
        position: "start",
        span: originalSpan(s, start, close + 1),
      };
      start = skipSeparators(w, close + 1, end);
    }
  }
  if (!signature && end > start && w.charCodeAt(end - 1) === 0x5d) {
    const open = w.lastIndexOf("[", end - 1);
    if (open >= start && open < end - 2 && !allDigits(w, open + 1, end - 1)) {
      signature = {
        text: originalText(s, open + 1, end - 1),
        position: "end",
        span: originalSpan(s, open, end),
      };
      end = trimSeparatorsEnd(w, start, open);
    }
  }
  let serial: Frame["serial"];
  if (w.charCodeAt(start) === 0x5b) {
    const close = w.indexOf("]", start);
    if (close > start && allDigits(w, start + 1, close)) {
      serial = { value: w.slice(start + 1, close), start: start + 1, end: close };
      start = close + 1;
    }
  } else {
    let j = start;
    while (j < end && isDigit(w.charCodeAt(j))) j++;
    if (j - start >= 9 && j - start <= 12) {
      serial = { value: w.slice(start, j), start, end: j };
      start = j;
    }
  }
  let staff: Frame["staff"];
  if (end > start && w.charCodeAt(end - 1) === 0x5d) {
    const open = w.lastIndexOf("[", end - 1);
    if (open >= start && allDigits(w, open + 1, end - 1)) {
      staff = { value: w.slice(open + 1, end - 1), start: open + 1, end: end - 1 };
      end = open;
    }
  }
  return {
    ...(signature ? { signature } : {}),
    ...(serial ? { serial } : {}),
    ...(staff ? { staff } : {}),
    bodyStart: start,
    bodyEnd: end,
  };
}

/** First quantity at or after `i` (a number not glued to a longer token), or undefined. */
function firstQuantity(w: string, i: number, end: number): number {
  for (let j = i; j < end; j++) {
    if (!isDigit(w.charCodeAt(j))) continue;
    const prev = j > 0 ? w.charCodeAt(j - 1) : 0;
    if (
      isDigit(prev) ||
      prev === 0x2e ||
      (prev >= 0x41 && prev <= 0x5a) ||
      (prev >= 0x61 && prev <= 0x7a)
    )
      continue;
    const q = readQuantityAt(w, j);
    if (q && q.end <= end) return j;
  }
  return -1;
}

function isDestinationMarker(w: string, i: number): number {
  if (w.startsWith("发往", i) || w.startsWith("送往", i)) return 2;
  const c = w.charCodeAt(i);
  return c === 0x5f80 || c === 0x81f3 ? 1 : 0; // 往 至
}

interface Collected {
  fields: Record<string, unknown>;
  spans: Record<string, unknown>;
  missing: DispatchField[];
  ambiguous: DispatchField[];
}

function firstDigit(w: string, i: number, end: number): number {
  for (let j = i; j < end; j++) if (isDigit(w.charCodeAt(j))) return j;
  return -1;
}

function parseBody(s: ScanText, frame: Frame, out: Collected): NoteDeadline | undefined {
  const w = s.w;
  const end = frame.bodyEnd;
  const put = (field: DispatchField, value: unknown, a: number, b: number): void => {
    out.fields[field] = value;
    out.spans[field] = originalSpan(s, a, b);
  };
  let i = skipSeparators(w, frame.bodyStart, end);
  // 客 marks the shipper (dropped in the compact form).
  if (w.charCodeAt(i) === 0x5ba2 && i + 1 < end && !isDigit(w.charCodeAt(i + 1))) {
    i = skipSeparators(w, i + 1, end);
  }
  // Shipper name runs up to the shipper phone.
  const p1 = firstDigit(w, i, end);
  const nameEnd = trimSeparatorsEnd(w, i, p1 < 0 ? end : p1);
  if (nameEnd > i) put("shipperName", originalText(s, i, nameEnd), i, nameEnd);
  else out.missing.push("shipperName");
  if (p1 < 0) {
    out.missing.push(
      "shipperPhone",
      "goods",
      "destination",
      "consigneeName",
      "consigneePhone",
      "payment",
    );
    return undefined;
  }
  const phone1 = readPhone(w, p1, end);
  if (phone1.phone) put("shipperPhone", phone1.phone.display, phone1.start, phone1.end);
  else out.ambiguous.push("shipperPhone");
  i = skipSeparators(w, phone1.end, end);
  // Goods run up to the first quantity (or the destination marker when no quantity is given).
  const q = firstQuantity(w, i, end);
  let goodsEnd = q;
  if (q < 0) {
    goodsEnd = -1;
    for (let j = i; j < end; j++) {
      if (isDestinationMarker(w, j)) {
        goodsEnd = j;
        break;
      }
    }
  }
  const gEnd = trimSeparatorsEnd(w, i, goodsEnd < 0 ? i : goodsEnd);
  if (gEnd > i) put("goods", originalText(s, i, gEnd), i, gEnd);
  else out.missing.push("goods");
  i = goodsEnd < 0 ? i : goodsEnd;
  if (q >= 0) {
    for (;;) {
      const m = readQuantityAt(w, i);
      if (!m || m.end > end) break;
      const field = m.kind === "pieces" ? "pieces" : m.kind === "weight" ? "weightKg" : "volumeM3";
      if (field in out.fields) break;
      put(field, m.value, m.start, m.end);
      i = skipSeparators(w, m.end, end);
    }
  }
  const marker = isDestinationMarker(w, i);
  i = skipSeparators(w, i + marker, end);
  // Destination and consignee name run up to the consignee phone.
  const p2 = firstDigit(w, i, end);
  const regionEnd = trimSeparatorsEnd(w, i, p2 < 0 ? end : p2);
  const split = regionEnd > i ? splitDestinationName(w, i, regionEnd) : undefined;
  if (split) {
    const destEnd = trimSeparatorsEnd(w, i, split[0]);
    put("destination", originalText(s, i, destEnd), i, destEnd);
    put("consigneeName", originalText(s, split[1], regionEnd), split[1], regionEnd);
  } else if (regionEnd > i) {
    out.ambiguous.push("destination", "consigneeName");
  } else {
    out.missing.push("destination", "consigneeName");
  }
  if (p2 < 0) {
    out.missing.push("consigneePhone", "payment");
    return undefined;
  }
  const phone2 = readPhone(w, p2, end);
  if (phone2.phone) put("consigneePhone", phone2.phone.display, phone2.start, phone2.end);
  else out.ambiguous.push("consigneePhone");
  i = skipSeparators(w, phone2.end, end);
  let pay = paymentAt(w, i);
  let payStart = i;
  if (!pay) {
    for (let j = i + 1; j < end && !pay; j++) {
      pay = paymentAt(w, j);
      payStart = j;
    }
  }
  if (!pay) {
    out.missing.push("payment");
  } else {
    put("payment", pay.method satisfies PaymentMethod, payStart, pay.end);
    i = pay.end;
  }
  // Extra charges, then the note.
  const charges: ExtraCharge[] = [];
  const chargeSpans: Span[] = [];
  for (;;) {
    const at = skipSeparators(w, i, end);
    const c = readCharge(w, at, end);
    if (!c) break;
    charges.push({ name: c.name, amount: c.amount });
    chargeSpans.push(originalSpan(s, c.start, c.end));
    i = c.end;
  }
  if (charges.length > 0) {
    out.fields["extraCharges"] = charges;
    out.spans["extraCharges"] = chargeSpans;
  }
  const noteStart = skipSeparators(w, i, end);
  const noteEnd = trimSeparatorsEnd(w, noteStart, end);
  if (noteEnd > noteStart) {
    put("note", originalText(s, noteStart, noteEnd), noteStart, noteEnd);
    const d = findDeadline(w.slice(noteStart, noteEnd));
    if (d) {
      return {
        hour: d.hour,
        minute: d.minute,
        span: originalSpan(s, noteStart + d.start, noteStart + d.end),
      };
    }
  }
  return undefined;
}

function ordered(record: Record<string, unknown>): Record<string, unknown> {
  const outRecord: Record<string, unknown> = {};
  for (const f of DISPATCH_FIELD_ORDER) if (f in record) outRecord[f] = record[f];
  return outRecord;
}

/** Parses an already prepared scan text (shared with {@link parseSms}). */
export function parseDispatchScan(
  s: ScanText,
  frame: Frame,
  options: LocaleOptions | undefined,
): Result<ParsedDispatchSms, DispatchParseIssue> {
  const out: Collected = { fields: {}, spans: {}, missing: [], ambiguous: [] };
  if (frame.serial) {
    out.fields["serial"] = frame.serial.value;
    out.spans["serial"] = originalSpan(s, frame.serial.start, frame.serial.end);
  } else out.missing.push("serial");
  const deadline = parseBody(s, frame, out);
  if (frame.staff) {
    out.fields["staffNo"] = frame.staff.value;
    out.spans["staffNo"] = originalSpan(s, frame.staff.start, frame.staff.end);
  } else out.missing.push("staffNo");
  // Fields are collected in SMS order (quantities in the order written).
  const spans = out.spans as DispatchSpans;
  if (out.missing.length > 0 || out.ambiguous.length > 0) {
    const missing = DISPATCH_FIELD_ORDER.filter((f) => out.missing.includes(f));
    const ambiguous = DISPATCH_FIELD_ORDER.filter((f) => out.ambiguous.includes(f));
    return err(
      createIssue(
        smsMessages,
        "sms/dispatch-incomplete",
        {
          missing,
          ambiguous,
          understood: ordered(out.fields) as Partial<Dispatch>,
          spans: ordered(out.spans) as DispatchSpans,
        },
        options,
      ),
    );
  }
  const value: ParsedDispatchSms = {
    dispatch: out.fields as unknown as Dispatch,
    spans,
    ...(frame.signature ? { signature: frame.signature } : {}),
    ...(deadline ? { deadline } : {}),
  };
  return ok(value);
}

/**
 * Reads a dispatch SMS as people receive and type it: line breaks anywhere, full- or
 * half-width brackets and punctuation, 【】 for [], `kg`/`KG`/`千克`/`公斤`/`斤`/`吨`,
 * `方`/`立方`/`m³`, mobiles and landlines with or without dash or area code, 现付/到付/月结 and
 * their synonyms, extra charges (`加提货费100`), a note with a deadline (`15点前提`,
 * `下午3点前提`), a gateway signature at either end, and every compact form the encoder writes.
 * Returns the dispatch and the span of each field in the original text, or
 * `sms/dispatch-incomplete` naming what is missing or ambiguous with what was understood.
 * Never throws.
 *
 * @example
 * ```ts
 * import { parseDispatchSms } from "kuaidi-kefu/sms";
 * const r = parseDispatchSms("[110310221]客王先\n生13823033212配\n件15件200公斤2.2\n方往杭州马先生\n0571-25852654现\n付。加提货费100,\n15点前提。[8011]");
 * r.ok && r.value.dispatch.weightKg; // => 200
 * r.ok && r.value.dispatch.extraCharges; // => [{ name: "提货费", amount: 100 }]
 * r.ok && r.value.deadline?.hour; // => 15
 * ```
 */
export function parseDispatchSms(
  text: string,
  options?: ParseSmsOptions,
): Result<ParsedDispatchSms, DispatchParseIssue> {
  const checked = checkTextInput(text, {
    maxLength: options?.maxLength ?? SMS_PARSE_MAX_LENGTH,
    ...(options?.locale ? { locale: options.locale } : {}),
  });
  if (!checked.ok) return checked;
  const s = prepareScan(checked.value);
  return parseDispatchScan(s, readFrame(s), options);
}
