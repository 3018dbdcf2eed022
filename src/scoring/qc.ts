import { resolveLocale, type LocaleOptions } from "../core/issue.ts";
import { makeIssue, type ScoringIssue } from "./messages.ts";
import { isCount } from "./points.ts";

/**
 * One agent's day for the QC daily report of seed 002 (质检日报): counts, sales in fen, and how
 * many of the agent's chats QC sampled.
 *
 * @example
 * ```ts
 * import type { QcDayInput } from "kuaidi-kefu/scoring";
 * const row: QcDayInput = { agentId: "a", enquiries: 120, orders: 30, paidOrders: 27, salesFen: 405000, outOfStock: 2, refunds: 1, complaints: 0, sampledChats: 15 };
 * row.orders; // => 30
 * ```
 */
export interface QcDayInput {
  readonly agentId: string;
  /** 咨询量: enquiries received. */
  readonly enquiries: number;
  /** 订单数: orders placed after an enquiry. */
  readonly orders: number;
  /** Orders paid. */
  readonly paidOrders: number;
  /** Sales of the paid orders, in fen. */
  readonly salesFen: number;
  /** 缺货: out-of-stock cases. */
  readonly outOfStock: number;
  /** 退款: refunds. */
  readonly refunds: number;
  /** 客户投诉: complaints. */
  readonly complaints: number;
  /** Chats QC sampled (seed 002: at least 10-20 per agent per day). */
  readonly sampledChats: number;
}

/**
 * A rate with its parts; `value` is `null` when the denominator is zero (no enquiries, no
 * orders), never `NaN` or `Infinity`.
 *
 * @example
 * ```ts
 * import type { Rate } from "kuaidi-kefu/scoring";
 * const none: Rate = { numerator: 0, denominator: 0, value: null };
 * none.value; // => null
 * ```
 */
export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
  readonly value: number | null;
}

/**
 * One line of the QC report (an agent or the team): the counts and the derived figures:
 * conversion 转定率 = orders / enquiries, payment rate = paid / orders, average order value 客单价
 * = sales / paid orders (fen, rounded half up; `null` without paid orders).
 *
 * @example
 * ```ts
 * import type { QcLine } from "kuaidi-kefu/scoring";
 * const rate = { numerator: 0, denominator: 0, value: null };
 * const line: QcLine = { agentId: null, enquiries: 0, orders: 0, paidOrders: 0, salesFen: 0, outOfStock: 0, refunds: 0, complaints: 0, sampledChats: 0, conversionRate: rate, paymentRate: rate, averageOrderValueFen: null };
 * line.averageOrderValueFen; // => null
 * ```
 */
export interface QcLine {
  readonly agentId: string | null;
  readonly enquiries: number;
  readonly orders: number;
  readonly paidOrders: number;
  readonly salesFen: number;
  readonly outOfStock: number;
  readonly refunds: number;
  readonly complaints: number;
  readonly sampledChats: number;
  readonly conversionRate: Rate;
  readonly paymentRate: Rate;
  readonly averageOrderValueFen: number | null;
}

/**
 * The QC daily report: one line per agent, the team line, and the issues of the input.
 *
 * @example
 * ```ts
 * import { qcDailyReport, type QcReport } from "kuaidi-kefu/scoring";
 * const report: QcReport = qcDailyReport([]);
 * report.team.conversionRate.value; // => null
 * ```
 */
export interface QcReport {
  readonly agents: readonly QcLine[];
  readonly team: QcLine;
  readonly issues: readonly ScoringIssue[];
}

/**
 * Options of {@link qcDailyReport}.
 *
 * @example
 * ```ts
 * import type { QcReportOptions } from "kuaidi-kefu/scoring";
 * const o: QcReportOptions = { minSampledChats: 20 };
 * o.minSampledChats; // => 20
 * ```
 */
export interface QcReportOptions extends LocaleOptions {
  /** Fewest sampled chats per agent before a `scoring/qc-sample-too-small` warning; default 10. */
  readonly minSampledChats?: number;
}

const FIELDS = [
  "enquiries",
  "orders",
  "paidOrders",
  "salesFen",
  "outOfStock",
  "refunds",
  "complaints",
  "sampledChats",
] as const;

function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

