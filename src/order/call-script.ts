import { resolveLocale, type Locale, type LocaleOptions } from "../core/issue.ts";
import { orderMessage } from "./messages.ts";
import type { Contact, Order } from "./schemas.ts";
import type { WebOrderReview } from "./review.ts";

/**
 * The agent making the call: the work number (工号) is read out, the company name too.
 *
 * @example
 * ```ts
 * import type { CallAgent } from "kuaidi-kefu/order";
 * const agent: CallAgent = { id: "8011", company: "中铁" };
 * agent.id; // => "8011"
 * ```
 */
export interface CallAgent {
  /** Work number (工号), e.g. "8011". */
  readonly id: string;
  /** Company name as spoken, e.g. "中铁". */
  readonly company: string;
}

/**
 * One line the agent says, with the step of the call it belongs to.
 *
 * @example
 * ```ts
 * import type { CallLine } from "kuaidi-kefu/order";
 * const line: CallLine = { step: "closing", text: "谢谢！" };
 * line.step; // => "closing"
 * ```
 */
export interface CallLine {
  readonly step: "greeting" | "purpose" | "read-back" | "problem" | "void" | "closing";
  readonly text: string;
}

/**
 * The confirmation-call script: its lines, and the whole as one text (lines joined by "\n").
 *
 * @example
 * ```ts
 * import type { CallScript } from "kuaidi-kefu/order";
 * const s: CallScript = { lines: [], text: "" };
 * s.lines.length; // => 0
 * ```
 */
export interface CallScript {
  readonly lines: readonly CallLine[];
  readonly text: string;
}

// The contact as given is the polite form already: 王先生, or a full name.
function salutation(c: Contact | null | undefined): string {
  return c?.name ?? "";
}

const num = (x: number): string => String(Math.round(x * 1000) / 1000);

function readBack(order: Order, locale: Locale): CallLine[] {
  const g = order.goods;
  const lines: CallLine[] = [];
  const en = locale === "en";
  lines.push({
    step: "read-back",
    text: en
      ? `Your pickup address is ${order.pickupAddress.text}, is that right?`
      : `您的提货地址是${order.pickupAddress.text}，对吗？`,
  });
  const vol = g.volumeM3 === null ? "" : en ? `, ${num(g.volumeM3)} m³` : `，${num(g.volumeM3)}方`;
  lines.push({
    step: "read-back",
    text: en
      ? `The goods are ${g.name}: ${g.pieces} piece(s), ${num(g.weightKg)} kg${vol}.`
      : `货物是${g.name}，${g.pieces}件，${num(g.weightKg)}公斤${vol}。`,
  });
  const c = order.consignee;
  if (c) {
    const who = c.name ?? (en ? "the consignee" : "收货人");
    lines.push({
      step: "read-back",
      text: en
        ? `It goes to ${who}, phone ${c.phone.display}, at ${order.destination.text}.`
        : `收货人是${who}，电话${c.phone.display}，收货地址是${order.destination.text}。`,
    });
  } else {
    lines.push({
      step: "read-back",
      text: en ? `It goes to ${order.destination.text}.` : `目的地是${order.destination.text}。`,
    });
  }
  const p = order.payment;
  const methodEn = {
    现付: "prepaid at pickup",
    到付: "paid by the consignee",
    月结: "on your monthly account",
  }[p.method];
  const account = p.monthlyAccount
    ? en
      ? ` ${p.monthlyAccount}`
      : `，月结账号${p.monthlyAccount}`
    : "";
  const fee = order.fees.pickup
    ? en
      ? `, plus a pickup fee of ${num(order.fees.pickup)} yuan`
      : `，另加提货费${num(order.fees.pickup)}元`
    : "";
  lines.push({
    step: "read-back",
    text: en ? `Freight is ${methodEn}${account}${fee}.` : `运费${p.method}${account}${fee}。`,
  });
  return lines;
}

