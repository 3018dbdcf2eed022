import {
  createIssue,
  type IssuePath,
  type KefuIssue,
  type Locale,
  type MessageCatalog,
} from "../core/issue.ts";

/**
 * Parameters of every `sla/*` issue code. `field` is the offending field as a readable path
 * (`"targets[0].rule.duration"`); the same location is in the issue's `path` array.
 *
 * @example
 * ```ts
 * import type { SlaIssueParams } from "kuaidi-kefu/sla";
 * const p: SlaIssueParams["sla/invalid-instant"] = { field: "now", received: "yesterday" };
 * p.field; // => "now"
 * ```
 */
export interface SlaIssueParams {
  "sla/invalid-instant": { readonly field: string; readonly received: string };
  "sla/invalid-duration": { readonly field: string; readonly received: string };
  "sla/negative-duration": { readonly field: string; readonly value: number };
  "sla/invalid-time-of-day": { readonly field: string; readonly received: string };
  "sla/bands-out-of-order": { readonly field: string };
  "sla/deadline-before-cutoff": {
    readonly field: string;
    readonly before: string;
    readonly due: string;
  };
  "sla/slot-backwards": { readonly field: string; readonly from: string; readonly to: string };
  "sla/slots-overlap": { readonly field: string };
  "sla/invalid-option": {
    readonly field: string;
    readonly expected: string;
    readonly received: string;
  };
  "sla/duplicate-target": { readonly field: string; readonly id: string };
  "sla/no-targets": { readonly field: string };
  "sla/unknown-rule": { readonly field: string; readonly received: string };
  "sla/invalid-event": { readonly field: string; readonly received: string };
  "sla/events-out-of-order": { readonly field: string; readonly index: number };
  "sla/too-many-items": { readonly field: string; readonly count: number; readonly max: number };
  "sla/calendar-error": { readonly field: string; readonly cause: string };
  "sla/unmatched-resume": { readonly field: string; readonly target: string };
  "sla/unknown-target": { readonly field: string; readonly id: string };
  "sla/outside-calendar-data": { readonly field: string; readonly target: string };
  "sla/pickup-before-order": { readonly field: string };
  "sla/invalid-urgency": { readonly field: string; readonly received: string };
  "sla/missing-promise": { readonly field: string; readonly target: string };
}

/**
 * Every issue code of `kuaidi-kefu/sla`. Codes are stable public API; the guide
 * `docs/calendar-and-sla.md` lists them with their messages.
 *
 * @example
 * ```ts
 * import type { SlaIssueCode } from "kuaidi-kefu/sla";
 * const code: SlaIssueCode = "sla/negative-duration";
 * code; // => "sla/negative-duration"
 * ```
 */
export type SlaIssueCode = keyof SlaIssueParams;

/**
 * An error or warning of `kuaidi-kefu/sla`: `{ code, message, path, field, ... }` with the
 * message in the requested locale (zh-CN by default).
 *
 * @example
 * ```ts
 * import { createSlaPolicy } from "kuaidi-kefu/sla";
 * const r = createSlaPolicy({ targets: [] }, { locale: "en" });
 * r.ok ? null : r.error[0]?.code; // => "sla/no-targets"
 * ```
 */
export type SlaIssue = {
  [C in SlaIssueCode]: KefuIssue<C, SlaIssueParams[C]>;
}[SlaIssueCode];

