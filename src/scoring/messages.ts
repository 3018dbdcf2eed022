import {
  createIssue,
  type IssuePath,
  type KefuIssue,
  type Locale,
  type MessageCatalog,
} from "../core/issue.ts";

/**
 * Parameters of every scoring issue code: the catalogue {@link SCORING_MESSAGES} is typed against it.
 *
 * @example
 * ```ts
 * import type { ScoringIssueParams } from "kuaidi-kefu/scoring";
 * const p: ScoringIssueParams["scoring/band-gap"] = { id: "on-time", from: 97, to: 98 };
 * p.to - p.from; // => 1
 * ```
 */
export type ScoringIssueParams = {
  "scoring/invalid-config": { readonly reason: string; readonly expected?: string };
  "scoring/invalid-points": { readonly value: unknown };
  "scoring/duplicate-id": { readonly id: string; readonly firstPath: readonly (string | number)[] };
  "scoring/maxima-mismatch": {
    readonly id: string;
    readonly declared: number;
    readonly sum: number;
  };
  "scoring/invalid-chances": {
    readonly id: string;
    readonly max: number;
    readonly chances: number;
  };
  "scoring/band-overlap": {
    readonly id: string;
    readonly from: number;
    readonly previousTo: number;
  };
  "scoring/band-gap": { readonly id: string; readonly from: number; readonly to: number };
  "scoring/band-over-max": { readonly id: string; readonly points: number; readonly max: number };
  "scoring/unknown-reference": { readonly ref: string; readonly kind: string };
  "scoring/wrong-criterion-kind": {
    readonly criterion: string;
    readonly kind: string;
    readonly expected: string;
  };
  "scoring/invalid-money": { readonly value: unknown };
  "scoring/invalid-scorecard": { readonly issues: number };
  "scoring/invalid-event": { readonly field: string; readonly received: string };
  "scoring/duplicate-event-id": { readonly id: string; readonly firstIndex: number };
  "scoring/unknown-criterion": { readonly criterion: string };
  "scoring/not-a-leaf": { readonly criterion: string };
  "scoring/invalid-count": { readonly field: string; readonly value: unknown };
  "scoring/unrouted-event": { readonly eventType: string };
  "scoring/event-outside-month": { readonly month: string; readonly eventMonth: string };
  "scoring/missing-points": { readonly criterion: string };
  "scoring/unknown-fine": { readonly fine: string };
  "scoring/fine-out-of-range": {
    readonly amountFen: number;
    readonly minFen: number;
    readonly maxFen: number;
  };
  "scoring/fine-amount-required": { readonly fine: string };
  "scoring/value-outside-bands": { readonly criterion: string; readonly value: number };
  "scoring/missing-value": { readonly criterion: string; readonly scoredAs: "full" | "zero" };
  "scoring/invalid-month": { readonly value: unknown };
  "scoring/invalid-option": { readonly field: string; readonly value: unknown };
  "scoring/too-many-events": { readonly count: number; readonly max: number };
  "scoring/months-out-of-order": { readonly month: string; readonly previous: string };
  "scoring/duplicate-month": { readonly month: string };
  "scoring/duplicate-agent": { readonly agentId: string };
  "scoring/qc-inconsistent": {
    readonly field: string;
    readonly value: number;
    readonly limit: number;
  };
  "scoring/qc-sample-too-small": {
    readonly agentId: string;
    readonly sampled: number;
    readonly min: number;
  };
};

/**
 * Every code the scoring module reports.
 *
 * @example
 * ```ts
 * import type { ScoringIssueCode } from "kuaidi-kefu/scoring";
 * const code: ScoringIssueCode = "scoring/maxima-mismatch";
 * code; // => "scoring/maxima-mismatch"
 * ```
 */
export type ScoringIssueCode = keyof ScoringIssueParams;

