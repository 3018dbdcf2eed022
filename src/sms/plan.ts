import { createIssue, type KefuIssue, type LocaleOptions } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { parsePhone } from "../phone/index.ts";
import {
  encodeDispatchSms,
  type EncodeDispatchIssue,
  type EncodeDispatchOptions,
  type EncodedDispatchSms,
} from "./encode-dispatch.ts";
import { smsMessages } from "./messages.ts";
import type { Dispatch } from "./types.ts";

/**
 * The manual's rule: the dispatch SMS goes out within 3 minutes of confirmation (seed 000,
 * 2.2.1), in milliseconds; `planDispatch` sets `sendBy` from it.
 *
 * @example
 * ```ts
 * import { DISPATCH_SEND_WITHIN_MS } from "kuaidi-kefu/sms";
 * DISPATCH_SEND_WITHIN_MS; // => 180000
 * ```
 */
export const DISPATCH_SEND_WITHIN_MS = 3 * 60 * 1000;

/**
 * A person an SMS goes to: a name (optional) and a mobile number.
 *
 * @example
 * ```ts
 * import type { SmsContact } from "kuaidi-kefu/sms";
 * const driver: SmsContact = { name: "李师傅", phone: "13900001111" };
 * driver.phone; // => "13900001111"
 * ```
 */
export interface SmsContact {
  readonly name?: string;
  readonly phone: string;
}

/**
 * The branch an order belongs to and whom it wants the dispatch SMS sent to: the branch
 * salesperson/driver with the distribution-centre dispatcher in copy (2.2.2.1), or the
 * dispatcher alone (2.2.2.2).
 *
 * @example
 * ```ts
 * import type { DispatchBranch } from "kuaidi-kefu/sms";
 * const branch: DispatchBranch = {
 *   recipients: "dispatcher",
 *   dispatcher: { name: "调度张", phone: "13700002222" },
 * };
 * branch.recipients; // => "dispatcher"
 * ```
 */
export interface DispatchBranch {
  readonly name?: string;
  readonly recipients: "driver-and-dispatcher" | "dispatcher";
  readonly driver?: SmsContact;
  readonly dispatcher: SmsContact;
}

/**
 * One SMS to send: to whom, in which role, whether as a copy, and the text.
 *
 * @example
 * ```ts
 * import type { PlannedSms } from "kuaidi-kefu/sms";
 * const m: PlannedSms = { to: "13700002222", role: "dispatcher", cc: true, text: "..." };
 * m.cc; // => true
 * ```
 */
export interface PlannedSms {
  /** Mobile number, digits only. */
  readonly to: string;
  readonly role: "driver" | "dispatcher";
  /** True for the dispatcher's copy when the driver is the main recipient. */
  readonly cc: boolean;
  readonly name?: string;
  readonly text: string;
}

/**
 * The messages for one order and the time they must be sent by.
 *
 * @example
 * ```ts
 * import { planDispatch, type DispatchPlan } from "kuaidi-kefu/sms";
 * const r = planDispatch(
 *   { serial: "110310221", shipperName: "王先生", shipperPhone: "13823033212", goods: "配件", pieces: 15,
 *     destination: "杭州", consigneeName: "马先生", consigneePhone: "0571-25852654", payment: "现付", staffNo: "8011" },
 *   { recipients: "dispatcher", dispatcher: { phone: "13700002222" } },
 * );
 * const plan: DispatchPlan | undefined = r.ok ? r.value : undefined;
 * plan?.messages.length; // => 1
 * ```
 */
export interface DispatchPlan {
  readonly sms: EncodedDispatchSms;
  readonly messages: readonly PlannedSms[];
  /** Latest send time (confirmation + 3 minutes), ISO 8601 UTC, when `confirmedAt` was given. */
  readonly sendBy?: string;
}

/**
 * The issues of {@link planDispatch}: those of the encoder, a recipient without a valid
 * mobile number, or an invalid confirmation time.
 *
 * @example
 * ```ts
 * import { planDispatch, type PlanIssue } from "kuaidi-kefu/sms";
 * const r = planDispatch(
 *   { serial: "110310221", shipperName: "王先生", shipperPhone: "13823033212", goods: "配件",
 *     destination: "杭州", consigneeName: "马先生", consigneePhone: "0571-25852654", payment: "现付", staffNo: "8011" },
 *   { recipients: "driver-and-dispatcher", dispatcher: { phone: "13700002222" } },
 * );
 * const issue: PlanIssue | undefined = r.ok ? undefined : r.error;
 * issue?.code; // => "sms/invalid-recipient"
 * ```
 */
