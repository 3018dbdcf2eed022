import type { MessageCatalog } from "../core/issue.ts";
import type { DispatchSpans } from "./parse-dispatch.ts";
import type { Dispatch, DispatchField } from "./types.ts";

/** zh-CN and English messages of every `sms/*` issue code. */
export const smsMessages: MessageCatalog<{
  "sms/serial-overflow": { sequence: number; max: number };
  "sms/serial-invalid-sequence": { sequence: number };
  "sms/serial-invalid-date": { serial: string };
  "sms/serial-malformed": { serial: string };
  "sms/invalid-field": { field: string; reason: string };
  "sms/unreadable-field": { field: string };
  "sms/does-not-fit": { length: number; limit: number; minimumLength: number };
  "sms/dispatch-incomplete": {
    missing: readonly DispatchField[];
    ambiguous: readonly DispatchField[];
    understood: Partial<Dispatch>;
    spans: DispatchSpans;
  };
  "sms/overdue-incomplete": { missing: readonly string[] };
  "sms/unrecognized": Record<never, never>;
  "sms/invalid-recipient": { role: string };
  "sms/invalid-time": { field: string };
}> = {
  "sms/serial-overflow": {
    "zh-CN": (p) => `当日流水序号 ${p.sequence} 超过三位数上限 ${p.max}`,
    en: (p) => `daily sequence ${p.sequence} exceeds the three-digit maximum ${p.max}`,
  },
  "sms/serial-invalid-sequence": {
    "zh-CN": (p) => `流水序号 ${p.sequence} 无效，应为从 1 开始的整数`,
    en: (p) => `sequence ${p.sequence} is invalid: expected a whole number from 1`,
  },
  "sms/serial-invalid-date": {
    "zh-CN": (p) => `流水号 ${p.serial} 的日期无效`,
    en: (p) => `serial ${p.serial} carries an invalid date`,
  },
  "sms/serial-malformed": {
    "zh-CN": (p) => `“${p.serial}”不是流水号（yyMMdd + 三位序号）`,
    en: (p) => `"${p.serial}" is not a serial (yyMMdd + 3-digit sequence)`,
  },
  "sms/invalid-field": {
    "zh-CN": (p) => `字段 ${p.field} 无效：${p.reason}`,
    en: (p) => `field ${p.field} is invalid: ${p.reason}`,
  },
  "sms/unreadable-field": {
    "zh-CN": (p) => `字段 ${p.field} 写入短信后无法被准确读回，请改写该字段`,
    en: (p) => `field ${p.field} would not read back unchanged from the SMS; reword it`,
  },
  "sms/does-not-fit": {
    "zh-CN": (p) =>
      `短信 ${p.length} 字超过上限 ${p.limit} 字（必填字段最短 ${p.minimumLength} 字）`,
    en: (p) =>
      `SMS of ${p.length} characters exceeds the limit of ${p.limit} (mandatory fields need at least ${p.minimumLength})`,
  },
  "sms/dispatch-incomplete": {
    "zh-CN": (p) =>
      `下单短信不完整：${p.missing.length ? `缺少 ${p.missing.join("、")}` : ""}${p.missing.length && p.ambiguous.length ? "；" : ""}${p.ambiguous.length ? `无法确定 ${p.ambiguous.join("、")}` : ""}`,
    en: (p) =>
      `incomplete dispatch SMS: ${p.missing.length ? `missing ${p.missing.join(", ")}` : ""}${p.missing.length && p.ambiguous.length ? "; " : ""}${p.ambiguous.length ? `ambiguous ${p.ambiguous.join(", ")}` : ""}`,
  },
  "sms/overdue-incomplete": {
    "zh-CN": (p) => `超时催办短信不完整：缺少 ${p.missing.join("、")}`,
    en: (p) => `incomplete overdue SMS: missing ${p.missing.join(", ")}`,
  },
  "sms/unrecognized": {
    "zh-CN": () => "无法识别的短信：既不是下单短信也不是超时催办短信",
    en: () => "unrecognised SMS: neither a dispatch nor an overdue chaser",
  },
  "sms/invalid-recipient": {
    "zh-CN": (p) => `接收人 ${p.role} 缺少有效的手机号码`,
    en: (p) => `recipient ${p.role} has no valid mobile number`,
  },
  "sms/invalid-time": {
    "zh-CN": (p) => `时间 ${p.field} 无效`,
    en: (p) => `time ${p.field} is invalid`,
  },
};
