import { resolveLocale, type LocaleOptions } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import type { CompiledScorecard } from "./compiled.ts";
import { compileScorecard, type Scorecard } from "./define.ts";
import { makeIssue, type ScoringIssue } from "./messages.ts";
import {
  CHINA_UTC_OFFSET_MINUTES,
  monthIndex,
  monthIndexAt,
  monthName,
  toEpochMs,
} from "./points.ts";
import type { StaffPhase } from "./report-types.ts";

/**
 * What {@link evaluateStreaks} needs of a month: its `yyyy-MM` and which sections were full. A
 * `MonthReport` fits as it is.
 *
 * @example
 * ```ts
 * import type { MonthSummary } from "kuaidi-kefu/scoring";
 * const m: MonthSummary = { month: "2011-03", sections: [{ id: "work", full: true }] };
 * m.sections[0]?.full; // => true
 * ```
 */
export interface MonthSummary {
  readonly month: string | null;
  readonly sections: readonly { readonly id: string; readonly full: boolean }[];
}

/**
 * A streak rule met in a month: the run of full months reached `run`, or the year's count of
 * full months reached `inYear`; with the reward range it carries (fen), if any.
 *
 * @example
 * ```ts
 * import type { StreakAward } from "kuaidi-kefu/scoring";
 * const a: StreakAward = { streak: "company-praise", name: "连续 3 个月满分", month: "2011-05", run: 3, yearCount: 3, rewardFen: { min: 20000, max: 30000 } };
 * a.run; // => 3
 * ```
 */
export interface StreakAward {
  readonly streak: string;
  readonly name: string;
  readonly month: string;
  readonly run: number;
  readonly yearCount: number;
  readonly rewardFen: { readonly min: number; readonly max: number } | null;
}

/**
 * The result of {@link evaluateStreaks}: the awards in month order, per section the current
 * and longest run of full months, and the issues of the history (months out of order,
 * duplicated or malformed).
 *
 * @example
 * ```ts
 * import type { StreakReport } from "kuaidi-kefu/scoring";
 * const r: StreakReport = { awards: [], runs: [{ section: "work", current: 0, longest: 0 }], issues: [] };
 * r.runs.length; // => 1
 * ```
 */
export interface StreakReport {
  readonly awards: readonly StreakAward[];
  readonly runs: readonly {
    readonly section: string;
    readonly current: number;
    readonly longest: number;
  }[];
  readonly issues: readonly ScoringIssue[];
}

/**
 * Reads a history of monthly reports for the scorecard's streak rules: seed 003 rewards 3 full
 * work months in a row (200-300 yuan, again at 6, 9…), and suggests a raise after 6 in a row or
 * more than 10 in one calendar year. A month missing from the history breaks the run. Months out
 * of order are reported and re-sorted; a repeated month is reported and its first entry used.
 *
 * @example
 * ```ts
 * import { evaluateStreaks, SEED_SCORECARD } from "kuaidi-kefu/scoring";
 * const full = (month: string) => ({ month, sections: [{ id: "work", full: true }] });
 * const r = evaluateStreaks(SEED_SCORECARD, [full("2011-01"), full("2011-02"), full("2011-03")]);
 * r.awards.map((a) => [a.streak, a.month]); // => [["company-praise", "2011-03"]]
 * r.runs; // => [{ section: "work", current: 3, longest: 3 }]
 * ```
 */
