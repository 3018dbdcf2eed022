import { describe, expect, test } from "vitest";
import {
  defineScorecard,
  scoreMonth,
  SEED_SCORECARD,
  type ScorecardConfig,
  type ScoringEvent,
} from "kuaidi-kefu/scoring";
import { mar, PAY, WALKTHROUGH } from "./fixtures.ts";

const opts = { agentId: "8011", month: "2011-03", pay: PAY };
const codes = (r: { issues: readonly { code: string; path?: readonly (string | number)[] }[] }) =>
  r.issues.map((i) => [i.code, i.path]);
const points = (r: ReturnType<typeof scoreMonth>, id: string): number | undefined => {
  const walk = (
    list: readonly { id: string; points: number; criteria: readonly never[] }[],
  ): number | undefined => {
    for (const c of list) {
      if (c.id === id) return c.points;
      const inner = walk(c.criteria);
      if (inner !== undefined) return inner;
    }
    return undefined;
  };
  return walk(r.sections as never);
};

describe("seed 003 scheme, exact numbers", () => {
  test("the guide's walkthrough month", () => {
    const r = scoreMonth(SEED_SCORECARD, WALKTHROUGH, opts);
    expect(r.issues).toEqual([]);
    expect(r.sections.map((s) => [s.id, s.points, s.max, s.lost, s.gained, s.full])).toEqual([
      ["work", 43, 50, 7, 0, false],
      ["attendance-hygiene", 3.5, 5, 1.5, 0, false],
      ["special", 5, 10, 0, 5, false],
    ]);
    expect(r.total).toBe(51.5);
    expect(r.max).toBe(65);
    expect(points(r, "complaints")).toBe(6);
    expect(points(r, "complaints.record")).toBe(0);
    expect(points(r, "complaints.on-time")).toBe(1);
    expect(points(r, "complaints.satisfaction")).toBe(1);
    expect(points(r, "dispatch-register")).toBe(1);
    expect(points(r, "etiquette")).toBe(5);
    expect(points(r, "attendance")).toBe(2);
    expect(points(r, "hygiene")).toBe(1.5);
    // Two chances on complaints.record: the third failure finds nothing left to lose.
    expect(
      r.entries
        .filter((e) => e.criterion === "complaints.record")
        .map((e) => [e.eventId, e.points, e.requested]),
    ).toEqual([
      ["chk-0305", 1, 1],
      ["chk-0315", 1, 1],
      ["chk-0325", 0, 1],
    ]);
    expect(r.entries.map((e) => [e.kind, e.criterion, e.eventId, e.points])).toEqual([
      ["deduction", "complaints.record", "chk-0305", 1],
      ["deduction", "attendance", "att-0307", 0.5],
      ["deduction", "etiquette", "v-badge", 1],
      ["deduction", "complaints.on-time", "late-0312", 1],
      ["deduction", "complaints.record", "chk-0315", 1],
      ["deduction", "dispatch-register", "v-dispatch", 2],
      ["deduction", "hygiene", "hyg-0321", 1],
      ["deduction", "complaints.record", "chk-0325", 0],
      ["bonus", "merit", "merit-0328", 5],
      ["deduction", "complaints.satisfaction", "srv-4", 1],
    ]);
    expect(r.sections[0]?.criteria[0]?.eventIds).toEqual([
      "chk-0305",
      "chk-0315",
      "chk-0325",
      "late-0312",
      "srv-4",
    ]);
    expect(r.fines).toEqual([
      {
        eventId: "fine-0329",
        fine: "missing-record",
        name: "具体工作未做详细记录",
        amountFen: 5000,
      },
    ]);
    expect(r.pay).toEqual({
      baseFen: 150_000,
      allowanceFen: 20_000,
      assessmentFen: 86_000, // 43 points × 20 yuan
      attendanceBonusFen: 7_000, // 3.5 × 20 yuan
      specialBonusFen: 10_000, // 5 × 20 yuan
      rewardFen: 0,
      finesFen: 5_000,
      totalFen: 268_000,
    });
    expect(r.consequences).toEqual([
      {
        id: "fine:missing-record",
        kind: "fine",
        name: "具体工作未做详细记录",
        rewardFen: 0,
        amountFen: 5000,
        eventIds: ["fine-0329"],
      },
    ]);
  });

  test("a clean month is full marks: praise and 50 yuan", () => {
    const r = scoreMonth(SEED_SCORECARD, [], opts);
    expect(r.sections.map((s) => s.points)).toEqual([50, 5, 0]);
    expect(r.sections[0]?.full).toBe(true);
    expect(r.total).toBe(55);
    expect(r.consequences).toEqual([
      {
        id: "praise",
        kind: "threshold",
        name: "部门内部表扬并奖励 50 元",
        rewardFen: 5000,
        eventIds: [],
      },
    ]);
    expect(r.pay.assessmentFen).toBe(100_000);
    expect(r.pay.totalFen).toBe(150_000 + 20_000 + 100_000 + 10_000 + 5_000);
    expect(r.issues).toEqual([]);
  });

  test("below 25 work points: a week off post for training", () => {
    const events: ScoringEvent[] = [
      ...[
        "consulting.rules",
        "consulting.process",
        "dispatch-register",
        "outsourcing.outsourced",
        "outsourcing.rework",
        "etiquette",
        "training",
      ].map((criterion, i): ScoringEvent => ({
        id: `v${i}`,
        at: mar(2 + i),
        type: "rule-violation",
        criterion,
        count: 9,
      })),
      ...[
        "complaints.process",
        "complaints.facts",
        "complaints.record",
        "complaints.on-time",
        "complaints.satisfaction",
      ].map((criterion, i): ScoringEvent => ({
        id: `c${i}`,
        at: mar(12 + i),
        type: "check-failed",
        criterion,
        count: 2,
      })),
    ];
    const r = scoreMonth(SEED_SCORECARD, events, { ...opts, locale: "en" });
    // 50 − 23 (items 3-7 entirely) − 10 (item 1 entirely) = 17; the 7 unlisted points stay.
    expect(r.sections[0]?.points).toBe(17);
    expect(r.consequences.map((c) => [c.id, c.name])).toEqual([
      ["training", "Off post for a week of intensive training"],
    ]);
    expect(r.pay.assessmentFen).toBe(34_000);
    expect(r.sections[0]?.criteria.find((c) => c.id === "etiquette")).toMatchObject({
      points: 0,
      lost: 6,
    });
  });

  test("repeated complaints: the fine the source calls for is suggested, imposed fines respect ranges", () => {
    const r = scoreMonth(
      SEED_SCORECARD,
      [
        { id: "cmp-1", at: mar(3), type: "complaint" },
        { id: "cmp-2", at: mar(9), type: "complaint" },
        { id: "f-1", at: mar(10), type: "fine", fine: "repeated-complaints", amountFen: 15_000 },
        { id: "f-2", at: mar(11), type: "fine", fine: "production-chaos", amountFen: 30_000 },
        { id: "f-3", at: mar(12), type: "fine", fine: "production-chaos" },
        { id: "f-4", at: mar(13), type: "fine", fine: "major-loss" },
        { id: "f-5", at: mar(14), type: "fine", fine: "major-loss", amountFen: 123_456 },
      ],
      opts,
    );
    expect(points(r, "complaints.satisfaction")).toBe(0);
    expect(r.consequences[0]).toEqual({
      id: "repeated-complaints",
      kind: "events",
      name: "多次客户投诉，应罚款 100-200 元",
      rewardFen: 0,
      suggestedFine: { fine: "repeated-complaints", minFen: 10_000, maxFen: 20_000 },
      eventIds: ["cmp-1", "cmp-2"],
    });
    expect(r.fines.map((f) => [f.eventId, f.amountFen])).toEqual([
      ["f-1", 15_000],
      ["f-2", 20_000],
      ["f-3", 10_000],
      ["f-4", 0],
      ["f-5", 123_456],
    ]);
    expect(r.pay.finesFen).toBe(168_456);
    expect(codes(r)).toEqual([
      ["scoring/fine-out-of-range", ["events", 3, "amountFen"]],
      ["scoring/fine-amount-required", ["events", 5, "amountFen"]],
    ]);
  });

  test("attendance and hygiene marks are capped at 2.5 each; merits at 10", () => {
    const r = scoreMonth(
      SEED_SCORECARD,
      [
        { id: "a1", at: mar(1), type: "attendance", points: 2 },
        { id: "a2", at: mar(2), type: "attendance", points: 1 },
        { id: "h1", at: mar(3), type: "hygiene", points: 0.3 },
        { id: "m1", at: mar(4), type: "merit" },
        { id: "m2", at: mar(5), type: "merit", points: 3 },
      ],
      opts,
    );
    expect(r.sections.map((s) => s.points)).toEqual([50, 2.2, 10]);
    expect(r.entries.map((e) => [e.eventId, e.points, e.requested])).toEqual([
      ["a1", 2, 2],
      ["a2", 0.5, 1],
      ["h1", 0.3, 0.3],
      ["m1", 10, 10],
      ["m2", 0, 3],
    ]);
    expect(r.sections[2]?.full).toBe(true);
    // 2.2 points × 20 yuan = 44 yuan exactly, no float drift.
    expect(r.pay.attendanceBonusFen).toBe(4_400);
  });
});