export type PlanIssue =
  | EncodeDispatchIssue
  | KefuIssue<"sms/invalid-recipient", { readonly role: string }>
  | KefuIssue<"sms/invalid-time", { readonly field: string }>;

function mobile(contact: SmsContact | undefined): string | undefined {
  if (typeof contact !== "object" || contact === null || typeof contact.phone !== "string")
    return undefined;
  const r = parsePhone(contact.phone, { kinds: ["mobile"] });
  return r.ok ? r.value.national : undefined;
}

function instant(value: unknown): number | undefined {
  const ms =
    typeof value === "number" ? value : value instanceof Date ? value.getTime() : Number.NaN;
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms : undefined;
}

/**
 * Plans the dispatch of one order: encodes the SMS (see {@link encodeDispatchSms}) and lists
 * the messages for the branch's recipients, the driver with the dispatcher in copy or the
 * dispatcher alone, with the latest send time when `confirmedAt` is given.
 *
 * @example
 * ```ts
 * import { planDispatch } from "kuaidi-kefu/sms";
 * const r = planDispatch(
 *   { serial: "110310221", shipperName: "王先生", shipperPhone: "13823033212", goods: "配件", pieces: 15,
 *     destination: "杭州", consigneeName: "马先生", consigneePhone: "0571-25852654", payment: "现付", staffNo: "8011" },
 *   { recipients: "driver-and-dispatcher", driver: { phone: "139-0000-1111" }, dispatcher: { phone: "13700002222" } },
 *   { confirmedAt: new Date("2011-03-10T02:00:00Z") },
 * );
 * r.ok && r.value.messages.map((m) => [m.role, m.to, m.cc]); // => [["driver", "13900001111", false], ["dispatcher", "13700002222", true]]
 * r.ok && r.value.sendBy; // => "2011-03-10T02:03:00.000Z"
 * ```
 */
export function planDispatch(
  order: Dispatch,
  branch: DispatchBranch,
  options?: EncodeDispatchOptions & { readonly confirmedAt?: Date | number },
): Result<DispatchPlan, PlanIssue> {
  const issue = (role: string): Result<DispatchPlan, PlanIssue> =>
    err(createIssue(smsMessages, "sms/invalid-recipient", { role }, options));
  const withDriver = branch?.recipients === "driver-and-dispatcher";
  const dispatcher = mobile(branch?.dispatcher);
  if (!dispatcher) return issue("dispatcher");
  const driver = withDriver ? mobile(branch.driver) : undefined;
  if (withDriver && !driver) return issue("driver");
  let sendBy: string | undefined;
  if (options?.confirmedAt !== undefined) {
    const ms = instant(options.confirmedAt);
    if (ms === undefined)
      return err(createIssue(smsMessages, "sms/invalid-time", { field: "confirmedAt" }, options));
    sendBy = new Date(ms + DISPATCH_SEND_WITHIN_MS).toISOString();
  }
  const sms = encodeDispatchSms(order, options);
  if (!sms.ok) return sms;
  const text = sms.value.text;
  const named = (c: SmsContact | undefined): { name?: string } =>
    typeof c?.name === "string" ? { name: c.name } : {};
  const messages: PlannedSms[] = [];
  if (driver)
    messages.push({ to: driver, role: "driver", cc: false, ...named(branch.driver), text });
  messages.push({
    to: dispatcher,
    role: "dispatcher",
    cc: driver !== undefined,
    ...named(branch.dispatcher),
    text,
  });
  return ok({ sms: sms.value, messages, ...(sendBy ? { sendBy } : {}) });
}

/**
 * The note the manual requires when an SMS could not be delivered (2.2.3.2): why, when the
 * order was given by phone instead, and, once SMS works again, when the SMS was re-sent.
 *
 * @example
 * ```ts
 * import { recordSmsFallback, type SmsFallbackRecord } from "kuaidi-kefu/sms";
 * const r = recordSmsFallback({ reason: "短信网关故障", calledAt: new Date("2011-03-10T06:05:00Z") });
 * const rec: SmsFallbackRecord | undefined = r.ok ? r.value : undefined;
 * rec?.calledAt; // => "2011-03-10T06:05:00.000Z"
 * ```
 */
export interface SmsFallbackRecord {
  readonly reason: string;
  /** When the order was given by phone, ISO 8601 UTC. */
  readonly calledAt: string;
  /** Whom the agent phoned, when given. */
  readonly callee?: string;
  /** When the SMS was re-sent, ISO 8601 UTC. */
  readonly resentAt?: string;
  /** The remark for the order record, in the requested locale, with China times. */
  readonly remark: string;
}

