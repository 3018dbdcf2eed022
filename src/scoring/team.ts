import { resolveLocale, type LocaleOptions } from "../core/issue.ts";
import { makeIssue, type ScoringIssue } from "./messages.ts";
import { toTenths } from "./points.ts";

/**
 * What {@link rankTeam} needs of a report: the agent, the total and the sections' points. A
 * `MonthReport` fits as it is.
 *
 * @example
 * ```ts
 * import type { RankInput } from "kuaidi-kefu/scoring";
 * const r: RankInput = { agentId: "8011", total: 52.5, sections: [{ id: "work", points: 48 }] };
 * r.total; // => 52.5
 * ```
 */
export interface RankInput {
  readonly agentId: string | null;
  readonly total: number;
  readonly sections: readonly { readonly id: string; readonly points: number }[];
}

/**
 * Options of {@link rankTeam}.
 *
 * @example
 * ```ts
 * import type { RankTeamOptions } from "kuaidi-kefu/scoring";
 * const o: RankTeamOptions = { by: "work", bottom: 1 };
 * o.bottom; // => 1
 * ```
 */
export interface RankTeamOptions extends LocaleOptions {
  /** `"total"` (default) or a section id whose points rank the team. */
  readonly by?: string;
  /** How many places at the bottom are flagged (seed 002's monthly elimination); default 0. */
  readonly bottom?: number;
}

/**
 * One line of a ranking: equal points share a rank (1, 2, 2, 4), and `bottom` marks the
 * flagged agents.
 *
 * @example
 * ```ts
 * import type { RankedAgent } from "kuaidi-kefu/scoring";
 * const line: RankedAgent = { agentId: "8011", rank: 1, points: 55, bottom: false };
 * line.rank; // => 1
 * ```
 */
export interface RankedAgent {
  readonly agentId: string;
  readonly rank: number;
  readonly points: number;
  readonly bottom: boolean;
}

/**
 * The ranking and the issues of its input.
 *
 * @example
 * ```ts
 * import type { TeamRanking } from "kuaidi-kefu/scoring";
 * const t: TeamRanking = { ranking: [], issues: [] };
 * t.ranking.length; // => 0
 * ```
 */
export interface TeamRanking {
  readonly ranking: readonly RankedAgent[];
  readonly issues: readonly ScoringIssue[];
}

/**
 * Ranks a team's monthly reports, best first, by the total or one section. Ties share a rank
 * (standard competition ranking: 1, 2, 2, 4) and are listed by agent id. The bottom `bottom`
 * places are flagged; an agent tied with a flagged one is flagged too, so a tie at the cut can
 * flag more than `bottom` agents. Reports without an agent id or with a repeated one are
 * reported and left out.
 *
 * @example
 * ```ts
 * import { rankTeam } from "kuaidi-kefu/scoring";
 * const r = (agentId: string, total: number) => ({ agentId, total, sections: [] });
 * rankTeam([r("a", 50), r("b", 55), r("c", 50), r("d", 40)], { bottom: 1 }).ranking.map((x) => [x.agentId, x.rank, x.bottom]);
 * // => [["b", 1, false], ["a", 2, false], ["c", 2, false], ["d", 4, true]]
 * ```
 */
export function rankTeam(reports: readonly RankInput[], options?: RankTeamOptions): TeamRanking {
  const locale = resolveLocale(options?.locale);
  const issues: ScoringIssue[] = [];
  let bottom = 0;
  if (options?.bottom !== undefined) {
    if (Number.isSafeInteger(options.bottom) && options.bottom >= 0) bottom = options.bottom;
    else
      issues.push(
        makeIssue("scoring/invalid-option", { field: "bottom", value: options.bottom }, locale, [
          "options",
          "bottom",
        ]),
      );
  }
  const by = options?.by ?? "total";
  const seen = new Set<string>();
  const rows: { agentId: string; t: number }[] = [];
  const list: readonly unknown[] = Array.isArray(reports) ? reports : [];
  list.forEach((raw, i) => {
    const r = raw as RankInput | null;
    const agentId = typeof r === "object" && r !== null ? r.agentId : undefined;
    if (typeof agentId !== "string" || agentId.length === 0) {
      issues.push(
        makeIssue("scoring/invalid-option", { field: "agentId", value: agentId }, locale, [
          "reports",
          i,
          "agentId",
        ]),
      );
      return;
    }
    if (seen.has(agentId)) {
      issues.push(
        makeIssue("scoring/duplicate-agent", { agentId }, locale, ["reports", i, "agentId"]),
      );
      return;
    }
    let points: unknown = (r as RankInput).total;
    if (by !== "total") {
      const section = Array.isArray((r as RankInput).sections)
        ? (r as RankInput).sections.find((s) => s.id === by)
        : undefined;
      if (section === undefined) {
        issues.push(
          makeIssue("scoring/unknown-reference", { ref: by, kind: "section" }, locale, [
            "reports",
            i,
            "sections",
          ]),
        );
        return;
      }
      points = section.points;
    }
    const t = typeof points === "number" ? toTenths(points) : undefined;
    if (t === undefined) {
      issues.push(
        makeIssue("scoring/invalid-points", { value: points }, locale, [
          "reports",
          i,
          by === "total" ? "total" : "sections",
        ]),
      );
      return;
    }
    seen.add(agentId);
    rows.push({ agentId, t });
  });
  // Compare integer tenths, so 52.5 and 52.50000001 from float sums never split a tie.
  rows.sort((a, b) => b.t - a.t || (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0));
  const cut =
    bottom > 0 && rows.length > 0
      ? (rows[Math.max(0, rows.length - bottom)] as { t: number }).t
      : undefined;
  let rank = 0;
  const ranking = rows.map((row, i) => {
    if (i === 0 || (rows[i - 1] as { t: number }).t !== row.t) rank = i + 1;
    return {
      agentId: row.agentId,
      rank,
      points: row.t / 10,
      bottom: cut !== undefined && row.t <= cut,
    };
  });
  return { ranking, issues };
}
