import { describe, expect, test } from "vitest";
import { rankTeam, scoreMonth, SEED_SCORECARD } from "kuaidi-kefu/scoring";

const r = (agentId: string, total: number, work = total) => ({
  agentId,
  total,
  sections: [{ id: "work", points: work }],
});

describe("rankTeam", () => {
  test("ties share a rank; the bottom place is flagged, ties at the cut included", () => {
    const out = rankTeam([r("a", 50), r("b", 55), r("c", 40), r("d", 40), r("e", 52.5)], {
      bottom: 1,
    });
    expect(out.ranking).toEqual([
      { agentId: "b", rank: 1, points: 55, bottom: false },
      { agentId: "e", rank: 2, points: 52.5, bottom: false },
      { agentId: "a", rank: 3, points: 50, bottom: false },
      { agentId: "c", rank: 4, points: 40, bottom: true },
      { agentId: "d", rank: 4, points: 40, bottom: true },
    ]);
    expect(rankTeam([r("a", 50), r("b", 40)]).ranking.some((x) => x.bottom)).toBe(false);
    expect(rankTeam([r("a", 50), r("b", 40)], { bottom: 5 }).ranking.every((x) => x.bottom)).toBe(
      true,
    );
  });

  test("float sums that should be equal still tie", () => {
    const out = rankTeam([r("a", 0.1 + 0.2), r("b", 0.3)]);
    expect(out.ranking.map((x) => x.rank)).toEqual([1, 1]);
  });

  test("by a section", () => {
    const out = rankTeam([r("a", 60, 40), r("b", 50, 45)], { by: "work" });
    expect(out.ranking.map((x) => [x.agentId, x.points])).toEqual([
      ["b", 45],
      ["a", 40],
    ]);
  });

  test("month reports rank as they are", () => {
    const a = scoreMonth(SEED_SCORECARD, [], { agentId: "a", month: "2011-03" });
    const b = scoreMonth(
      SEED_SCORECARD,
      [{ id: "x", at: "2011-03-02T10:00:00+08:00", type: "late" }],
      { agentId: "b", month: "2011-03" },
    );
    expect(
      rankTeam([b, a], { bottom: 1 }).ranking.map((x) => [x.agentId, x.rank, x.points, x.bottom]),
    ).toEqual([
      ["a", 1, 55, false],
      ["b", 2, 54, true],
    ]);
  });

  test("bad input is reported and left out", () => {
    const out = rankTeam(
      [
        r("a", 1),
        r("a", 2),
        { agentId: null, total: 3, sections: [] },
        r("b", Number.NaN),
        { agentId: "c", total: 1, sections: [] },
        null as never,
      ],
      { bottom: -1, by: "work", locale: "en" },
    );
    expect(out.issues.map((i) => [i.code, i.path])).toEqual([
      ["scoring/invalid-option", ["options", "bottom"]],
      ["scoring/duplicate-agent", ["reports", 1, "agentId"]],
      ["scoring/invalid-option", ["reports", 2, "agentId"]],
      ["scoring/invalid-points", ["reports", 3, "sections"]],
      ["scoring/unknown-reference", ["reports", 4, "sections"]],
      ["scoring/invalid-option", ["reports", 5, "agentId"]],
    ]);
    expect(out.ranking.map((x) => x.agentId)).toEqual(["a"]);
    expect(rankTeam("x" as never)).toEqual({ ranking: [], issues: [] });
    expect(rankTeam([{ agentId: "z", total: "9" } as never]).issues[0]?.path).toEqual([
      "reports",
      0,
      "total",
    ]);
  });
});