describe("new staff phases decide the pay slip", () => {
  const hired = "2011-03-20T09:00:00+08:00";
  const events: ScoringEvent[] = [{ id: "f", at: mar(25), type: "fine", fine: "missing-record" }];
  test("month 1 training: base pay only (fines still apply)", () => {
    const r = scoreMonth(SEED_SCORECARD, events, { ...opts, hireDate: hired });
    expect([r.phase, r.monthOfService]).toEqual(["training", 1]);
    expect(r.pay).toEqual({
      baseFen: 150_000,
      allowanceFen: 0,
      assessmentFen: 0,
      attendanceBonusFen: 0,
      specialBonusFen: 0,
      rewardFen: 0,
      finesFen: 5_000,
      totalFen: 145_000,
    });
  });
  test("month 2 probation: base + assessment pay", () => {
    const r = scoreMonth(SEED_SCORECARD, [], { ...opts, month: "2011-04", hireDate: hired });
    expect([r.phase, r.monthOfService]).toEqual(["probation", 2]);
    expect(r.pay.totalFen).toBe(150_000 + 100_000);
  });
  test("month 3 regular", () => {
    const r = scoreMonth(SEED_SCORECARD, [], {
      ...opts,
      month: "2011-05",
      hireDate: new Date(hired),
    });
    expect([r.phase, r.monthOfService]).toEqual(["regular", 3]);
    expect(r.pay.totalFen).toBe(285_000);
  });
  test("a hire date after the month, or malformed, is reported", () => {
    expect(
      codes(scoreMonth(SEED_SCORECARD, [], { ...opts, hireDate: "2011-06-01T00:00:00+08:00" })),
    ).toEqual([["scoring/invalid-option", ["options", "hireDate"]]]);
    expect(codes(scoreMonth(SEED_SCORECARD, [], { ...opts, hireDate: "someday" }))).toEqual([
      ["scoring/invalid-option", ["options", "hireDate"]],
    ]);
  });
});