/**
 * The script of the confirmation call every web order gets (seed 000, 3.2.3): greeting with the
 * agent's work number, the reason for the call, the order read back (pickup address, goods,
 * consignee, payment), the problems found to correct, or the refusal when the order is void,
 * and the closing. Pass a {@link WebOrderReview} (from `reviewWebOrder`) or a normalised order.
 *
 * @example
 * ```ts
 * import { renderConfirmationCall, validateOrder } from "kuaidi-kefu/order";
 * const r = validateOrder({
 *   channel: "web",
 *   shipper: { name: "王先生", phone: "13823033212" },
 *   consignee: { name: "马先生", phone: "0571-25852654" },
 *   goods: { name: "配件", pieces: 15, weight: 200, volume: 2.2 },
 *   pickupAddress: "深圳市宝安区福永街道凤凰路1号",
 *   destination: "浙江省杭州市西湖区文三路1号",
 *   payment: "现付",
 * });
 * const script = r.ok ? renderConfirmationCall(r.value, { id: "8011", company: "中铁" }) : undefined;
 * script?.lines[0]?.text; // => "王先生您好！我是中铁客服代表，我的工号是8011。感谢您选择中铁为您服务。"
 * script?.lines[2]?.text; // => "您的提货地址是深圳市宝安区福永街道凤凰路1号，对吗？"
 * ```
 */
export function renderConfirmationCall(
  orderOrReview: Order | WebOrderReview,
  agent: CallAgent,
  options?: LocaleOptions,
): CallScript {
  const isReview = "checklist" in orderOrReview;
  const review = isReview ? orderOrReview : null;
  const order = isReview ? orderOrReview.order : orderOrReview;
  const locale = resolveLocale(options?.locale ?? review?.locale);
  const en = locale === "en";
  const name = salutation(order?.shipper);
  const lines: CallLine[] = [];
  lines.push({
    step: "greeting",
    text: en
      ? `Hello${name ? ` ${name}` : ""}! This is ${agent.company} customer service, agent number ${agent.id}. Thank you for choosing ${agent.company}.`
      : `${name}您好！我是${agent.company}客服代表，我的工号是${agent.id}。感谢您选择${agent.company}为您服务。`,
  });
  lines.push({
    step: "purpose",
    text: en
      ? "We have received the order you placed on our website. May I check its details with you once more?"
      : "您在我们网站上下的订单已经收到。为确保信息准确，想跟您再核对一下订单信息，可以吗？",
  });
  if (review?.outcome === "void") {
    lines.push({
      step: "void",
      text: en
        ? `I am sorry: ${review.voidReasons.map((i) => orderMessage(i, "en")).join("; ")}. We cannot carry these goods, so this order will be voided. Thank you for your understanding.`
        : `很抱歉，${review.voidReasons.map((i) => orderMessage(i, "zh-CN")).join("；")}。这批货物我们无法承运，这张订单将作废，感谢您的理解。`,
    });
    return { lines, text: lines.map((l) => l.text).join("\n") };
  }
  if (order) lines.push(...readBack(order, locale));
  if (review) {
    for (const item of review.checklist) {
      for (const issue of item.issues) {
        lines.push({
          step: "problem",
          text: en
            ? `Also, ${orderMessage(issue, "en")}; could you confirm this for me?`
            : `另外，${orderMessage(issue, "zh-CN")}，麻烦您确认一下。`,
        });
      }
      if (item.id === "remarks" && review.remarks.topics.length > 0 && review.remarks.text) {
        lines.push({
          step: "problem",
          text: en
            ? `Your remark says "${review.remarks.text}"; let us update the order accordingly.`
            : `您留言说“${review.remarks.text}”，我们按您的留言修改订单。`,
        });
      }
    }
  }
  lines.push({
    step: "closing",
    text: en
      ? "Thank you. Our pickup staff will contact you shortly; please keep your phone on. Thank you!"
      : "谢谢您的配合。我们的提货人员会尽快与您联系，请保持电话畅通。谢谢！",
  });
  return { lines, text: lines.map((l) => l.text).join("\n") };
}
