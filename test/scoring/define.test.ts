import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  defineScorecard,
  KEFU_ASSESSMENT_CONFIG,
  KEFU_ASSESSMENT_SCORECARD,
  SEED_SCORECARD,
  type ScorecardConfig,
  type ScoringIssue,
} from "kuaidi-kefu/scoring";

const per1 = { kind: "per-occurrence", points: 1 } as const;

function card(
  extra: Partial<ScorecardConfig> & { sections?: ScorecardConfig["sections"] },
): unknown {
  return {
    id: "t",
    name: "test",
    sections: [{ id: "s", name: "S", criteria: [{ id: "a", name: "A", max: 2, rule: per1 }] }],
    ...extra,
  };
}

function errors(config: unknown, strict = false): [string, unknown][] {
  const r = defineScorecard(config, { strict });
  if (r.ok) return [];
  return r.error.map((e: ScoringIssue) => [e.code, e.path]);
}

describe("seed 003 preset", () => {
  test("keeps the source's numbers", () => {
    const c = KEFU_ASSESSMENT_CONFIG;
    expect(c.total).toBe(65);
    expect(c.sections.map((s) => [s.id, s.max, s.kind])).toEqual([
      ["work", 50, "deduction"],
      ["attendance-hygiene", 5, "deduction"],
      ["special", 10, "bonus"],
    ]);
    const work = c.sections[0]!;
    expect(work.pay).toEqual({ component: "assessment", fenPerPoint: 2000 });
    // 50 points = 1000 yuan: 1 point = 20 yuan = 2000 fen.
    expect((work.max as number) * work.pay!.fenPerPoint).toBe(100_000);
    expect(
      work.criteria.map((x) => [x.id, x.max, x.criteria?.map((y) => [y.id, y.max, y.rule?.kind])]),
    ).toEqual([
      [
        "complaints",
        10,
        [
          ["complaints.process", 2, "chances"],
          ["complaints.facts", 2, "chances"],
          ["complaints.record", 2, "chances"],
          ["complaints.on-time", 2, "chances"],
          ["complaints.satisfaction", 2, "chances"],
        ],
      ],
      [
        "production",
        10,
        [
          ["production.key-accounts", 2, "chances"],
          ["production.rush-delivered", 2, "chances"],
          ["production.rush-recorded", 2, "chances"],
          ["production.rush-satisfaction", 2, "chances"],
        ],
      ],
      [
        "consulting",
        5,
        [
          ["consulting.rules", 4, "per-occurrence"],
          ["consulting.process", 1, "per-occurrence"],
        ],
      ],
      ["dispatch-register", 3, undefined],
      [
        "outsourcing",
        4,
        [
          ["outsourcing.outsourced", 2, "per-occurrence"],
          ["outsourcing.rework", 2, "per-occurrence"],
        ],
      ],
      ["etiquette", 6, undefined],
      ["training", 5, undefined],
    ]);
    expect(c.sections[1]!.criteria.map((x) => [x.id, x.max])).toEqual([
      ["attendance", 2.5],
      ["hygiene", 2.5],
    ]);
    expect(c.sections[2]!.criteria.map((x) => [x.id, x.max, x.rule])).toEqual([
      ["merit", 10, { kind: "bonus", pointsPerEvent: 10 }],
    ]);
    expect(c.fines?.map((f) => [f.id, f.minFen, f.maxFen])).toEqual([
      ["repeated-complaints", 10000, 20000],
      ["production-chaos", 10000, 20000],
      ["missing-record", 5000, 5000],
      ["major-loss", undefined, undefined],
    ]);
    expect(c.newStaff).toEqual({ trainingMonths: 1, probationMonths: 1 });
  });

  test("defineScorecard reports the gaps as warnings, exactly as the preset carries them", () => {
    const r = defineScorecard(KEFU_ASSESSMENT_CONFIG);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.warnings).toEqual(KEFU_ASSESSMENT_SCORECARD.warnings);
    expect(
      r.value.warnings.map((w) => [
        w.code,
        w.path,
        (w as { declared: number }).declared,
        (w as { sum: number }).sum,
      ]),
    ).toEqual([
      ["scoring/maxima-mismatch", ["sections", 0, "criteria", 1, "max"], 10, 8],
      ["scoring/maxima-mismatch", ["sections", 0, "max"], 50, 43],
    ]);
    expect(SEED_SCORECARD).toBe(KEFU_ASSESSMENT_SCORECARD);
  });

  test("strict mode turns the gaps into errors", () => {
    expect(errors(KEFU_ASSESSMENT_CONFIG, true)).toEqual([
      ["scoring/maxima-mismatch", ["sections", 0, "criteria", 1, "max"]],
      ["scoring/maxima-mismatch", ["sections", 0, "max"]],
    ]);
  });

  test("messages in English on request", () => {
    const r = defineScorecard(KEFU_ASSESSMENT_CONFIG, { locale: "en" });
    expect(r.ok && r.value.warnings[1]?.message).toBe(
      "work declares 50 points but its items add up to 43",
    );
  });
});