describe("China time", () => {
  test("months are counted at UTC+08:00 whatever the process time zone", () => {
    const events: ScoringEvent[] = [
      { id: "early", at: "2011-02-28T16:30:00Z", type: "rule-violation", criterion: "etiquette" }, // 1 March 00:30 in China
      { id: "late", at: "2011-03-31T16:30:00Z", type: "rule-violation", criterion: "etiquette" }, // 1 April 00:30 in China
      { id: "ms", at: Date.UTC(2011, 2, 15, 2), type: "rule-violation", criterion: "training" },
    ];
    const r = scoreMonth(SEED_SCORECARD, events, opts);
    expect(r.entries.map((e) => e.eventId)).toEqual(["early", "ms"]);
    expect(r.issues).toEqual([
      {
        code: "scoring/event-outside-month",
        message: "事件属于 2011-04，不在考核月 2011-03 内，已忽略",
        path: ["events", 1, "at"],
        month: "2011-03",
        eventMonth: "2011-04",
      },
    ]);
    const utc = scoreMonth(SEED_SCORECARD, events, { ...opts, utcOffsetMinutes: 0 });
    expect(utc.entries.map((e) => e.eventId)).toEqual(["ms", "late"]);
  });

  test("a time without an offset is refused rather than read in the process zone", () => {
    const r = scoreMonth(
      SEED_SCORECARD,
      [{ id: "x", at: "2011-03-10T10:00:00", type: "late" }],
      opts,
    );
    expect(codes(r)).toEqual([["scoring/invalid-event", ["events", 0, "at"]]]);
  });
});