function line(agentId: string | null, c: Record<(typeof FIELDS)[number], number>): QcLine {
  return {
    agentId,
    ...c,
    conversionRate: rate(c.orders, c.enquiries),
    paymentRate: rate(c.paidOrders, c.orders),
    // Round half up in integers: floor((2·sales + paid) / (2·paid)).
    averageOrderValueFen:
      c.paidOrders === 0 ? null : Math.floor((2 * c.salesFen + c.paidOrders) / (2 * c.paidOrders)),
  };
}

/**
 * Builds seed 002's QC daily report from each agent's day: enquiries, orders, conversion rate,
 * payment rate, average order value, out-of-stock, refunds, complaints and sampled chats, per
 * agent and for the team. Rates with a zero denominator are `null`, explicitly. Rows with a
 * negative or fractional count or a repeated agent are reported and left out; more paid orders
 * than orders, or fewer sampled chats than the minimum, are reported and kept.
 *
 * @example
 * ```ts
 * import { qcDailyReport } from "kuaidi-kefu/scoring";
 * const r = qcDailyReport([
 *   { agentId: "a", enquiries: 120, orders: 30, paidOrders: 27, salesFen: 405000, outOfStock: 2, refunds: 1, complaints: 0, sampledChats: 15 },
 *   { agentId: "b", enquiries: 0, orders: 0, paidOrders: 0, salesFen: 0, outOfStock: 0, refunds: 0, complaints: 1, sampledChats: 10 },
 * ]);
 * r.agents[0]?.conversionRate.value; // => 0.25
 * r.agents[0]?.averageOrderValueFen; // => 15000
 * r.agents[1]?.conversionRate; // => { numerator: 0, denominator: 0, value: null }
 * r.team.paymentRate.value; // => 0.9
 * ```
 */
export function qcDailyReport(rows: readonly QcDayInput[], options?: QcReportOptions): QcReport {
  const locale = resolveLocale(options?.locale);
  const issues: ScoringIssue[] = [];
  let min = 10;
  if (options?.minSampledChats !== undefined) {
    if (isCount(options.minSampledChats)) min = options.minSampledChats;
    else
      issues.push(
        makeIssue(
          "scoring/invalid-option",
          { field: "minSampledChats", value: options.minSampledChats },
          locale,
          ["options", "minSampledChats"],
        ),
      );
  }
  const team: Record<(typeof FIELDS)[number], number> = {
    enquiries: 0,
    orders: 0,
    paidOrders: 0,
    salesFen: 0,
    outOfStock: 0,
    refunds: 0,
    complaints: 0,
    sampledChats: 0,
  };
  const agents: QcLine[] = [];
  const seen = new Set<string>();
  const list: readonly unknown[] = Array.isArray(rows) ? rows : [];
  list.forEach((raw, i) => {
    const row = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    const agentId = row["agentId"];
    if (typeof agentId !== "string" || agentId.length === 0) {
      issues.push(
        makeIssue("scoring/invalid-option", { field: "agentId", value: agentId }, locale, [
          "rows",
          i,
          "agentId",
        ]),
      );
      return;
    }
    if (seen.has(agentId)) {
      issues.push(
        makeIssue("scoring/duplicate-agent", { agentId }, locale, ["rows", i, "agentId"]),
      );
      return;
    }
    const counts = {} as Record<(typeof FIELDS)[number], number>;
    for (const f of FIELDS) {
      const v = row[f];
      if (!isCount(v)) {
        issues.push(
          makeIssue("scoring/invalid-count", { field: f, value: v }, locale, ["rows", i, f]),
        );
        return;
      }
      counts[f] = v;
    }
    seen.add(agentId);
    if (counts.paidOrders > counts.orders) {
      issues.push(
        makeIssue(
          "scoring/qc-inconsistent",
          { field: "paidOrders", value: counts.paidOrders, limit: counts.orders },
          locale,
          ["rows", i, "paidOrders"],
        ),
      );
    }
    if (counts.sampledChats < min) {
      issues.push(
        makeIssue(
          "scoring/qc-sample-too-small",
          { agentId, sampled: counts.sampledChats, min },
          locale,
          ["rows", i, "sampledChats"],
        ),
      );
    }
    for (const f of FIELDS) team[f] += counts[f];
    agents.push(line(agentId, counts));
  });
  return { agents, team: line(null, team), issues };
}