describe("configuration errors have codes and exact paths", () => {
  test("duplicate ids", () => {
    expect(
      errors(
        card({
          sections: [
            {
              id: "s",
              name: "S",
              criteria: [
                { id: "a", name: "A", max: 1, rule: per1 },
                { id: "g", name: "G", criteria: [{ id: "a", name: "A2", max: 1, rule: per1 }] },
              ],
            },
            { id: "s", name: "S2", criteria: [] },
          ],
          fines: [
            { id: "f", name: "F", minFen: 1 },
            { id: "f", name: "F2" },
          ],
          consequences: [
            { id: "q", name: "Q", full: true },
            { id: "q", name: "Q", below: 1 },
          ],
          streaks: [
            { id: "k", name: "K", section: "s", consecutive: 3 },
            { id: "k", name: "K", section: "s", inYear: 3 },
          ],
        }),
      ),
    ).toEqual([
      ["scoring/duplicate-id", ["sections", 0, "criteria", 1, "criteria", 0, "id"]],
      ["scoring/duplicate-id", ["sections", 1, "id"]],
      ["scoring/duplicate-id", ["fines", 1, "id"]],
      ["scoring/duplicate-id", ["consequences", 1, "id"]],
      ["scoring/duplicate-id", ["streaks", 1, "id"]],
    ]);
  });

  test("maxima that do not add up are warnings at the declaring field", () => {
    const r = defineScorecard(
      card({
        total: 3,
        sections: [
          {
            id: "s",
            name: "S",
            max: 4,
            criteria: [
              {
                id: "g",
                name: "G",
                max: 5,
                criteria: [{ id: "a", name: "A", max: 2, rule: per1 }],
              },
            ],
          },
        ],
      }),
    );
    expect(
      r.ok &&
        r.value.warnings.map((w) => [
          w.path,
          (w as { declared: number }).declared,
          (w as { sum: number }).sum,
        ]),
    ).toEqual([
      [["sections", 0, "criteria", 0, "max"], 5, 2],
      [["sections", 0, "max"], 4, 5],
      [["total"], 3, 4],
    ]);
  });

  test("points must be non-negative tenths", () => {
    expect(
      errors(
        card({
          sections: [
            {
              id: "s",
              name: "S",
              criteria: [
                { id: "a", name: "A", max: 2.25, rule: { kind: "per-occurrence", points: -1 } },
              ],
            },
          ],
        }),
      ),
    ).toEqual([
      ["scoring/invalid-points", ["sections", 0, "criteria", 0, "max"]],
      ["scoring/invalid-points", ["sections", 0, "criteria", 0, "rule", "points"]],
    ]);
    // 0.1 + 0.2 in binary is still three tenths.
    expect(
      errors(
        card({
          sections: [
            { id: "s", name: "S", criteria: [{ id: "a", name: "A", max: 0.1 + 0.2, rule: per1 }] },
          ],
        }),
      ),
    ).toEqual([]);
  });

  test("chances must split the maximum evenly", () => {
    expect(
      errors(
        card({
          sections: [
            {
              id: "s",
              name: "S",
              criteria: [{ id: "a", name: "A", max: 1, rule: { kind: "chances", chances: 3 } }],
            },
          ],
        }),
      ),
    ).toEqual([["scoring/invalid-chances", ["sections", 0, "criteria", 0, "rule", "chances"]]]);
  });

  const banded = (bands: unknown, range?: unknown) =>
    card({
      sections: [
        {
          id: "s",
          name: "S",
          criteria: [
            {
              id: "k",
              name: "K",
              max: 10,
              rule: { kind: "banded", bands, ...(range === undefined ? {} : { range }) } as never,
            },
          ],
        },
      ],
    });

  test("bands: overlap, gap, over the maximum, empty, open not last, reversed range", () => {
    const p = ["sections", 0, "criteria", 0, "rule"];
    expect(
      errors(
        banded([
          { from: 98, points: 10 },
          { from: 95, to: 98.5, points: 8 },
          { from: 0, to: 90, points: 0 },
        ]),
      ),
    ).toEqual([
      ["scoring/band-gap", [...p, "bands", 1, "from"]],
      ["scoring/band-overlap", [...p, "bands", 0, "from"]],
    ]);
    expect(
      errors(
        banded([
          { from: 10, to: 50, points: 11 },
          { from: 50, to: 90, points: 1 },
        ]),
      ),
    ).toEqual([
      ["scoring/band-over-max", [...p, "bands", 0, "points"]],
      ["scoring/band-gap", [...p, "bands", 0, "from"]],
      ["scoring/band-gap", [...p, "bands", 1, "to"]],
    ]);
    expect(
      errors(
        banded([
          { from: 0, points: 1 },
          { from: 50, to: 50, points: 1 },
        ]),
      ),
    ).toEqual([
      ["scoring/invalid-config", [...p, "bands", 0, "to"]],
      ["scoring/invalid-config", [...p, "bands", 1, "to"]],
      ["scoring/band-overlap", [...p, "bands", 1, "from"]],
    ]);
    expect(errors(banded([{ from: 0, points: 1 }], [5, 1]))).toEqual([
      ["scoring/invalid-config", [...p, "range"]],
    ]);
    const gap = defineScorecard(
      banded([
        { from: 98, points: 10 },
        { from: 95, to: 97, points: 8 },
        { from: 0, to: 95, points: 0 },
      ]),
      { locale: "en" },
    );
    expect(!gap.ok && gap.error[0]?.message).toBe("k: bands leave a gap from 97 to 98");
  });

  test("references: routes, consequence sections and fines, streak sections", () => {
    expect(
      errors(
        card({
          sections: [
            {
              id: "s",
              name: "S",
              criteria: [
                { id: "g", name: "G", criteria: [{ id: "a", name: "A", max: 2, rule: per1 }] },
              ],
            },
          ],
          routes: { complaint: "nope", late: "g", merit: "a" },
          consequences: [
            { id: "q", name: "Q", section: "zz", full: true, suggestFine: "ff" },
            { id: "r", name: "R" },
          ],
          streaks: [{ id: "k", name: "K", section: "yy" }],
        }),
      ),
    ).toEqual([
      ["scoring/unknown-reference", ["routes", "complaint"]],
      ["scoring/not-a-leaf", ["routes", "late"]],
      ["scoring/wrong-criterion-kind", ["routes", "merit"]],
      ["scoring/unknown-reference", ["consequences", 0, "section"]],
      ["scoring/unknown-reference", ["consequences", 0, "suggestFine"]],
      ["scoring/invalid-config", ["consequences", 1]],
      ["scoring/unknown-reference", ["streaks", 0, "section"]],
      ["scoring/invalid-config", ["streaks", 0]],
    ]);
  });

  test("criterion shapes: missing rule, rule on a group, missing max, critical with points, bonus in the wrong section", () => {
    expect(
      errors(
        card({
          sections: [
            {
              id: "s",
              name: "S",
              criteria: [
                { id: "a", name: "A", max: 1 },
                { id: "g", name: "G", rule: per1, criteria: [{ id: "b", name: "B", rule: per1 }] },
                { id: "c", name: "C", max: 1, rule: { kind: "critical" } },
                { id: "d", name: "D", max: 1, rule: { kind: "bonus" } },
              ],
            },
            {
              id: "t",
              name: "T",
              kind: "bonus",
              criteria: [{ id: "e", name: "E", max: 1, rule: per1 }],
            },
          ],
        }),
      ),
    ).toEqual([
      ["scoring/invalid-config", ["sections", 0, "criteria", 0, "rule"]],
      ["scoring/invalid-config", ["sections", 0, "criteria", 1, "rule"]],
      ["scoring/invalid-config", ["sections", 0, "criteria", 1, "criteria", 0, "max"]],
      ["scoring/invalid-config", ["sections", 0, "criteria", 2, "max"]],
      ["scoring/wrong-criterion-kind", ["sections", 0, "criteria", 3, "rule", "kind"]],
      ["scoring/wrong-criterion-kind", ["sections", 1, "criteria", 0, "rule", "kind"]],
    ]);
  });

  test("money: whole fen per tenth of a point, ranges not reversed", () => {
    expect(
      errors(
        card({
          sections: [
            {
              id: "s",
              name: "S",
              pay: { component: "assessment", fenPerPoint: 2005 },
              criteria: [{ id: "a", name: "A", max: 1, rule: per1 }],
            },
          ],
          fines: [{ id: "f", name: "F", minFen: 200, maxFen: 100 }],
          streaks: [
            { id: "k", name: "K", section: "s", consecutive: 2, rewardFen: { min: 3, max: 1 } },
          ],
        }),
      ),
    ).toEqual([
      ["scoring/invalid-money", ["sections", 0, "pay", "fenPerPoint"]],
      ["scoring/invalid-config", ["fines", 0, "minFen"]],
      ["scoring/invalid-config", ["streaks", 0, "rewardFen", "min"]],
    ]);
  });

  test("zod's issues come back as our own, never a ZodError", () => {
    const r = defineScorecard(
      {
        id: 1,
        name: "x",
        sections: [
          {
            id: "s",
            name: "S",
            foo: 1,
            pay: { component: "gold", fenPerPoint: -1 },
            criteria: [{ id: "a", name: "A", rule: { kind: "weird" } }],
          },
        ],
        newStaff: { trainingMonths: 500, probationMonths: 1 },
      },
      { locale: "en" },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => [e.code, e.path, (e as { reason: string }).reason])).toEqual([
      ["scoring/invalid-config", ["id"], "type"],
      ["scoring/invalid-config", ["sections", 0, "criteria", 0, "rule", "kind"], "value"],
      ["scoring/invalid-config", ["sections", 0, "pay", "component"], "value"],
      ["scoring/invalid-config", ["sections", 0, "pay", "fenPerPoint"], "too-small"],
      ["scoring/invalid-config", ["sections", 0, "foo"], "unknown-key"],
      ["scoring/invalid-config", ["newStaff", "trainingMonths"], "too-big"],
    ]);
    expect(r.error[0]?.message).toBe("invalid configuration: wrong type (expected string)");
    for (const e of r.error) {
      expect(Object.keys(e).sort()).toEqual(
        Object.keys(e)
          .filter((k) => ["code", "message", "path", "reason", "expected"].includes(k))
          .sort(),
      );
      expect(e).not.toBeInstanceOf(Error);
    }
    expect(errors(null)).toEqual([["scoring/invalid-config", []]]);
  });

  test("never throws on any input", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = defineScorecard(value);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.double(), (id, max) => {
        defineScorecard({
          id,
          name: id,
          sections: [
            {
              id,
              name: id,
              max,
              criteria: [{ id, name: id, max, rule: { kind: "chances", chances: 2 } }],
            },
          ],
        });
      }),
      { numRuns: 300 },
    );
  });
});