export function evaluateStreaks(
  scorecard: Scorecard,
  history: readonly MonthSummary[],
  options?: LocaleOptions,
): StreakReport {
  const locale = resolveLocale(options?.locale);
  const issues: ScoringIssue[] = [];
  const compiled = compileScorecard(scorecard, locale);
  if (Array.isArray(compiled)) {
    return {
      awards: [],
      runs: [],
      issues: [
        makeIssue("scoring/invalid-scorecard", { issues: compiled.length }, locale, ["scorecard"]),
        ...compiled,
      ],
    };
  }
  const card = compiled as CompiledScorecard;
  const months = new Map<number, MonthSummary>();
  let previous: number | undefined;
  const list: readonly unknown[] = Array.isArray(history) ? history : [];
  list.forEach((raw, i) => {
    const entry = raw as MonthSummary | null | undefined;
    const m = typeof entry === "object" && entry !== null ? monthIndex(entry.month) : undefined;
    if (m === undefined || !Array.isArray(entry?.sections)) {
      issues.push(
        makeIssue(
          "scoring/invalid-month",
          { value: typeof entry === "object" && entry !== null ? entry.month : entry },
          locale,
          ["history", i, "month"],
        ),
      );
      return;
    }
    if (months.has(m)) {
      issues.push(
        makeIssue("scoring/duplicate-month", { month: monthName(m) }, locale, [
          "history",
          i,
          "month",
        ]),
      );
      return;
    }
    if (previous !== undefined && m < previous) {
      issues.push(
        makeIssue(
          "scoring/months-out-of-order",
          { month: monthName(m), previous: monthName(previous) },
          locale,
          ["history", i, "month"],
        ),
      );
    }
    previous = m;
    months.set(m, entry as MonthSummary);
  });
  const ordered = [...months.keys()].sort((a, b) => a - b);
  const awards: { at: number; order: number; award: StreakAward }[] = [];
  const sectionIds = [...new Set(card.streaks.map((s) => s.section))];
  const runs = sectionIds.map((section) => {
    let run = 0;
    let longest = 0;
    let last: number | undefined;
    const yearCounts = new Map<number, number>();
    for (const m of ordered) {
      const full =
        months.get(m)?.sections.some((s) => s.id === section && s.full === true) === true;
      if (last !== undefined && m !== last + 1) run = 0; // a missing month is not a full one
      last = m;
      if (!full) {
        run = 0;
        continue;
      }
      run++;
      longest = Math.max(longest, run);
      const year = Math.floor(m / 12);
      const yearCount = (yearCounts.get(year) ?? 0) + 1;
      yearCounts.set(year, yearCount);
      card.streaks.forEach((s, order) => {
        if (s.section !== section) return;
        const byRun = s.consecutive !== undefined && run % s.consecutive === 0;
        const byYear = s.inYear !== undefined && yearCount === s.inYear;
        if (!byRun && !byYear) return;
        awards.push({
          at: m,
          order,
          award: {
            streak: s.id,
            name: locale === "en" ? s.nameEn : s.name,
            month: monthName(m),
            run,
            yearCount,
            rewardFen: s.rewardFen ?? null,
          },
        });
      });
    }
    const lastMonth = ordered[ordered.length - 1];
    // The current run ends at the latest month of the history.
    return { section, current: last === lastMonth ? run : 0, longest };
  });
  awards.sort((a, b) => a.at - b.at || a.order - b.order);
  return { awards: awards.map((a) => a.award), runs, issues };
}

/**
 * Options of {@link newStaffPhase}.
 *
 * @example
 * ```ts
 * import type { NewStaffPhaseOptions } from "kuaidi-kefu/scoring";
 * const o: NewStaffPhaseOptions = { utcOffsetMinutes: 480 };
 * o.utcOffsetMinutes; // => 480
 * ```
 */
export interface NewStaffPhaseOptions extends LocaleOptions {
  /** Wall-clock offset months are counted in, minutes east of UTC; default 480 (China). */
  readonly utcOffsetMinutes?: number;
}

/**
 * A month's new-staff phase and its month of service (1 = the hire month).
 *
 * @example
 * ```ts
 * import type { StaffPhaseInfo } from "kuaidi-kefu/scoring";
 * const info: StaffPhaseInfo = { phase: "training", monthOfService: 1 };
 * info.phase; // => "training"
 * ```
 */
export interface StaffPhaseInfo {
  readonly phase: StaffPhase;
  readonly monthOfService: number;
}

/**
 * The new-staff phase of a month from the hire date (seed 003: month 1 training, base pay
 * only; month 2 probation, base + assessment pay; from month 3 regular). The hire month, in
 * China time, is month 1. Returns the issue instead when the month or date is malformed or
 * the month is before the hire date.
 *
 * @example
 * ```ts
 * import { newStaffPhase, SEED_SCORECARD } from "kuaidi-kefu/scoring";
 * // 2011-02-28T17:00Z is already 1 March in China: March is month 1.
 * newStaffPhase(SEED_SCORECARD, "2011-02-28T17:00:00Z", "2011-04"); // => { ok: true, value: { phase: "probation", monthOfService: 2 } }
 * newStaffPhase(SEED_SCORECARD, "2011-02-28T17:00:00Z", "2011-05"); // => { ok: true, value: { phase: "regular", monthOfService: 3 } }
 * ```
 */
export function newStaffPhase(
  scorecard: Scorecard,
  hireDate: Date | number | string,
  month: string,
  options?: NewStaffPhaseOptions,
): Result<StaffPhaseInfo, ScoringIssue> {
  const locale = resolveLocale(options?.locale);
  const compiled = compileScorecard(scorecard, locale);
  if (Array.isArray(compiled))
    return err(
      makeIssue("scoring/invalid-scorecard", { issues: compiled.length }, locale, ["scorecard"]),
    );
  const card = compiled as CompiledScorecard;
  const m = monthIndex(month);
  if (m === undefined)
    return err(makeIssue("scoring/invalid-month", { value: month }, locale, ["month"]));
  const offset = options?.utcOffsetMinutes;
  const off =
    offset !== undefined && Number.isInteger(offset) && offset >= -720 && offset <= 840
      ? offset
      : CHINA_UTC_OFFSET_MINUTES;
  const hired = toEpochMs(hireDate);
  const n = hired === undefined ? 0 : m - monthIndexAt(hired, off) + 1;
  if (hired === undefined || n < 1)
    return err(
      makeIssue("scoring/invalid-option", { field: "hireDate", value: String(hireDate) }, locale, [
        "hireDate",
      ]),
    );
  const phase: StaffPhase =
    n <= card.trainingMonths
      ? "training"
      : n <= card.trainingMonths + card.probationMonths
        ? "probation"
        : "regular";
  return ok({ phase, monthOfService: n });
}
