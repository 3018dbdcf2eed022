import {
  createIssue,
  type KefuIssue,
  type LocaleOptions,
  type MessageCatalog,
} from "../core/issue.ts";

/**
 * Parameters of every `routing/*` issue code, by code.
 *
 * @example
 * ```ts
 * import type { RoutingMessages } from "kuaidi-kefu/routing";
 * const p: RoutingMessages["routing/too-long"] = { length: 20001, max: 20000 };
 * p.max; // => 20000
 * ```
 */
export interface RoutingMessages {
  "routing/empty-text": Record<never, never>;
  "routing/not-text": { received: string };
  "routing/too-long": { length: number; max: number };
  "routing/no-cue": Record<never, never>;
  "routing/invalid-fact": { field: string; received: string };
  "routing/invalid-model": { reason: string };
  "routing/invalid-lexicon": { reason: string };
  "routing/no-training-data": Record<never, never>;
  "routing/invalid-example": { index: number; reason: string };
}

/**
 * Every issue the routing module reports. Warnings ride on a routing result's `issues`;
 * `routing/invalid-*` and `routing/no-training-data` are the errors of model and lexicon loading
 * and training.
 *
 * @example
 * ```ts
 * import type { RoutingIssue } from "kuaidi-kefu/routing";
 * const issue: RoutingIssue = { code: "routing/no-cue", message: "未识别到投诉线索词" };
 * issue.code; // => "routing/no-cue"
 * ```
 */
export type RoutingIssue = {
  [C in keyof RoutingMessages]: KefuIssue<C, RoutingMessages[C]>;
}[keyof RoutingMessages];

/**
 * The stable codes of {@link RoutingIssue}.
 *
 * @example
 * ```ts
 * import type { RoutingIssueCode } from "kuaidi-kefu/routing";
 * const code: RoutingIssueCode = "routing/empty-text";
 * code; // => "routing/empty-text"
 * ```
 */
export type RoutingIssueCode = keyof RoutingMessages;

const catalog: MessageCatalog<RoutingMessages> = {
  "routing/empty-text": {
    "zh-CN": () => "投诉内容为空，转个案组人工判断",
    en: () => "the complaint text is empty; sent to the individual-case group for a person to read",
  },
  "routing/not-text": {
    "zh-CN": (p) => `投诉内容不是文本（收到 ${p.received}），转个案组人工判断`,
    en: (p) => `the complaint is not text (got ${p.received}); sent to the individual-case group`,
  },
  "routing/too-long": {
    "zh-CN": (p) => `投诉内容过长：${p.length} 个字符，上限 ${p.max}，转个案组人工判断`,
    en: (p) =>
      `the complaint is too long: ${p.length} characters, limit ${p.max}; sent to the individual-case group`,
  },
  "routing/no-cue": {
    "zh-CN": () => "未识别到投诉线索词，无法可靠分类，转个案组人工判断",
    en: () =>
      "no cue word recognised, so no reliable class; sent to the individual-case group for a person to read",
  },
  "routing/invalid-fact": {
    "zh-CN": (p) => `结构化信息 ${p.field} 无效（收到 ${p.received}），已忽略`,
    en: (p) => `structured fact ${p.field} is invalid (got ${p.received}) and was ignored`,
  },
  "routing/invalid-model": {
    "zh-CN": (p) => `模型无效：${p.reason}`,
    en: (p) => `invalid model: ${p.reason}`,
  },
  "routing/invalid-lexicon": {
    "zh-CN": (p) => `词典无效：${p.reason}`,
    en: (p) => `invalid lexicon: ${p.reason}`,
  },
  "routing/no-training-data": {
    "zh-CN": () => "没有可用的训练样本",
    en: () => "no usable training examples",
  },
  "routing/invalid-example": {
    "zh-CN": (p) => `第 ${p.index} 个训练样本无效：${p.reason}`,
    en: (p) => `training example ${p.index} is invalid: ${p.reason}`,
  },
};

/** @internal Builds a routing issue in the requested locale. */
export function routingIssue<C extends keyof RoutingMessages>(
  code: C,
  params: RoutingMessages[C],
  options?: LocaleOptions,
): KefuIssue<C, RoutingMessages[C]> {
  return createIssue(catalog, code, params, options);
}

/** @internal Describes a received value for an issue. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string")
    return value.length > 20 ? `"${value.slice(0, 20)}…"` : `"${value}"`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value;
}