/**
 * An error or warning of `kuaidi-kefu/scoring`: a code, a message in the requested locale, the
 * exact path in the input, and the code's parameters.
 *
 * @example
 * ```ts
 * import type { ScoringIssue } from "kuaidi-kefu/scoring";
 * const issue: ScoringIssue = { code: "scoring/unknown-criterion", message: "未知考核项：x", criterion: "x", path: ["events", 0, "criterion"] };
 * issue.code; // => "scoring/unknown-criterion"
 * ```
 */
export type ScoringIssue = {
  [C in ScoringIssueCode]: KefuIssue<C, ScoringIssueParams[C]>;
}[ScoringIssueCode];

// Reasons of `scoring/invalid-config`, as stable kebab-case tokens with their wording.
const REASONS_ZH: Readonly<Record<string, string>> = {
  type: "类型错误",
  "too-small": "数值过小",
  "too-big": "数值过大",
  value: "取值不在允许范围内",
  "unknown-key": "含有未知字段",
  format: "格式错误",
  "rule-missing": "末级考核项缺少记分规则",
  "rule-on-group": "含子项的考核项不能再有记分规则",
  "max-missing": "考核项缺少满分",
  "critical-with-max": "否决项不计分，满分须为 0",
  "empty-band": "分档的上限必须大于下限",
  "open-band-not-last": "只有最后一档可以不设上限",
  "no-trigger": "未设置触发条件",
  "range-reversed": "范围的下限大于上限",
};
const REASONS_EN: Readonly<Record<string, string>> = {
  type: "wrong type",
  "too-small": "too small",
  "too-big": "too big",
  value: "value not allowed",
  "unknown-key": "unknown field",
  format: "malformed",
  "rule-missing": "a leaf criterion needs a rule",
  "rule-on-group": "a criterion with sub-criteria cannot have a rule",
  "max-missing": "the criterion needs a maximum",
  "critical-with-max": "a critical criterion carries no points; its maximum must be 0",
  "empty-band": "a band must end above its start",
  "open-band-not-last": "only the last band may be open-ended",
  "no-trigger": "no trigger set",
  "range-reversed": "range minimum above its maximum",
};

const fmt = (path: readonly (string | number)[]): string => path.join(".");

/**
 * The zh-CN and English messages of every scoring issue code.
 *
 * @example
 * ```ts
 * import { SCORING_MESSAGES } from "kuaidi-kefu/scoring";
 * SCORING_MESSAGES["scoring/duplicate-month"].en({ month: "2011-03" }); // => "month 2011-03 appears twice; the first is used"
 * ```
 */
