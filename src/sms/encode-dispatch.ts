import { createIssue, type KefuIssue, type LocaleOptions } from "../core/issue.ts";
import { parsePaymentMethod } from "../core/payment.ts";
import { err, ok, type Result } from "../core/result.ts";
import { findDeadline, splitDestinationName } from "./fields.ts";
import { smsMessages } from "./messages.ts";
import { parseDispatchScan, readFrame } from "./parse-dispatch.ts";
import { smsPhone, type SmsPhone } from "./phone-adapter.ts";
import { prepareScan, isSeparator } from "./scan.ts";
import { countSmsSegments, type SmsEncoding } from "./segments.ts";
import { parseSerial } from "./serial.ts";
import { DISPATCH_FIELD_ORDER } from "./types.ts";
import type { Dispatch, DispatchField, ExtraCharge } from "./types.ts";

/**
 * The lossless compact forms the encoder may use, in the order it tries them. Each saves
 * characters without losing anything the parser needs:
 * - `no-optional-punctuation`: drop the `。` after the payment and at the end;
 * - `landline-without-dash`: `0571-25852654` → `057125852654` (the area code is recovered);
 * - `short-units`: a weight in 吨 when shorter (`200公斤` → `0.2吨`);
 * - `no-field-markers`: drop `客` before the shipper and `加` before extra charges;
 * - `serial-without-brackets`: `[110310221]` → `110310221`.
 *
 * @example
 * ```ts
 * import { COMPACT_FORMS, type CompactForm } from "kuaidi-kefu/sms";
 * const first: CompactForm | undefined = COMPACT_FORMS[0];
 * first; // => "no-optional-punctuation"
 * ```
 */
export type CompactForm =
  | "no-optional-punctuation"
  | "landline-without-dash"
  | "short-units"
  | "no-field-markers"
  | "serial-without-brackets";

/**
 * Every {@link CompactForm}, in the order the fitting strategy tries them.
 *
 * @example
 * ```ts
 * import { COMPACT_FORMS } from "kuaidi-kefu/sms";
 * COMPACT_FORMS.length; // => 5
 * ```
 */
export const COMPACT_FORMS: readonly CompactForm[] = [
  "no-optional-punctuation",
  "landline-without-dash",
  "short-units",
  "no-field-markers",
  "serial-without-brackets",
];

/**
 * Options of {@link encodeDispatchSms}.
 *
 * @example
 * ```ts
 * import type { EncodeDispatchOptions } from "kuaidi-kefu/sms";
 * const options: EncodeDispatchOptions = { budget: 70, signature: "某某物流" };
 * options.budget; // => 70
 * ```
 */
export interface EncodeDispatchOptions extends LocaleOptions {
  /** Most characters of one SMS, signature included; default 70 (one UCS-2 segment). */
  readonly budget?: number;
  /** Gateway signature (counted with its 【】 against the budget); none by default. */
  readonly signature?: string;
  /**
   * Segments the caller accepts; default 1. Above 1 the limit becomes that many 67-character
   * parts (at most the 500-character gateway maximum), signature included.
   */
  readonly maxSegments?: number;
  /** Compact forms to use even when the text would fit without them. */
  readonly compact?: readonly CompactForm[];
  /** `false` turns fitting off: the text is written in full and checked against the limit. */
  readonly fit?: boolean;
}

/**
 * The SMS the encoder wrote, with what it cost and what the fitting changed.
 *
 * @example
 * ```ts
 * import { encodeDispatchSms, type EncodedDispatchSms } from "kuaidi-kefu/sms";
 * const r = encodeDispatchSms({
 *   serial: "110310221", shipperName: "王先生", shipperPhone: "13823033212", goods: "配件",
 *   pieces: 15, destination: "杭州", consigneeName: "马先生", consigneePhone: "0571-25852654",
 *   payment: "现付", staffNo: "8011",
 * });
 * const sms: EncodedDispatchSms | undefined = r.ok ? r.value : undefined;
 * sms?.text; // => "[110310221]客王先生13823033212配件15件往杭州马先生0571-25852654现付。[8011]"
 * ```
 */
