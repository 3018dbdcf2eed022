import { checkTextInput } from "../core/bounds.ts";
import { createIssue, type KefuIssue } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { skipSeparators } from "./fields.ts";
import { smsMessages } from "./messages.ts";
import {
  looksLikeChaser,
  parseOverdueScan,
  type OverdueIssue,
  type ParsedOverdueSms,
} from "./overdue.ts";
import {
  parseDispatchScan,
  readFrame,
  SMS_PARSE_MAX_LENGTH,
  type DispatchParseIssue,
  type ParsedDispatchSms,
  type ParseSmsOptions,
} from "./parse-dispatch.ts";
import { prepareScan } from "./scan.ts";

/**
 * Either kind of SMS the manual defines, told apart by {@link parseSms}.
 *
 * @example
 * ```ts
 * import { parseSms, type ParsedSms } from "kuaidi-kefu/sms";
 * const r = parseSms("[110310284]单号7551234567,货物已超过配送时效2小时,请速处理。[8011]");
 * const parsed: ParsedSms | undefined = r.ok ? r.value : undefined;
 * parsed?.kind; // => "overdue"
 * ```
 */
export type ParsedSms =
  | { readonly kind: "dispatch"; readonly dispatch: ParsedDispatchSms }
  | { readonly kind: "overdue"; readonly overdue: ParsedOverdueSms };

/**
 * The issues of {@link parseSms}: those of the parser of the kind recognised, or
 * `sms/unrecognized` when the text has neither form.
 *
 * @example
 * ```ts
 * import { parseSms, type SmsParseIssue } from "kuaidi-kefu/sms";
 * const r = parseSms("你好");
 * const issue: SmsParseIssue | undefined = r.ok ? undefined : r.error;
 * issue?.code; // => "sms/unrecognized"
 * ```
 */
export type SmsParseIssue = DispatchParseIssue | OverdueIssue | KefuIssue<"sms/unrecognized">;

/**
 * Reads a dispatch SMS or an overdue chaser, telling them apart by what follows the serial
 * (`单号` starts a chaser). A text with neither a serial nor a staff number and no phone is
 * `sms/unrecognized`; otherwise the issue of the dispatch parser says what is missing.
 *
 * @example
 * ```ts
 * import { parseSms } from "kuaidi-kefu/sms";
 * const r = parseSms("[110310221]客王先生13823033212配件15件往杭州马先生0571-25852654现付。[8011]");
 * r.ok && r.value.kind; // => "dispatch"
 * ```
 */
export function parseSms(
  text: string,
  options?: ParseSmsOptions,
): Result<ParsedSms, SmsParseIssue> {
  const checked = checkTextInput(text, {
    maxLength: options?.maxLength ?? SMS_PARSE_MAX_LENGTH,
    ...(options?.locale ? { locale: options.locale } : {}),
  });
  if (!checked.ok) return checked;
  const s = prepareScan(checked.value);
  const frame = readFrame(s);
  const body = skipSeparators(s.w, frame.bodyStart, frame.bodyEnd);
  if (looksLikeChaser(s.w, body)) {
    const r = parseOverdueScan(s, options);
    return r.ok ? ok({ kind: "overdue", overdue: r.value }) : r;
  }
  const r = parseDispatchScan(s, frame, options);
  if (r.ok) return ok({ kind: "dispatch", dispatch: r.value });
  const understood =
    r.error.code === "sms/dispatch-incomplete" ? Object.keys(r.error.understood).length : 0;
  const framed = frame.serial !== undefined || frame.staff !== undefined;
  if (!framed && understood < 3)
    return err(createIssue(smsMessages, "sms/unrecognized", {}, options));
  return r;
}
