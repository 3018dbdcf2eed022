import type { Locale } from "../core/issue.ts";
import { type CategoryId, categoryLabel, type TeamId, teamLabel } from "./labels.ts";
import type { RoutingRule } from "./types.ts";

const ZH: Record<RoutingRule, string> = {
  "invalid-input": "投诉内容为空或无法读取",
  "no-cue": "未识别到投诉线索词",
  praise: "文本为表扬或无投诉内容",
  "prior-escalation": "此前已升级过",
  "repeat-contact": "客户多次来电",
  "escalation-text": "客户表示要向监管部门、媒体或律师投诉，或情绪激烈",
  "claim-high-value": "破损或遗失且价值达到理赔门槛",
  "claim-dispute": "客户对理赔有争议",
  "compensation-demand": "客户要求赔偿",
  "customs-fact": "港澳台或境外快件",
  "customs-text": "文本提到清关、海关或港澳台",
  "cod-text": "代收货款问题",
  "perishable-fact": "生鲜、食品快件",
  "perishable-text": "文本提到生鲜、食品",
  "cod-fact": "货到付款（代收货款）快件",
  "key-account": "大客户批量发件",
  "damage-loss": "普通快件破损或遗失",
  default: "普通快件",
};

const EN: Record<RoutingRule, string> = {
  "invalid-input": "the text is empty or unreadable",
  "no-cue": "no complaint cue word recognised",
  praise: "praise or no complaint in the text",
  "prior-escalation": "escalated before",
  "repeat-contact": "the customer has contacted repeatedly",
  "escalation-text": "the customer threatens the regulator, media or a lawyer, or is highly upset",
  "claim-high-value": "loss or damage at or above the claims threshold",
  "claim-dispute": "the customer disputes a claim",
  "compensation-demand": "the customer demands compensation",
  "customs-fact": "Hong Kong, Macau, Taiwan or cross-border shipment",
  "customs-text": "the text mentions customs or Hong Kong/Macau/Taiwan",
  "cod-text": "a cash-on-delivery problem",
  "perishable-fact": "fresh food shipment",
  "perishable-text": "the text mentions fresh food",
  "cod-fact": "cash-on-delivery shipment",
  "key-account": "key account batch shipment",
  "damage-loss": "damage or loss of an ordinary item",
  default: "ordinary item",
};

/** @internal One-line summary of a decision. */
export function ruleSummary(
  rule: RoutingRule,
  ctx: { team: TeamId; category: CategoryId; cues: readonly string[]; locale: Locale },
): string {
  const words = ctx.cues.slice(0, 5);
  if (ctx.locale === "en") {
    const cues = words.length > 0 ? `; cues: ${words.map((w) => `"${w}"`).join(", ")}` : "";
    return `${EN[rule]} → ${ctx.team} (${teamLabel(ctx.team)}), category ${ctx.category}${cues}`;
  }
  const cues = words.length > 0 ? `；线索词：${words.map((w) => `“${w}”`).join("、")}` : "";
  return `${ZH[rule]} → ${teamLabel(ctx.team)}，类别：${categoryLabel(ctx.category)}${cues}`;
}