export interface EncodedDispatchSms {
  readonly text: string;
  /** Characters of the text, without the signature. */
  readonly length: number;
  /** Characters counted against the limit: the text plus the signature with its 【】. */
  readonly countedLength: number;
  /** The limit the text was fitted to. */
  readonly limit: number;
  readonly encoding: SmsEncoding;
  /** SMS parts under the Chinese gateway rule (70, then 67 per part), signature included. */
  readonly segments: number;
  /** Compact forms used, in the order applied. */
  readonly compactForms: readonly CompactForm[];
  /** Optional parts shortened to fit. */
  readonly shortened: readonly "note"[];
  /** Optional parts left out to fit (`extraCharges` also when only some were left out). */
  readonly dropped: readonly ("note" | "extraCharges")[];
  /** The dispatch exactly as the SMS carries it (what `parseDispatchSms` reads back). */
  readonly sent: Dispatch;
}

/**
 * The issues of {@link encodeDispatchSms}: a field that is not valid, a field that would not
 * read back unchanged (for example a goods name that looks like a quantity), or a message that
 * does not fit even with every compact form and every optional part left out.
 *
 * @example
 * ```ts
 * import { encodeDispatchSms, type EncodeDispatchIssue } from "kuaidi-kefu/sms";
 * const r = encodeDispatchSms({
 *   serial: "110310221", shipperName: "王先生", shipperPhone: "123", goods: "配件",
 *   destination: "杭州", consigneeName: "马先生", consigneePhone: "0571-25852654",
 *   payment: "现付", staffNo: "8011",
 * }, { locale: "en" });
 * const issue: EncodeDispatchIssue | undefined = r.ok ? undefined : r.error;
 * issue?.code; // => "sms/invalid-field"
 * ```
 */
export type EncodeDispatchIssue =
  | KefuIssue<"sms/invalid-field", { readonly field: string; readonly reason: string }>
  | KefuIssue<"sms/unreadable-field", { readonly field: string }>
  | KefuIssue<
      "sms/does-not-fit",
      { readonly length: number; readonly limit: number; readonly minimumLength: number }
    >;

interface Valid {
  readonly d: Dispatch;
  readonly shipper: SmsPhone;
  readonly consignee: SmsPhone;
}

const FORBIDDEN_TEXT = "[]【】［］〔〕〖〗";

function badText(value: unknown, max: number): string | undefined {
  if (typeof value !== "string") return "not text";
  if (value.trim() !== value || value.length === 0) return "empty or padded with spaces";
  if (value.length > max) return `longer than ${max} characters`;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029)
      return "contains control characters";
    if (FORBIDDEN_TEXT.includes(value[i] as string)) return "contains brackets";
  }
  return undefined;
}

/** Shortest decimal form of a finite non-negative number, or undefined (exponent notation). */
function decimal(n: number): string | undefined {
  const s = String(n);
  return s.includes("e") ? undefined : s;
}

function badNumber(value: unknown, integer: boolean): string | undefined {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1e7) {
    return "not a number from 0 to 10,000,000";
  }
  if (integer && !Number.isInteger(value)) return "not a whole number";
  const s = decimal(value);
  if (s === undefined || (s.split(".")[1]?.length ?? 0) > 3) return "more than 3 decimals";
  return undefined;
}

/** Trims the separators a note may start or end with: they are not content. */
function canonicalNote(note: string): string {
  let a = 0;
  let b = note.length;
  const sep = (c: number): boolean =>
    isSeparator(c) || c === 0xff0c || c === 0x3002 || c === 0xff61 || c === 0x3000;
  while (a < b && sep(note.charCodeAt(a))) a++;
  while (b > a && sep(note.charCodeAt(b - 1))) b--;
  return note.slice(a, b);
}