const catalog: MessageCatalog<{ [C in SlaIssueCode]: SlaIssueParams[C] }> = {
  "sla/invalid-instant": {
    "zh-CN": (p) => `${p.field}：不是有效的时间点（收到 ${p.received}）`,
    en: (p) => `${p.field}: not a valid instant (got ${p.received})`,
  },
  "sla/invalid-duration": {
    "zh-CN": (p) => `${p.field}：不是有效的时长（收到 ${p.received}）`,
    en: (p) => `${p.field}: not a valid duration (got ${p.received})`,
  },
  "sla/negative-duration": {
    "zh-CN": (p) => `${p.field}：时长不能为负（${p.value}）`,
    en: (p) => `${p.field}: duration must not be negative (${p.value})`,
  },
  "sla/invalid-time-of-day": {
    "zh-CN": (p) => `${p.field}：钟点应为 HH:mm，00:00 至 24:00（收到 ${p.received}）`,
    en: (p) => `${p.field}: time of day must be HH:mm from 00:00 to 24:00 (got ${p.received})`,
  },
  "sla/bands-out-of-order": {
    "zh-CN": (p) => `${p.field}：截止时段的分界点或时限没有按时间先后排列`,
    en: (p) => `${p.field}: cut-off bands must be in increasing order of cut-off and deadline`,
  },
  "sla/deadline-before-cutoff": {
    "zh-CN": (p) => `${p.field}：当天时限 ${p.due} 早于分界点 ${p.before}，截止时间会早于下单时间`,
    en: (p) =>
      `${p.field}: same-day deadline ${p.due} is before the cut-off ${p.before}, so a deadline could precede the order`,
  },
  "sla/slot-backwards": {
    "zh-CN": (p) => `${p.field}：时段 ${p.from}–${p.to} 的结束早于或等于开始`,
    en: (p) => `${p.field}: slot ${p.from}-${p.to} ends before or when it starts`,
  },
  "sla/slots-overlap": {
    "zh-CN": (p) => `${p.field}：跟踪时段重叠或未按时间排序`,
    en: (p) => `${p.field}: follow-up slots overlap or are not in time order`,
  },
  "sla/invalid-option": {
    "zh-CN": (p) => `${p.field}：应为 ${p.expected}（收到 ${p.received}）`,
    en: (p) => `${p.field}: expected ${p.expected} (got ${p.received})`,
  },
  "sla/duplicate-target": {
    "zh-CN": (p) => `${p.field}：目标编号 "${p.id}" 重复`,
    en: (p) => `${p.field}: target id "${p.id}" is used twice`,
  },
  "sla/no-targets": {
    "zh-CN": (p) => `${p.field}：时效策略至少需要一个目标`,
    en: (p) => `${p.field}: an SLA policy needs at least one target`,
  },
  "sla/unknown-rule": {
    "zh-CN": (p) => `${p.field}：未知的时效规则类型（收到 ${p.received}）`,
    en: (p) => `${p.field}: unknown rule kind (got ${p.received})`,
  },
  "sla/invalid-event": {
    "zh-CN": (p) => `${p.field}：事件类型应为非空文本（收到 ${p.received}）`,
    en: (p) => `${p.field}: event type must be non-empty text (got ${p.received})`,
  },
  "sla/events-out-of-order": {
    "zh-CN": (p) =>
      `${p.field}：第 ${p.index} 个事件（从 0 数起）早于前一个事件，时间线须按时间排序`,
    en: (p) =>
      `${p.field}: event ${p.index} (counting from 0) is earlier than the one before it; the timeline must be in time order`,
  },
  "sla/too-many-items": {
    "zh-CN": (p) => `${p.field}：共 ${p.count} 项，上限 ${p.max}`,
    en: (p) => `${p.field}: ${p.count} items, limit ${p.max}`,
  },
  "sla/calendar-error": {
    "zh-CN": (p) => `${p.field}：工作日历无法计算（${p.cause}）`,
    en: (p) => `${p.field}: the work calendar could not compute this (${p.cause})`,
  },
  "sla/unmatched-resume": {
    "zh-CN": (p) => `${p.field}：目标 ${p.target} 未暂停，恢复事件被忽略`,
    en: (p) => `${p.field}: target ${p.target} was not paused; the resume event is ignored`,
  },
  "sla/unknown-target": {
    "zh-CN": (p) => `${p.field}：策略中没有编号为 "${p.id}" 的目标`,
    en: (p) => `${p.field}: the policy has no target "${p.id}"`,
  },
  "sla/outside-calendar-data": {
    "zh-CN": (p) =>
      `${p.field}：目标 ${p.target} 的计算用到了内置节假日数据未覆盖的日期，按普通周末推算`,
    en: (p) =>
      `${p.field}: target ${p.target} used dates the built-in holiday data does not cover; ordinary weekends assumed`,
  },
  "sla/pickup-before-order": {
    "zh-CN": (p) => `${p.field}：提货时间早于下单时间`,
    en: (p) => `${p.field}: pickup time is before the order time`,
  },
  "sla/invalid-urgency": {
    "zh-CN": (p) =>
      `${p.field}：加急程度应为 immediate、half-day、same-day 或 next-day（收到 ${p.received}）`,
    en: (p) =>
      `${p.field}: urgency must be immediate, half-day, same-day or next-day (got ${p.received})`,
  },
  "sla/missing-promise": {
    "zh-CN": (p) => `${p.field}：目标 ${p.target} 没有承诺时间（开始事件缺少 due），也没有默认时限`,
    en: (p) =>
      `${p.field}: target ${p.target} has no promised time (no due on its start event) and no fallback`,
  },
};

/** Turns a path array into the readable `field` string: `targets[0].rule`. */
export function fieldOf(path: IssuePath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out === "" ? "(input)" : out;
}

/** Builds an `sla/*` issue at `path`; `field` is derived from the path. */
export function slaIssue<C extends SlaIssueCode>(
  code: C,
  params: Omit<SlaIssueParams[C], "field">,
  path: IssuePath,
  locale: Locale | undefined,
): SlaIssue {
  const full = { field: fieldOf(path), ...params } as SlaIssueParams[C];
  return createIssue(
    catalog,
    code,
    full,
    locale === undefined ? { path } : { locale, path },
  ) as SlaIssue;
}

/** A short printable form of any value for an issue's `received` field. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : "Date";
  switch (typeof value) {
    case "string":
      return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    case "undefined":
      return "undefined";
    case "symbol":
      return "symbol";
    case "function":
      return "function";
    default:
      return Array.isArray(value) ? "array" : "object";
  }
}
