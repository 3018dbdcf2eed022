import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  scoreMonth,
  SEED_SCORECARD,
  type MonthReport,
  type ScoringEvent,
} from "kuaidi-kefu/scoring";

const LEAVES = [
  "complaints.process",
  "complaints.facts",
  "complaints.record",
  "complaints.on-time",
  "complaints.satisfaction",
  "production.key-accounts",
  "production.rush-delivered",
  "production.rush-recorded",
  "production.rush-satisfaction",
  "consulting.rules",
  "consulting.process",
  "dispatch-register",
  "outsourcing.outsourced",
  "outsourcing.rework",
  "etiquette",
  "training",
];
// Any instant of March 2011 in China time.
const START = Date.UTC(2011, 1, 28, 16);
const END = Date.UTC(2011, 2, 31, 16) - 1;
const at = fc.integer({ min: START, max: END });
const tenths = (max: number) => fc.integer({ min: 0, max }).map((t) => t / 10);

const body: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({
    type: fc.constantFrom("check-failed", "rule-violation"),
    criterion: fc.constantFrom(...LEAVES),
    count: fc.integer({ min: 0, max: 4 }),
  }),
  fc.record({ type: fc.constantFrom("complaint", "late") }),
  fc.record({ type: fc.constant("survey"), satisfied: fc.boolean() }),
  fc.record({ type: fc.constantFrom("attendance", "hygiene"), points: tenths(30) }),
  fc.record({ type: fc.constant("merit"), points: tenths(150) }),
  fc.record({
    type: fc.constant("fine"),
    fine: fc.constantFrom("repeated-complaints", "production-chaos", "missing-record"),
  }),
  fc.record({
    type: fc.constant("fine"),
    fine: fc.constantFrom("repeated-complaints", "production-chaos"),
    amountFen: fc.integer({ min: 10_000, max: 20_000 }),
  }),
);
const events: fc.Arbitrary<ScoringEvent[]> = fc
  .array(fc.tuple(at, body), { maxLength: 60 })
  .map((list) =>
    list.map(([t, b], i) => ({ id: `e${i}`, at: t, ...b }) as unknown as ScoringEvent),
  );

const options = { agentId: "a", month: "2011-03", pay: { baseFen: 150_000, allowanceFen: 20_000 } };
const score = (list: readonly ScoringEvent[]): MonthReport =>
  scoreMonth(SEED_SCORECARD, list, options);

describe("properties of scoreMonth under the seed scheme", () => {
  test("every section and the total stay within [0, max]; money is whole fen", () => {
    fc.assert(
      fc.property(events, (list) => {
        const r = score(list);
        expect(r.issues).toEqual([]);
        let sum = 0;
        for (const s of r.sections) {
          expect(s.points).toBeGreaterThanOrEqual(0);
          expect(s.points).toBeLessThanOrEqual(s.max);
          sum += s.points * 10;
          for (const c of s.criteria) {
            expect(c.points).toBeGreaterThanOrEqual(0);
            expect(c.points).toBeLessThanOrEqual(c.max);
          }
        }
        expect(r.total * 10).toBe(Math.round(sum));
        expect(r.total).toBeLessThanOrEqual(65);
        for (const v of Object.values(r.pay)) expect(Number.isSafeInteger(v)).toBe(true);
        // Deductions actually applied add up to what the sections lost.
        const lost = r.entries
          .filter((e) => e.kind === "deduction")
          .reduce((a, e) => a + Math.round(e.points * 10), 0);
        expect(lost).toBe(
          r.sections
            .filter((s) => s.id !== "special")
            .reduce((a, s) => a + Math.round(s.lost * 10), 0),
        );
      }),
      { numRuns: 300 },
    );
  });

  test("the order of the events does not matter", () => {
    fc.assert(
      fc.property(
        events.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        ),
        ([list, shuffled]) => {
          expect(score(shuffled)).toEqual(score(list));
        },
      ),
      { numRuns: 200 },
    );
  });

  test("one more deduction never raises a score", () => {
    fc.assert(
      fc.property(
        events,
        fc.constantFrom(...LEAVES),
        at,
        fc.constantFrom(
          "check-failed",
          "rule-violation",
          "complaint",
          "late",
          "attendance",
          "hygiene",
        ),
        (list, criterion, t, type) => {
          const before = score(list);
          const extra = {
            id: "extra",
            at: t,
            type,
            ...(type === "check-failed" || type === "rule-violation" ? { criterion } : {}),
            ...(type === "attendance" || type === "hygiene" ? { points: 0.5 } : {}),
          } as unknown as ScoringEvent;
          const after = score([...list, extra]);
          expect(after.total).toBeLessThanOrEqual(before.total);
          after.sections.forEach((s, k) =>
            expect(s.points).toBeLessThanOrEqual(before.sections[k]?.points ?? Infinity),
          );
          expect(after.pay.assessmentFen).toBeLessThanOrEqual(before.pay.assessmentFen);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("never throws, whatever the events and options", () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 20 }), fc.anything(), (list, opts) => {
        const r = scoreMonth(
          SEED_SCORECARD,
          list as ScoringEvent[],
          (typeof opts === "object" && opts !== null ? opts : undefined) as never,
        );
        expect(Array.isArray(r.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (id, text) => {
        scoreMonth(
          SEED_SCORECARD,
          [{ id, at: text, type: "late", criterion: text } as unknown as ScoringEvent],
          { month: text, agentId: text },
        );
      }),
      { numRuns: 300 },
    );
  });

  test("a 100 KB id or note is handled", () => {
    const big = "投".repeat(100_000);
    const r = score([
      { id: big, at: START, type: "late" },
      { id: "n", at: START, type: "late", note: big },
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(["scoring/invalid-event"]);
    expect(r.sections[0]?.points).toBe(49);
  });
});
