/**
 * Dispatch SMS (下单短信) of the customer-service manual: the encoder with its length budget and
 * fitting strategy, the tolerant parser with spans, the overdue chaser, serial numbers,
 * recipients and the phone fallback, and exact 3GPP / Chinese-gateway segment counting.
 *
 * @packageDocumentation
 * @module kuaidi-kefu/sms
 */
export { countSmsSegments, splitSms } from "./segments.ts";
export type {
  SmsEncoding,
  SmsCountOptions,
  SmsSegmentCount,
  SmsPart,
  SmsSplit,
} from "./segments.ts";
export { formatSerial, parseSerial, chinaDate, MAX_DAILY_SEQUENCE } from "./serial.ts";
export type { ChinaDate, SerialOptions, SerialIssue, SmsSerial } from "./serial.ts";
export { MANDATORY_DISPATCH_FIELDS, DISPATCH_FIELD_ORDER } from "./types.ts";
export type { Dispatch, DispatchField, ExtraCharge, PaymentMethod } from "./types.ts";
export { encodeDispatchSms, COMPACT_FORMS } from "./encode-dispatch.ts";
export type {
  CompactForm,
  EncodeDispatchOptions,
  EncodedDispatchSms,
  EncodeDispatchIssue,
} from "./encode-dispatch.ts";
export { parseDispatchSms, SMS_PARSE_MAX_LENGTH } from "./parse-dispatch.ts";
export type {
  Span,
  DispatchSpans,
  SmsSignature,
  NoteDeadline,
  ParsedDispatchSms,
  DispatchParseIssue,
  ParseSmsOptions,
} from "./parse-dispatch.ts";
export { parseDeadline } from "./fields.ts";
export type { Deadline } from "./fields.ts";
export { encodeOverdueSms, parseOverdueSms } from "./overdue.ts";
export type { OverdueSms, ParsedOverdueSms, OverdueIssue, EncodedOverdueSms } from "./overdue.ts";
export { parseSms } from "./parse-sms.ts";
export type { ParsedSms, SmsParseIssue } from "./parse-sms.ts";
export { planDispatch, recordSmsFallback, markSmsResent, DISPATCH_SEND_WITHIN_MS } from "./plan.ts";
export type {
  SmsContact,
  DispatchBranch,
  PlannedSms,
  DispatchPlan,
  PlanIssue,
  SmsFallbackRecord,
  FallbackIssue,
} from "./plan.ts";