function validate(
  input: Dispatch,
  options: LocaleOptions | undefined,
): Result<Valid, EncodeDispatchIssue> {
  const bad = (field: string, reason: string): Result<Valid, EncodeDispatchIssue> =>
    err(createIssue(smsMessages, "sms/invalid-field", { field, reason }, options));
  if (typeof input !== "object" || input === null) return bad("dispatch", "not an object");
  if (
    typeof input.serial !== "string" ||
    !parseSerial(input.serial).ok ||
    input.serial.length !== input.serial.trim().length
  ) {
    return bad("serial", "not a yyMMdd + sequence serial");
  }
  for (const field of ["shipperName", "goods", "destination", "consigneeName"] as const) {
    const reason = badText(input[field], 20);
    if (reason) return bad(field, reason);
  }
  const shipper = typeof input.shipperPhone === "string" ? smsPhone(input.shipperPhone) : undefined;
  if (!shipper) return bad("shipperPhone", "not a phone number");
  const consignee =
    typeof input.consigneePhone === "string" ? smsPhone(input.consigneePhone) : undefined;
  if (!consignee) return bad("consigneePhone", "not a phone number");
  for (const [field, integer] of [
    ["pieces", true],
    ["weightKg", false],
    ["volumeM3", false],
  ] as const) {
    if (input[field] === undefined) continue;
    const reason = badNumber(input[field], integer);
    if (reason) return bad(field, reason);
  }
  const payment = parsePaymentMethod(input.payment);
  if (!payment) return bad("payment", "not 现付, 到付 or 月结");
  if (typeof input.staffNo !== "string" || !/^\d{1,8}$/.test(input.staffNo))
    return bad("staffNo", "not 1-8 digits");
  const charges: ExtraCharge[] = [];
  if (input.extraCharges !== undefined) {
    if (!Array.isArray(input.extraCharges)) return bad("extraCharges", "not a list");
    for (const c of input.extraCharges as readonly ExtraCharge[]) {
      const name = typeof c === "object" && c !== null ? c.name : undefined;
      if (typeof name !== "string" || !/^[\u4e00-\u9fff]{1,7}费$/.test(name)) {
        return bad("extraCharges", "a charge name must be Chinese ending in 费");
      }
      const reason = badNumber(c.amount, false);
      if (reason) return bad("extraCharges", reason);
      charges.push({ name, amount: c.amount });
    }
  }
  let note: string | undefined;
  if (input.note !== undefined) {
    if (typeof input.note !== "string") return bad("note", "not text");
    note = canonicalNote(input.note);
    const reason = note.length === 0 ? undefined : badText(note, 60);
    if (reason) return bad("note", reason);
  }
  const d: Dispatch = {
    serial: input.serial,
    shipperName: input.shipperName,
    shipperPhone: shipper.display,
    goods: input.goods,
    ...(input.pieces !== undefined ? { pieces: input.pieces } : {}),
    ...(input.weightKg !== undefined ? { weightKg: input.weightKg } : {}),
    ...(input.volumeM3 !== undefined ? { volumeM3: input.volumeM3 } : {}),
    destination: input.destination,
    consigneeName: input.consigneeName,
    consigneePhone: consignee.display,
    payment,
    ...(charges.length > 0 ? { extraCharges: charges } : {}),
    ...(note ? { note } : {}),
    staffNo: input.staffNo,
  };
  return ok({ d, shipper, consignee });
}

function weightText(kg: number, short: boolean): string {
  const full = `${decimal(kg)}公斤`;
  if (!short) return full;
  const t = decimal(Math.round(kg * 1e3) / 1e6);
  return t !== undefined && t.length + 1 < full.length && Number(t) * 1000 === kg ? `${t}吨` : full;
}

function destinationAndName(dest: string, name: string): string {
  const region = dest + name;
  const split = splitDestinationName(region, 0, region.length);
  return split && split[0] === dest.length && split[1] === dest.length ? region : `${dest},${name}`;
}

/** Writes the SMS in the manual's field order with the given compact forms. */
function render(v: Valid, d: Dispatch, forms: ReadonlySet<CompactForm>): string {
  const punct = !forms.has("no-optional-punctuation");
  const markers = !forms.has("no-field-markers");
  const dash = !forms.has("landline-without-dash");
  let s = forms.has("serial-without-brackets") ? d.serial : `[${d.serial}]`;
  s += markers ? `客${d.shipperName}` : d.shipperName;
  s += dash ? v.shipper.display : v.shipper.compact;
  s += d.goods;
  if (d.pieces !== undefined) s += `${d.pieces}件`;
  if (d.weightKg !== undefined) s += weightText(d.weightKg, forms.has("short-units"));
  if (d.volumeM3 !== undefined) s += `${decimal(d.volumeM3)}方`;
  s += `往${destinationAndName(d.destination, d.consigneeName)}`;
  s += dash ? v.consignee.display : v.consignee.compact;
  s += d.payment;
  if (punct) s += "。";
  const charges = d.extraCharges ?? [];
  charges.forEach((c, k) => {
    if (k > 0) s += ",";
    s += `${markers ? "加" : ""}${c.name}${decimal(c.amount)}`;
  });
  if (d.note !== undefined) {
    if (charges.length > 0) s += ",";
    s += d.note;
  }
  if (punct && (charges.length > 0 || d.note !== undefined)) s += "。";
  return `${s}[${d.staffNo}]`;
}

