import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  evaluateStreaks,
  newStaffPhase,
  scoreMonth,
  SEED_SCORECARD,
  type MonthSummary,
} from "kuaidi-kefu/scoring";

const month = (m: string, full: boolean): MonthSummary => ({
  month: m,
  sections: [
    { id: "work", full },
    { id: "special", full: false },
  ],
});
const year2011 = (fullMonths: readonly number[]): MonthSummary[] =>
  Array.from({ length: 12 }, (_, i) =>
    month(`2011-${String(i + 1).padStart(2, "0")}`, fullMonths.includes(i + 1)),
  );

describe("evaluateStreaks", () => {
  test("3 full months in a row: company-wide praise and 200-300 yuan; again at 6, with a raise", () => {
    const r = evaluateStreaks(SEED_SCORECARD, year2011([1, 2, 3, 4, 5, 6, 8]));
    expect(r.awards.map((a) => [a.streak, a.month, a.run, a.rewardFen])).toEqual([
      ["company-praise", "2011-03", 3, { min: 20000, max: 30000 }],
      ["company-praise", "2011-06", 6, { min: 20000, max: 30000 }],
      ["raise-half-year", "2011-06", 6, null],
    ]);
    expect(r.runs).toEqual([{ section: "work", current: 0, longest: 6 }]);
    expect(r.issues).toEqual([]);
  });

  test("more than 10 full months in a year: consider a raise, even without a run of 6", () => {
    // Full every month but June and September: ten full months, runs of 5, 2 and 3.
    const ten = evaluateStreaks(SEED_SCORECARD, year2011([1, 2, 3, 4, 5, 7, 8, 10, 11, 12]));
    expect(ten.awards.map((a) => [a.streak, a.month])).toEqual([
      ["company-praise", "2011-03"],
      ["company-praise", "2011-12"],
    ]);
    const eleven = evaluateStreaks(SEED_SCORECARD, year2011([1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12]), {
      locale: "en",
    });
    expect(
      eleven.awards
        .filter((a) => a.streak === "raise-year")
        .map((a) => [a.month, a.yearCount, a.name]),
    ).toEqual([["2011-12", 11, "More than 10 full months in a year: consider a raise"]]);
  });

  test("a month missing from the history breaks the run", () => {
    const r = evaluateStreaks(SEED_SCORECARD, [
      month("2011-01", true),
      month("2011-02", true),
      month("2011-04", true),
    ]);
    expect(r.awards).toEqual([]);
    expect(r.runs).toEqual([{ section: "work", current: 1, longest: 2 }]);
  });

  test("monthly reports can be passed as they are", () => {
    const reports = ["2011-01", "2011-02", "2011-03"].map((m) =>
      scoreMonth(SEED_SCORECARD, [], { month: m }),
    );
    expect(evaluateStreaks(SEED_SCORECARD, reports).awards.map((a) => a.month)).toEqual([
      "2011-03",
    ]);
  });

  test("months out of order, repeated or malformed are reported", () => {
    const r = evaluateStreaks(SEED_SCORECARD, [
      month("2011-03", true),
      month("2011-01", true),
      month("2011-02", true),
      month("2011-02", false),
      { month: "March", sections: [] },
      null as never,
      { month: "2011-05" } as never,
    ]);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ["scoring/months-out-of-order", ["history", 1, "month"]],
      ["scoring/duplicate-month", ["history", 3, "month"]],
      ["scoring/invalid-month", ["history", 4, "month"]],
      ["scoring/invalid-month", ["history", 5, "month"]],
      ["scoring/invalid-month", ["history", 6, "month"]],
    ]);
    // Re-sorted: January, February, March are a run of three.
    expect(r.awards.map((a) => a.month)).toEqual(["2011-03"]);
  });

  test("an invalid scorecard and a non-array history", () => {
    expect(evaluateStreaks({} as never, []).issues[0]?.code).toBe("scoring/invalid-scorecard");
    expect(evaluateStreaks(SEED_SCORECARD, "x" as never)).toEqual({
      awards: [],
      runs: [{ section: "work", current: 0, longest: 0 }],
      issues: [],
    });
  });

  test("the result does not depend on the order of the history", () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 36 }),
        fc.integer(),
        (fulls, seed) => {
          const list = fulls.map((f, i) =>
            month(`${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`, f),
          );
          const shuffled = [...list].sort(
            (a, b) =>
              ((a.month!.charCodeAt(6) * 31 + seed) % 7) -
              ((b.month!.charCodeAt(6) * 31 + seed) % 7),
          );
          const x = evaluateStreaks(SEED_SCORECARD, list);
          const y = evaluateStreaks(SEED_SCORECARD, shuffled);
          expect(y.awards).toEqual(x.awards);
          expect(y.runs).toEqual(x.runs);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("newStaffPhase", () => {
  test("month 1 training, month 2 probation, month 3 regular, in China time", () => {
    const hired = "2011-03-31T20:00:00+08:00";
    expect(newStaffPhase(SEED_SCORECARD, hired, "2011-03")).toEqual({
      ok: true,
      value: { phase: "training", monthOfService: 1 },
    });
    expect(newStaffPhase(SEED_SCORECARD, hired, "2011-04")).toEqual({
      ok: true,
      value: { phase: "probation", monthOfService: 2 },
    });
    expect(newStaffPhase(SEED_SCORECARD, hired, "2012-01")).toEqual({
      ok: true,
      value: { phase: "regular", monthOfService: 11 },
    });
    // 20:00 in China is 12:00 UTC the same day; an explicit UTC offset of −12 h moves it to the 31st morning, still March.
    expect(newStaffPhase(SEED_SCORECARD, Date.UTC(2011, 2, 31, 16, 30), "2011-04")).toEqual({
      ok: true,
      value: { phase: "training", monthOfService: 1 },
    });
    expect(
      newStaffPhase(SEED_SCORECARD, Date.UTC(2011, 2, 31, 16, 30), "2011-04", {
        utcOffsetMinutes: 0,
      }),
    ).toEqual({ ok: true, value: { phase: "probation", monthOfService: 2 } });
  });
  test("bad months, dates and scorecards are issues", () => {
    expect(newStaffPhase(SEED_SCORECARD, 0, "2011-3").ok).toBe(false);
    const before = newStaffPhase(SEED_SCORECARD, "2011-05-01T00:00:00+08:00", "2011-04", {
      locale: "en",
    });
    expect(!before.ok && [before.error.code, before.error.path]).toEqual([
      "scoring/invalid-option",
      ["hireDate"],
    ]);
    expect(newStaffPhase(SEED_SCORECARD, "garbage", "2011-04").ok).toBe(false);
    expect(newStaffPhase({} as never, 0, "2011-04").ok).toBe(false);
  });
});