export const SCORING_MESSAGES: MessageCatalog<ScoringIssueParams> = {
  "scoring/invalid-config": {
    "zh-CN": (p) =>
      `配置无效：${REASONS_ZH[p.reason] ?? p.reason}${p.expected === undefined ? "" : `（应为 ${p.expected}）`}`,
    en: (p) =>
      `invalid configuration: ${REASONS_EN[p.reason] ?? p.reason}${p.expected === undefined ? "" : ` (expected ${p.expected})`}`,
  },
  "scoring/invalid-points": {
    "zh-CN": (p) => `分值必须是非负数且最多一位小数（收到 ${String(p.value)}）`,
    en: (p) => `points must be non-negative with at most one decimal (got ${String(p.value)})`,
  },
  "scoring/duplicate-id": {
    "zh-CN": (p) => `编号重复：${p.id}（首次出现在 ${fmt(p.firstPath)}）`,
    en: (p) => `duplicate id ${p.id} (first at ${fmt(p.firstPath)})`,
  },
  "scoring/maxima-mismatch": {
    "zh-CN": (p) => `${p.id} 声明总分 ${p.declared} 分，所列子项合计 ${p.sum} 分`,
    en: (p) => `${p.id} declares ${p.declared} points but its items add up to ${p.sum}`,
  },
  "scoring/invalid-chances": {
    "zh-CN": (p) => `${p.id}：${p.max} 分无法平均分成 ${p.chances} 次机会`,
    en: (p) => `${p.id}: ${p.max} points cannot be split into ${p.chances} chances`,
  },
  "scoring/band-overlap": {
    "zh-CN": (p) => `${p.id}：分档从 ${p.from} 开始，与上一档（至 ${p.previousTo}）重叠`,
    en: (p) =>
      `${p.id}: band starting at ${p.from} overlaps the previous band (up to ${p.previousTo})`,
  },
  "scoring/band-gap": {
    "zh-CN": (p) => `${p.id}：分档在 ${p.from} 到 ${p.to} 之间留有空档`,
    en: (p) => `${p.id}: bands leave a gap from ${p.from} to ${p.to}`,
  },
  "scoring/band-over-max": {
    "zh-CN": (p) => `${p.id}：分档分值 ${p.points} 超过该项满分 ${p.max}`,
    en: (p) => `${p.id}: band points ${p.points} exceed the criterion maximum ${p.max}`,
  },
  "scoring/unknown-reference": {
    "zh-CN": (p) => `引用了不存在的${p.kind}：${p.ref}`,
    en: (p) => `reference to an unknown ${p.kind}: ${p.ref}`,
  },
  "scoring/wrong-criterion-kind": {
    "zh-CN": (p) => `考核项 ${p.criterion} 的类型为 ${p.kind}，此处需要 ${p.expected}`,
    en: (p) => `criterion ${p.criterion} is of kind ${p.kind}, ${p.expected} is needed here`,
  },
  "scoring/invalid-money": {
    "zh-CN": (p) => `金额必须是整数分（折算到每 0.1 分也须为整数分），收到 ${String(p.value)}`,
    en: (p) => `money must be whole fen (also per 0.1 point), got ${String(p.value)}`,
  },
  "scoring/invalid-scorecard": {
    "zh-CN": (p) => `考核表无效（${p.issues} 个问题），本月未计分`,
    en: (p) => `invalid scorecard (${p.issues} issues); the month was not scored`,
  },
  "scoring/invalid-event": {
    "zh-CN": (p) => `事件字段 ${p.field} 无效（收到 ${p.received}），已忽略该事件`,
    en: (p) => `event field ${p.field} is invalid (got ${p.received}); event ignored`,
  },
  "scoring/duplicate-event-id": {
    "zh-CN": (p) => `事件编号 ${p.id} 重复（首次在第 ${p.firstIndex} 个），已忽略重复项`,
    en: (p) => `event id ${p.id} repeats the one at index ${p.firstIndex}; duplicate ignored`,
  },
  "scoring/unknown-criterion": {
    "zh-CN": (p) => `未知考核项：${p.criterion}`,
    en: (p) => `unknown criterion: ${p.criterion}`,
  },
  "scoring/not-a-leaf": {
    "zh-CN": (p) => `考核项 ${p.criterion} 含有子项，请记到具体子项上`,
    en: (p) => `criterion ${p.criterion} has sub-criteria; record the event on one of them`,
  },
  "scoring/invalid-count": {
    "zh-CN": (p) => `${p.field} 必须是非负整数（收到 ${String(p.value)}）`,
    en: (p) => `${p.field} must be a non-negative integer (got ${String(p.value)})`,
  },
  "scoring/unrouted-event": {
    "zh-CN": (p) => `${p.eventType} 事件未指定考核项，考核表也没有默认去向`,
    en: (p) => `${p.eventType} event names no criterion and the scorecard has no default route`,
  },
  "scoring/event-outside-month": {
    "zh-CN": (p) => `事件属于 ${p.eventMonth}，不在考核月 ${p.month} 内，已忽略`,
    en: (p) => `event falls in ${p.eventMonth}, outside the assessed month ${p.month}; ignored`,
  },
  "scoring/missing-points": {
    "zh-CN": (p) => `考核项 ${p.criterion} 按事件记分，但事件未给出分值`,
    en: (p) => `criterion ${p.criterion} takes its points from the event, but the event gives none`,
  },
  "scoring/unknown-fine": {
    "zh-CN": (p) => `未知罚款类别：${p.fine}`,
    en: (p) => `unknown fine kind: ${p.fine}`,
  },
  "scoring/fine-out-of-range": {
    "zh-CN": (p) =>
      `罚款 ${p.amountFen / 100} 元超出 ${p.minFen / 100}–${p.maxFen / 100} 元，已按范围截取`,
    en: (p) =>
      `fine of ${p.amountFen / 100} yuan is outside ${p.minFen / 100}-${p.maxFen / 100} yuan; clamped`,
  },
  "scoring/fine-amount-required": {
    "zh-CN": (p) => `罚款类别 ${p.fine} 没有固定金额，必须给出金额`,
    en: (p) => `fine kind ${p.fine} has no set amount; the event must give one`,
  },
  "scoring/value-outside-bands": {
    "zh-CN": (p) => `${p.criterion} 的数值 ${p.value} 不在任何分档内，记 0 分`,
    en: (p) => `value ${p.value} of ${p.criterion} is in no band; scored 0`,
  },
  "scoring/missing-value": {
    "zh-CN": (p) => `${p.criterion} 本月没有数值，按${p.scoredAs === "full" ? "满分" : "0 分"}计`,
    en: (p) =>
      `${p.criterion} has no value this month; scored as ${p.scoredAs === "full" ? "full" : "zero"}`,
  },
  "scoring/invalid-month": {
    "zh-CN": (p) => `月份必须写作 yyyy-MM（收到 ${String(p.value)}）`,
    en: (p) => `month must be written yyyy-MM (got ${String(p.value)})`,
  },
  "scoring/invalid-option": {
    "zh-CN": (p) => `选项 ${p.field} 无效（收到 ${String(p.value)}）`,
    en: (p) => `option ${p.field} is invalid (got ${String(p.value)})`,
  },
  "scoring/too-many-events": {
    "zh-CN": (p) => `事件数 ${p.count} 超过上限 ${p.max}，只处理前 ${p.max} 个`,
    en: (p) => `${p.count} events exceed the limit of ${p.max}; only the first ${p.max} are used`,
  },
  "scoring/months-out-of-order": {
    "zh-CN": (p) => `月份 ${p.month} 排在 ${p.previous} 之后，顺序错误（已按时间重排）`,
    en: (p) => `month ${p.month} comes after ${p.previous}: out of order (re-sorted)`,
  },
  "scoring/duplicate-month": {
    "zh-CN": (p) => `月份 ${p.month} 出现两次，只取第一次`,
    en: (p) => `month ${p.month} appears twice; the first is used`,
  },
  "scoring/duplicate-agent": {
    "zh-CN": (p) => `客服 ${p.agentId} 重复出现，只取第一次`,
    en: (p) => `agent ${p.agentId} appears twice; the first is used`,
  },
  "scoring/qc-inconsistent": {
    "zh-CN": (p) => `${p.field} 为 ${p.value}，大于上限 ${p.limit}`,
    en: (p) => `${p.field} is ${p.value}, more than its bound ${p.limit}`,
  },
  "scoring/qc-sample-too-small": {
    "zh-CN": (p) => `客服 ${p.agentId} 当天只抽查了 ${p.sampled} 条聊天记录，少于 ${p.min} 条`,
    en: (p) => `only ${p.sampled} chats of agent ${p.agentId} were sampled, fewer than ${p.min}`,
  },
};

/** Builds a scoring issue in `locale` at `path` (internal helper of the module). */
export function makeIssue<C extends ScoringIssueCode>(
  code: C,
  params: ScoringIssueParams[C],
  locale: Locale,
  path: IssuePath,
): ScoringIssue {
  return createIssue(SCORING_MESSAGES, code, params, { locale, path }) as unknown as ScoringIssue;
}