function sameCharges(
  a: readonly ExtraCharge[] | undefined,
  b: readonly ExtraCharge[] | undefined,
): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return (
    x.length === y.length && x.every((c, k) => c.name === y[k]?.name && c.amount === y[k]?.amount)
  );
}

/** The first field (in SMS order) that would not read back unchanged from `text`, or undefined. */
function unreadableField(text: string, d: Dispatch): DispatchField | undefined {
  const scan = prepareScan(text);
  const r = parseDispatchScan(scan, readFrame(scan), undefined);
  const got: Partial<Dispatch> = r.ok
    ? r.value.dispatch
    : r.error.code === "sms/dispatch-incomplete"
      ? r.error.understood
      : {};
  for (const k of DISPATCH_FIELD_ORDER) {
    if (k === "extraCharges" ? !sameCharges(got.extraCharges, d.extraCharges) : got[k] !== d[k])
      return k;
  }
  return undefined;
}

/** A note shortened by `over` characters: its deadline alone, or its start and an ellipsis. */
function shortenNote(note: string, over: number): string | undefined {
  const deadline = findDeadline(note);
  if (deadline) {
    const hh =
      deadline.minute === 0
        ? `${deadline.hour}点前`
        : `${deadline.hour}:${String(deadline.minute).padStart(2, "0")}前`;
    if (note.length - hh.length >= over) return hh;
  }
  const points = Array.from(note);
  const keep = points.length - over - 1;
  if (keep < 2) return undefined;
  return `${points.slice(0, keep).join("")}…`;
}

function withoutOptional(
  d: Dispatch,
  note: string | undefined,
  charges: readonly ExtraCharge[],
): Dispatch {
  const { note: _n, extraCharges: _c, staffNo, ...rest } = d;
  return {
    ...rest,
    ...(charges.length > 0 ? { extraCharges: charges } : {}),
    ...(note !== undefined ? { note } : {}),
    staffNo,
  };
}

/**
 * Writes a dispatch SMS in the manual's field order (serial, shipper name and phone, goods,
 * pieces, weight, volume, destination, consignee name and phone, payment, extra charges, note,
 * staff number) and fits it to the budget (default 70 characters, signature with its 【】
 * included) with a fixed strategy:
 * 1. the lossless {@link COMPACT_FORMS}, one by one, in their order, until it fits;
 * 2. the note shortened (to its deadline, `15点前`, or cut with `…`), then left out;
 * 3. extra charges left out, last first;
 * 4. still too long: `sms/does-not-fit` (or more segments when `maxSegments` allows).
 * After a lossy step, compact forms no longer needed are given back, last applied first.
 * Mandatory fields are never shortened or left out. Every text is checked to read back with
 * {@link parseDispatchSms}; a form that would not is skipped, and a field that cannot be
 * written readably is `sms/unreadable-field`.
 *
 * @example
 * ```ts
 * import { encodeDispatchSms } from "kuaidi-kefu/sms";
 * const r = encodeDispatchSms({
 *   serial: "110310221", shipperName: "王先生", shipperPhone: "13823033212", goods: "配件",
 *   pieces: 15, weightKg: 200, volumeM3: 2.2, destination: "杭州", consigneeName: "马先生",
 *   consigneePhone: "0571-25852654", payment: "现付",
 *   extraCharges: [{ name: "提货费", amount: 100 }], note: "15点前提", staffNo: "8011",
 * });
 * r.ok && r.value.text; // => "[110310221]王先生13823033212配件15件0.2吨2.2方往杭州马先生057125852654现付提货费100[8011]"
 * r.ok && r.value.length; // => 70
 * r.ok && r.value.dropped; // => ["note"]
 * r.ok && r.value.compactForms; // => ["no-optional-punctuation", "landline-without-dash", "short-units", "no-field-markers"]
 * ```
 */
