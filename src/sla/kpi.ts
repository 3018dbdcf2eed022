import type { Locale } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { compileCutoff, computeCutoff } from "./cutoff-rule.ts";
import {
  calendarError,
  pickupBands,
  resolveClock,
  type PickupDeadlineOptions,
} from "./deadlines.ts";
import { instantMs, readInstant, type InstantInput } from "./instant.ts";
import { describe, slaIssue, type SlaIssue } from "./messages.ts";
import { PRESET_RULES } from "./presets.ts";

/**
 * One order for the timely-pickup KPI: when it was ordered (the dispatch SMS time) and when it
 * was picked up (absent while not yet picked up), with who or which branch handled it.
 *
 * @example
 * ```ts
 * import type { PickupRecord } from "kuaidi-kefu/sla";
 * const r: PickupRecord = { orderTime: "2026-03-02T10:00+08:00", pickupTime: "2026-03-02T14:10+08:00", salesperson: "张伟" };
 * r.salesperson; // => "张伟"
 * ```
 */
export interface PickupRecord {
  readonly orderTime: InstantInput;
  readonly pickupTime?: InstantInput | null;
  readonly salesperson?: string;
  readonly branch?: string;
}

/**
 * How {@link timelyPickupRate} judges and groups: the pickup rule's options (cut-offs, due
 * times, day counting, calendar), the grouping, and `now` to count open orders past their
 * deadline as late.
 *
 * @example
 * ```ts
 * import type { TimelyPickupRules } from "kuaidi-kefu/sla";
 * const rules: TimelyPickupRules = { groupBy: "branch", now: "2026-03-03T00:00+08:00" };
 * rules.groupBy; // => "branch"
 * ```
 */
export interface TimelyPickupRules extends PickupDeadlineOptions {
  /** Group by salesperson (default) or branch; records without one go to the group `""`. */
  readonly groupBy?: "salesperson" | "branch";
  /** Open orders whose deadline passed before `now` count as late; without `now` they are pending. */
  readonly now?: InstantInput;
}

/**
 * Counts of one group: `rate` = timely / (timely + late), `null` when nothing is decided yet.
 *
 * @example
 * ```ts
 * import type { TimelyPickupGroup } from "kuaidi-kefu/sla";
 * const g: TimelyPickupGroup = { key: "杭州", total: 4, timely: 3, late: 1, pending: 0, rate: 0.75 };
 * g.rate; // => 0.75
 * ```
 */
export interface TimelyPickupGroup {
  readonly key: string;
  readonly total: number;
  readonly timely: number;
  readonly late: number;
  readonly pending: number;
  readonly rate: number | null;
}

/**
 * The KPI report: one row per group (in order of first appearance), the overall row (key
 * `"*"`), and the records that could not be judged with the issue for each.
 *
 * @example
 * ```ts
 * import { timelyPickupRate } from "kuaidi-kefu/sla";
 * const r = timelyPickupRate([]);
 * r.ok ? r.value.overall : null; // => { key: "*", total: 0, timely: 0, late: 0, pending: 0, rate: null }
 * ```
 */
export interface TimelyPickupReport {
  readonly groups: readonly TimelyPickupGroup[];
  readonly overall: TimelyPickupGroup;
  readonly invalid: readonly { readonly index: number; readonly issue: SlaIssue }[];
}

const MAX_RECORDS = 1_000_000;

interface Tally {
  key: string;
  total: number;
  timely: number;
  late: number;
  pending: number;
}

function finish(t: Tally): TimelyPickupGroup {
  const decided = t.timely + t.late;
  return {
    key: t.key,
    total: t.total,
    timely: t.timely,
    late: t.late,
    pending: t.pending,
    rate: decided === 0 ? null : t.timely / decided,
  };
}

/**
 * 及时提货率 (timely pickup rate, seed 000's assessment report) per salesperson or branch: each
 * order's deadline comes from {@link pickupDeadline} with the same options; picked up at or
 * before it is timely, after it late. Bad records are listed in `invalid`, not thrown; bad
 * rules give an error result.
 *
 * @example
 * ```ts
 * import { timelyPickupRate } from "kuaidi-kefu/sla";
 * const r = timelyPickupRate([
 *   { orderTime: "2026-03-02T10:00+08:00", pickupTime: "2026-03-02T14:30+08:00", salesperson: "王" },
 *   { orderTime: "2026-03-02T10:30+08:00", pickupTime: "2026-03-02T15:30+08:00", salesperson: "王" },
 *   { orderTime: "2026-03-02T17:00+08:00", pickupTime: "2026-03-03T09:00+08:00", salesperson: "李" },
 * ]);
 * r.ok ? r.value.groups.map((g) => [g.key, g.rate]) : null; // => [["王", 0.5], ["李", 1]]
 * ```
 */