test("the custom scorecard of docs/scoring.md is valid and scores as described", async () => {
  const { scoreMonth } = await import("kuaidi-kefu/scoring");
  const result = defineScorecard({
    id: "express-desk",
    name: "快递客服考核",
    total: 20,
    sections: [
      {
        id: "ops",
        name: "运营",
        pay: { component: "assessment", fenPerPoint: 5000 },
        criteria: [
          {
            id: "pickup-rate",
            name: "及时提货率",
            max: 10,
            rule: {
              kind: "banded",
              bands: [
                { from: 98, points: 10 },
                { from: 95, to: 98, points: 8 },
                { from: 0, to: 95, points: 0 },
              ],
            },
          },
          {
            id: "sms",
            name: "派单短信 3 分钟内发出",
            max: 5,
            rule: { kind: "per-occurrence", points: 0.5 },
          },
          { id: "leak", name: "泄露客户信息", rule: { kind: "critical" } },
        ],
      },
      {
        id: "extra",
        name: "奖励",
        kind: "bonus",
        criteria: [
          { id: "praise", name: "客户表扬", max: 5, rule: { kind: "bonus", pointsPerEvent: 1 } },
        ],
      },
    ],
    routes: { merit: "praise" },
    consequences: [{ id: "coach", name: "辅导", section: "ops", below: 8 }],
  });
  expect(result.ok && result.value.warnings).toEqual([]);
  if (!result.ok) return;
  const r = scoreMonth(result.value, [
    { id: "k", at: 1, type: "kpi", criterion: "pickup-rate", value: 96.4 },
    { id: "s1", at: 2, type: "check-failed", criterion: "sms", count: 3 },
    { id: "p1", at: 3, type: "merit" },
  ]);
  // ops: 15 − 2 (band 8 of 10) − 1.5 (3 × 0.5) = 11.5; extra: 1.
  expect([r.sections[0]?.points, r.sections[1]?.points, r.total, r.pay.assessmentFen]).toEqual([
    11.5, 1, 12.5, 57_500,
  ]);
  expect(r.consequences).toEqual([]);
});