/**
 * The issues of the fallback helpers.
 *
 * @example
 * ```ts
 * import { recordSmsFallback, type FallbackIssue } from "kuaidi-kefu/sms";
 * const r = recordSmsFallback({ reason: "", calledAt: 0 });
 * const issue: FallbackIssue | undefined = r.ok ? undefined : r.error;
 * issue?.code; // => "sms/invalid-field"
 * ```
 */
export type FallbackIssue =
  | KefuIssue<"sms/invalid-field", { readonly field: string; readonly reason: string }>
  | KefuIssue<"sms/invalid-time", { readonly field: string }>;

/** `yyyy-MM-dd HH:mm` in China time (UTC+08:00, no DST since 1991). */
function chinaClock(ms: number): string {
  const iso = new Date(ms + 8 * 3600 * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function remarkOf(
  reason: string,
  calledMs: number,
  callee: string | undefined,
  resentMs: number | undefined,
  options: LocaleOptions | undefined,
): string {
  if (options?.locale === "en") {
    let s = `SMS not delivered (${reason}); order given by phone${callee ? ` to ${callee}` : ""} at ${chinaClock(calledMs)} (China time)`;
    if (resentMs !== undefined) s += `; SMS re-sent at ${chinaClock(resentMs)}`;
    return s;
  }
  let s = `短信未能送达（${reason}），已于 ${chinaClock(calledMs)} 电话下单${callee ? `（${callee}）` : ""}`;
  if (resentMs !== undefined) s += `；短信已于 ${chinaClock(resentMs)} 补发`;
  return s;
}

/**
 * Records the phone fallback of 2.2.3.2: the SMS could not be delivered, the agent phoned the
 * order through at `calledAt`; the remark states why and when (China time).
 *
 * @example
 * ```ts
 * import { recordSmsFallback } from "kuaidi-kefu/sms";
 * const r = recordSmsFallback({ reason: "短信网关故障", calledAt: new Date("2011-03-10T06:05:00Z"), callee: "13900001111" });
 * r.ok && r.value.remark; // => "短信未能送达（短信网关故障），已于 2011-03-10 14:05 电话下单（13900001111）"
 * ```
 */
export function recordSmsFallback(
  input: { readonly reason: string; readonly calledAt: Date | number; readonly callee?: string },
  options?: LocaleOptions,
): Result<SmsFallbackRecord, FallbackIssue> {
  const reason = typeof input?.reason === "string" ? input.reason.trim() : "";
  if (reason.length === 0 || reason.length > 200) {
    return err(
      createIssue(
        smsMessages,
        "sms/invalid-field",
        { field: "reason", reason: "empty or over 200 characters" },
        options,
      ),
    );
  }
  const called = instant(input.calledAt);
  if (called === undefined)
    return err(createIssue(smsMessages, "sms/invalid-time", { field: "calledAt" }, options));
  const callee =
    typeof input.callee === "string" && input.callee.length > 0 ? input.callee : undefined;
  return ok({
    reason,
    calledAt: new Date(called).toISOString(),
    ...(callee ? { callee } : {}),
    remark: remarkOf(reason, called, callee, undefined, options),
  });
}

/**
 * Adds the re-send time once SMS works again (2.2.3.2: 补发此条下单短信并注明已发送时间). The
 * re-send cannot be earlier than the call.
 *
 * @example
 * ```ts
 * import { recordSmsFallback, markSmsResent } from "kuaidi-kefu/sms";
 * const rec = recordSmsFallback({ reason: "网关故障", calledAt: new Date("2011-03-10T06:05:00Z") }, { locale: "en" });
 * const r = rec.ok ? markSmsResent(rec.value, new Date("2011-03-10T07:20:00Z"), { locale: "en" }) : rec;
 * r.ok && r.value.remark; // => "SMS not delivered (网关故障); order given by phone at 2011-03-10 14:05 (China time); SMS re-sent at 2011-03-10 15:20"
 * ```
 */
export function markSmsResent(
  record: SmsFallbackRecord,
  resentAt: Date | number,
  options?: LocaleOptions,
): Result<SmsFallbackRecord, FallbackIssue> {
  const called = instant(
    typeof record?.calledAt === "string" ? Date.parse(record.calledAt) : Number.NaN,
  );
  if (called === undefined)
    return err(createIssue(smsMessages, "sms/invalid-time", { field: "calledAt" }, options));
  const resent = instant(resentAt);
  if (resent === undefined || resent < called) {
    return err(createIssue(smsMessages, "sms/invalid-time", { field: "resentAt" }, options));
  }
  return ok({
    ...record,
    resentAt: new Date(resent).toISOString(),
    remark: remarkOf(record.reason, called, record.callee, resent, options),
  });
}