export function timelyPickupRate(
  records: readonly PickupRecord[],
  rules?: TimelyPickupRules,
): Result<TimelyPickupReport, SlaIssue> {
  const o = rules ?? {};
  const locale: Locale | undefined = o.locale;
  const clock = resolveClock(o.calendar, locale);
  if (!clock.ok) return clock;
  const rule = compileCutoff(
    { kind: "cutoff", bands: pickupBands(o), days: o.days ?? PRESET_RULES.pickup.days },
    [],
    locale,
  );
  if (!rule.ok) return rule;
  const groupBy = o.groupBy ?? "salesperson";
  if (groupBy !== "salesperson" && groupBy !== "branch") {
    return err(
      slaIssue(
        "sla/invalid-option",
        { expected: '"salesperson" | "branch"', received: describe(groupBy) },
        ["groupBy"],
        locale,
      ),
    );
  }
  let now: number | null = null;
  if (o.now !== undefined) {
    const n = readInstant(o.now, ["now"], locale);
    if (!n.ok) return n;
    now = n.value;
  }
  if (!Array.isArray(records) || records.length > MAX_RECORDS) {
    return err(
      Array.isArray(records)
        ? slaIssue(
            "sla/too-many-items",
            { count: records.length, max: MAX_RECORDS },
            ["records"],
            locale,
          )
        : slaIssue(
            "sla/invalid-option",
            { expected: "an array of records", received: describe(records) },
            ["records"],
            locale,
          ),
    );
  }
  const groups = new Map<string, Tally>();
  const overall: Tally = { key: "*", total: 0, timely: 0, late: 0, pending: 0 };
  const invalid: { index: number; issue: SlaIssue }[] = [];
  for (let i = 0; i < records.length; i++) {
    const rec = records[i] as unknown as Record<string, unknown> | null;
    if (typeof rec !== "object" || rec === null) {
      invalid.push({
        index: i,
        issue: slaIssue(
          "sla/invalid-option",
          { expected: "a record", received: describe(rec) },
          ["records", i],
          locale,
        ),
      });
      continue;
    }
    const order = instantMs(rec["orderTime"]);
    if (Number.isNaN(order)) {
      invalid.push({
        index: i,
        issue: slaIssue(
          "sla/invalid-instant",
          { received: describe(rec["orderTime"]) },
          ["records", i, "orderTime"],
          locale,
        ),
      });
      continue;
    }
    const rawPickup = rec["pickupTime"];
    const pickup = rawPickup === undefined || rawPickup === null ? null : instantMs(rawPickup);
    if (pickup !== null && Number.isNaN(pickup)) {
      invalid.push({
        index: i,
        issue: slaIssue(
          "sla/invalid-instant",
          { received: describe(rawPickup) },
          ["records", i, "pickupTime"],
          locale,
        ),
      });
      continue;
    }
    if (pickup !== null && pickup < order) {
      invalid.push({
        index: i,
        issue: slaIssue("sla/pickup-before-order", {}, ["records", i, "pickupTime"], locale),
      });
      continue;
    }
    const answer = computeCutoff(order, rule.value, clock.value);
    if (answer === undefined) {
      invalid.push({
        index: i,
        issue: calendarError(clock.value, `records[${i}].orderTime`, locale),
      });
      continue;
    }
    const rawKey = rec[groupBy];
    const key = typeof rawKey === "string" ? rawKey : "";
    let g = groups.get(key);
    if (g === undefined) {
      g = { key, total: 0, timely: 0, late: 0, pending: 0 };
      groups.set(key, g);
    }
    const verdict =
      pickup !== null
        ? pickup <= answer.due
          ? "timely"
          : "late"
        : now !== null && now > answer.due
          ? "late"
          : "pending";
    for (const t of [g, overall]) {
      t.total++;
      t[verdict]++;
    }
  }
  return ok({ groups: [...groups.values()].map(finish), overall: finish(overall), invalid });
}