describe("bad input becomes issues, nothing throws", () => {
  test("every kind of bad event is reported with its path and ignored", () => {
    const events = [
      null,
      { id: "", at: mar(1), type: "late" },
      { id: "a", at: mar(1), type: "gossip" },
      { id: "b", at: "yesterday", type: "late" },
      { id: "c", at: mar(1), type: "check-failed", criterion: "nope" },
      { id: "d", at: mar(1), type: "check-failed", criterion: "complaints" },
      { id: "e", at: mar(1), type: "merit", criterion: "etiquette" },
      { id: "f", at: mar(1), type: "rule-violation", criterion: "etiquette", count: -1 },
      { id: "g", at: mar(1), type: "rule-violation", criterion: "etiquette", count: 1.5 },
      { id: "h", at: mar(1), type: "check-failed" },
      { id: "i", at: mar(1), type: "attendance" },
      { id: "j", at: mar(1), type: "attendance", points: -1 },
      { id: "k", at: mar(1), type: "survey", satisfied: "yes" },
      { id: "l", at: mar(1), type: "fine", fine: "bribe" },
      { id: "m", at: mar(1), type: "fine", fine: 3 },
      { id: "n", at: mar(1), type: "fine", fine: "missing-record", amountFen: -5 },
      { id: "o", at: mar(1), type: "kpi", criterion: "etiquette", value: 1 },
      { id: "p", at: mar(1), type: "late", criterion: 7 },
      { id: "q", at: mar(1), type: "rule-violation", criterion: "etiquette" },
      { id: "q", at: mar(2), type: "rule-violation", criterion: "training" },
    ] as unknown as ScoringEvent[];
    const r = scoreMonth(SEED_SCORECARD, events, opts);
    expect(codes(r)).toEqual([
      ["scoring/invalid-event", ["events", 0]],
      ["scoring/invalid-event", ["events", 1, "id"]],
      ["scoring/invalid-event", ["events", 2, "type"]],
      ["scoring/invalid-event", ["events", 3, "at"]],
      ["scoring/unknown-criterion", ["events", 4, "criterion"]],
      ["scoring/not-a-leaf", ["events", 5, "criterion"]],
      ["scoring/wrong-criterion-kind", ["events", 6, "criterion"]],
      ["scoring/invalid-count", ["events", 7, "count"]],
      ["scoring/invalid-count", ["events", 8, "count"]],
      ["scoring/invalid-event", ["events", 9, "criterion"]],
      ["scoring/missing-points", ["events", 10, "points"]],
      ["scoring/invalid-points", ["events", 11, "points"]],
      ["scoring/invalid-event", ["events", 12, "satisfied"]],
      ["scoring/unknown-fine", ["events", 13, "fine"]],
      ["scoring/invalid-event", ["events", 14, "fine"]],
      ["scoring/invalid-count", ["events", 15, "amountFen"]],
      ["scoring/wrong-criterion-kind", ["events", 16, "criterion"]],
      ["scoring/invalid-event", ["events", 17, "criterion"]],
      ["scoring/duplicate-event-id", ["events", 19, "id"]],
    ]);
    expect(r.entries.map((e) => e.eventId)).toEqual(["q"]);
    expect(r.total).toBe(54);
  });

  test("bad options are reported and defaulted", () => {
    const r = scoreMonth(SEED_SCORECARD, "nope" as never, {
      month: "2011-13",
      utcOffsetMinutes: 9999,
      pay: { baseFen: -1, allowanceFen: 1.5 },
      maxEvents: -3,
      agentId: 5 as never,
    });
    expect(codes(r)).toEqual([
      ["scoring/invalid-option", ["options", "utcOffsetMinutes"]],
      ["scoring/invalid-month", ["options", "month"]],
      ["scoring/invalid-count", ["options", "pay", "baseFen"]],
      ["scoring/invalid-count", ["options", "pay", "allowanceFen"]],
      ["scoring/invalid-option", ["options", "maxEvents"]],
      ["scoring/invalid-event", ["events"]],
    ]);
    expect([r.month, r.agentId, r.total]).toEqual([null, null, 55]);
  });

  test("too many events: the first maxEvents are used", () => {
    const events: ScoringEvent[] = Array.from({ length: 5 }, (_, i) => ({
      id: `v${i}`,
      at: mar(1 + i),
      type: "rule-violation",
      criterion: "training",
    }));
    const r = scoreMonth(SEED_SCORECARD, events, { ...opts, maxEvents: 3 });
    expect(codes(r)).toEqual([["scoring/too-many-events", ["events"]]]);
    expect(r.sections[0]?.points).toBe(47);
  });

  test("an invalid scorecard gives an empty report with its issues", () => {
    const r = scoreMonth({ kind: "scorecard", config: { id: "x" }, warnings: [] } as never, [], {
      pay: { baseFen: 100 },
    });
    expect(r.issues[0]?.code).toBe("scoring/invalid-scorecard");
    expect(r.issues.length).toBeGreaterThan(1);
    expect([r.total, r.sections, r.pay.totalFen]).toEqual([0, [], 100]);
    expect(scoreMonth(null as never, [], { month: "2011-03" }).month).toBe("2011-03");
  });

  test("a raw configuration works as a scorecard", () => {
    const r = scoreMonth(
      {
        id: "mini",
        name: "mini",
        sections: [
          {
            id: "s",
            name: "S",
            criteria: [
              { id: "a", name: "A", max: 3, rule: { kind: "per-occurrence", points: 1.5 } },
            ],
          },
        ],
      } as never,
      [{ id: "1", at: 0, type: "check-failed", criterion: "a", count: 3 }],
    );
    expect([r.scorecard, r.total, r.max, r.entries[0]?.requested, r.entries[0]?.points]).toEqual([
      "mini",
      0,
      3,
      4.5,
      3,
    ]);
  });
});