export function encodeDispatchSms(
  dispatch: Dispatch,
  options?: EncodeDispatchOptions,
): Result<EncodedDispatchSms, EncodeDispatchIssue> {
  const valid = validate(dispatch, options);
  if (!valid.ok) return valid;
  const v = valid.value;
  const signature = typeof options?.signature === "string" ? options.signature : undefined;
  const countOptions = {
    gateway: "cn" as const,
    ...(signature !== undefined ? { signature } : {}),
  };
  const whole = (value: unknown, fallback: number): number =>
    typeof value === "number" && Number.isFinite(value) ? Math.max(1, Math.floor(value)) : fallback;
  const maxSegments = whole(options?.maxSegments, 1);
  const budget = whole(options?.budget, 70);
  const limit = maxSegments > 1 ? Math.max(budget, Math.min(500, maxSegments * 67)) : budget;
  const counted = (t: string): number => countSmsSegments(t, countOptions).units;
  const fits = (t: string): boolean => counted(t) <= limit;

  const forms = new Set<CompactForm>(options?.compact ?? []);
  const applied: CompactForm[] = COMPACT_FORMS.filter((f) => forms.has(f));
  let sent = v.d;
  let text = render(v, sent, forms);
  const field = unreadableField(text, sent);
  if (field) return err(createIssue(smsMessages, "sms/unreadable-field", { field }, options));
  const fitting = options?.fit !== false;
  for (const form of COMPACT_FORMS) {
    if (!fitting || fits(text)) break;
    if (forms.has(form)) continue;
    forms.add(form);
    const candidate = render(v, sent, forms);
    if (candidate.length < text.length && !unreadableField(candidate, sent)) {
      text = candidate;
      applied.push(form);
    } else forms.delete(form);
  }
  const shortened: "note"[] = [];
  const dropped: ("note" | "extraCharges")[] = [];
  const tryDispatch = (d: Dispatch): boolean => {
    const candidate = render(v, d, forms);
    if (!fits(candidate) || unreadableField(candidate, d)) return false;
    text = candidate;
    sent = d;
    return true;
  };
  if (fitting && !fits(text) && sent.note !== undefined) {
    const short = shortenNote(sent.note, counted(text) - limit);
    if (short !== undefined && tryDispatch(withoutOptional(sent, short, sent.extraCharges ?? []))) {
      shortened.push("note");
    } else {
      sent = withoutOptional(sent, undefined, sent.extraCharges ?? []);
      text = render(v, sent, forms);
      dropped.push("note");
    }
  }
  if (fitting && !fits(text) && sent.extraCharges !== undefined) {
    const charges = [...sent.extraCharges];
    while (charges.length > 0 && !fits(text)) {
      charges.pop();
      sent = withoutOptional(sent, sent.note, charges);
      text = render(v, sent, forms);
    }
    dropped.push("extraCharges");
  }
  // Once something was shortened or left out, give back the compact forms that are no longer
  // needed (last applied first), so the text is as close to the manual's form as the budget allows.
  if (shortened.length + dropped.length > 0) {
    for (let k = applied.length - 1; k >= 0; k--) {
      const form = applied[k] as CompactForm;
      if (options?.compact?.includes(form)) continue;
      forms.delete(form);
      const candidate = render(v, sent, forms);
      if (fits(candidate)) {
        text = candidate;
        applied.splice(k, 1);
      } else forms.add(form);
    }
  }
  const lost = unreadableField(text, sent);
  if (lost) return err(createIssue(smsMessages, "sms/unreadable-field", { field: lost }, options));
  const count = countSmsSegments(text, countOptions);
  if (count.units > limit) {
    const minimal = render(v, withoutOptional(v.d, undefined, []), new Set(COMPACT_FORMS));
    return err(
      createIssue(
        smsMessages,
        "sms/does-not-fit",
        { length: count.units, limit, minimumLength: counted(minimal) },
        options,
      ),
    );
  }
  return ok({
    text,
    length: text.length,
    countedLength: count.units,
    limit,
    encoding: countSmsSegments(text).encoding,
    segments: count.segments,
    compactForms: applied,
    shortened,
    dropped,
    sent,
  });
}