describe("banded KPIs, survey rates, critical criteria", () => {
  const config: ScorecardConfig = {
    id: "kpi",
    name: "KPI card",
    sections: [
      {
        id: "ops",
        name: "运营",
        nameEn: "Operations",
        pay: { component: "assessment", fenPerPoint: 1000 },
        criteria: [
          {
            id: "on-time",
            name: "及时提货率",
            max: 10,
            rule: {
              kind: "banded",
              bands: [
                { from: 98, points: 10 },
                { from: 95, to: 98, points: 8 },
                { from: 90, to: 95, points: 5 },
                { from: 0, to: 90, points: 0 },
              ],
            },
          },
          {
            id: "csat",
            name: "满意度",
            max: 5,
            rule: {
              kind: "banded",
              source: "survey",
              whenMissing: "zero",
              bands: [
                { from: 90, points: 5 },
                { from: 80, to: 90, points: 3 },
                { from: 0, to: 80, points: 0 },
              ],
            },
          },
          { id: "leak", name: "泄露客户信息", rule: { kind: "critical" } },
        ],
      },
      {
        id: "bonus",
        name: "奖励",
        kind: "bonus",
        criteria: [{ id: "kudos", name: "表扬", max: 3, rule: { kind: "bonus" } }],
      },
    ],
    routes: { survey: "csat" },
  };
  const defined = defineScorecard(config);
  if (!defined.ok) throw new Error("fixture scorecard must be valid");
  const card = defined.value;

  test("a KPI value maps to its band; the latest value counts", () => {
    const r = scoreMonth(card, [
      { id: "k1", at: 1, type: "kpi", criterion: "on-time", value: 99 },
      { id: "k2", at: 2, type: "kpi", criterion: "on-time", value: 96.5 },
      ...Array.from({ length: 10 }, (_, i): ScoringEvent => ({
        id: `s${i}`,
        at: 3,
        type: "survey",
        satisfied: i < 9,
      })),
    ]);
    expect(r.sections[0]?.criteria.map((c) => [c.id, c.points, c.value])).toEqual([
      ["on-time", 8, 96.5],
      ["csat", 5, 90],
      ["leak", 0, undefined],
    ]);
    expect(
      r.entries.filter((e) => e.kind === "band").map((e) => [e.criterion, e.eventId, e.points]),
    ).toEqual([
      ["on-time", "k2", 2],
      ["csat", "s9", 0],
    ]);
    expect(r.pay.assessmentFen).toBe(13 * 1000);
  });

  test("missing values: full by default, zero when configured, with a warning", () => {
    const r = scoreMonth(card, [], { locale: "en" });
    expect(r.sections[0]?.points).toBe(10);
    expect(r.issues.map((i) => i.message)).toEqual([
      "on-time has no value this month; scored as full",
      "csat has no value this month; scored as zero",
    ]);
  });

  test("a value outside every band scores zero with an issue", () => {
    const r = scoreMonth(card, [{ id: "k", at: 1, type: "kpi", criterion: "on-time", value: -4 }]);
    expect(codes(r)[0]).toEqual(["scoring/value-outside-bands", ["scorecard", "on-time"]]);
    expect(r.sections[0]?.criteria[0]?.points).toBe(0);
  });

  test("a critical criterion zeroes its section and names the events", () => {
    const r = scoreMonth(card, [
      { id: "k", at: 1, type: "kpi", criterion: "on-time", value: 100 },
      { id: "x", at: 2, type: "check-failed", criterion: "leak" },
      { id: "b", at: 3, type: "merit", criterion: "kudos", points: 2 },
    ]);
    expect(r.sections.map((s) => [s.id, s.points, s.full, s.zeroedBy])).toEqual([
      ["ops", 0, false, ["x"]],
      ["bonus", 2, false, []],
    ]);
    expect(r.entries.find((e) => e.kind === "critical")).toEqual({
      kind: "critical",
      criterion: "leak",
      eventId: "x",
      points: 0,
      requested: 0,
    });
    expect(r.total).toBe(2);
  });

  test("a bonus criterion without a default needs the event's points", () => {
    const r = scoreMonth(card, [{ id: "b", at: 3, type: "merit", criterion: "kudos" }]);
    expect(codes(r)).toContainEqual(["scoring/missing-points", ["events", 0, "points"]]);
  });

  test("events the scorecard has no route for", () => {
    const r = scoreMonth(card, [{ id: "c", at: 3, type: "complaint" }]);
    expect(codes(r)).toContainEqual(["scoring/unrouted-event", ["events", 0]]);
  });
});
