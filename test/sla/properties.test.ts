import fc from "fast-check";
import {
  evaluateSla,
  nextFollowUps,
  pickupDeadline,
  PRESET_POLICIES,
  prioritizeRushRequests,
  shippingDeadline,
  timelyPickupRate,
  webOrderReviewDeadline,
  type SlaEvent,
} from "kuaidi-kefu/sla";
import { describe, expect, it } from "vitest";

// 2007-01-01 .. 2026-12-31 in China time: the years the built-in holiday data covers.
const FROM = Date.UTC(2006, 11, 31, 16);
const TO = Date.UTC(2026, 11, 31, 15);
const instant = fc.integer({ min: FROM, max: TO });
const dayCounting = fc.constantFrom("calendar" as const, "working" as const);

describe("deadline properties", () => {
  it("a pickup deadline is never before the order", () => {
    fc.assert(
      fc.property(instant, dayCounting, (t, days) => {
        const r = pickupDeadline(t, { days });
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.due.getTime()).toBeGreaterThanOrEqual(t);
      }),
      { numRuns: 500 },
    );
  });

  it("pickup and shipping deadlines are monotone in the order time", () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 3 * 86_400_000 }),
        dayCounting,
        (t, gap, days) => {
          const a = pickupDeadline(t, { days });
          const b = pickupDeadline(t + gap, { days });
          if (a.ok && b.ok)
            expect(b.value.due.getTime()).toBeGreaterThanOrEqual(a.value.due.getTime());
          const s1 = shippingDeadline(t, { days });
          const s2 = shippingDeadline(t + gap, { days });
          if (s1.ok && s2.ok)
            expect(s2.value.due.getTime()).toBeGreaterThanOrEqual(s1.value.due.getTime());
        },
      ),
      { numRuns: 500 },
    );
  });

  it("web-order review is never before the order, monotone within a case, and fully monotone with grace ≥ within", () => {
    // With the seed's rules (30 minutes in shift, night orders at the opening), an order in the
    // last 30 minutes of the shift can be due after one placed just after closing.
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 86_400_000 }), (t, gap) => {
        const a = webOrderReviewDeadline(t);
        const b = webOrderReviewDeadline(t + gap);
        expect(a.ok && b.ok).toBe(true);
        if (a.ok && b.ok) {
          expect(a.value.due.getTime()).toBeGreaterThanOrEqual(t);
          if (a.value.band === b.value.band)
            expect(b.value.due.getTime()).toBeGreaterThanOrEqual(a.value.due.getTime());
        }
        const c = webOrderReviewDeadline(t, { grace: { minutes: 30 } });
        const d = webOrderReviewDeadline(t + gap, { grace: { minutes: 30 } });
        if (c.ok && d.ok)
          expect(d.value.due.getTime()).toBeGreaterThanOrEqual(c.value.due.getTime());
      }),
      { numRuns: 300 },
    );
  });
});

const policies = Object.values(PRESET_POLICIES);

describe("engine properties", () => {
  it("a pause never brings a due time forward, and the due time is never before the start", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...policies),
        instant,
        fc.integer({ min: 0, max: 5 * 86_400_000 }),
        fc.integer({ min: 0, max: 5 * 86_400_000 }),
        (policy, start, pauseAfter, pauseFor) => {
          const startType = policy.targets[0].start[0];
          const base: SlaEvent[] = [{ type: startType, at: start }];
          const withPause: SlaEvent[] = [
            ...base,
            { type: "paused", at: start + pauseAfter },
            { type: "resumed", at: start + pauseAfter + pauseFor },
          ];
          const now = start + pauseAfter + pauseFor + 1;
          const a = evaluateSla(policy, base, now);
          const b = evaluateSla(policy, withPause, now);
          if (!a.ok || !b.ok) return; // beyond the covered years
          for (let i = 0; i < a.value.targets.length; i++) {
            const x = a.value.targets[i];
            const y = b.value.targets[i];
            if (x?.due && y?.due) {
              expect(y.due.getTime()).toBeGreaterThanOrEqual(x.due.getTime());
              expect(x.due.getTime()).toBeGreaterThanOrEqual(start);
            }
            if (x && y) expect(y.elapsed.calendarMs).toBeLessThanOrEqual(x.elapsed.calendarMs);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("answers are finite numbers: no NaN, remaining and elapsed never negative", () => {
    const types = fc.constantFrom(
      "created",
      "confirmed",
      "dispatched",
      "paused",
      "resumed",
      "resolved",
      "answered",
      "followed-up",
      "overdue",
      "picked-up",
      "x",
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...policies),
        fc.array(fc.tuple(types, fc.integer({ min: 0, max: 20 * 86_400_000 })), { maxLength: 12 }),
        instant,
        fc.integer({ min: 0, max: 30 * 86_400_000 }),
        (policy, raw, start, later) => {
          const events = raw
            .map(([type, off]) => ({ type, at: start + off }))
            .sort((p, q) => p.at - q.at);
          const r = evaluateSla(policy, events, start + later);
          if (!r.ok) return;
          for (const t of r.value.targets) {
            for (const v of [t.elapsed.calendarMs, t.elapsed.businessMs, t.pausedMs, t.usedShare]) {
              expect(Number.isFinite(v)).toBe(true);
              expect(v).toBeGreaterThanOrEqual(0);
            }
            for (const d of [t.due, t.startedAt, t.stoppedAt, t.warningAt])
              if (d) expect(Number.isNaN(d.getTime())).toBe(false);
            if (t.remaining) {
              expect(t.remaining.calendarMs).toBeGreaterThanOrEqual(0);
              expect(t.remaining.businessMs).toBeGreaterThanOrEqual(0);
            }
            expect(t.elapsed.businessMs).toBeLessThanOrEqual(t.elapsed.calendarMs);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on anything", () => {
    const anything = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.double(),
      fc.integer(),
      fc.date({ noInvalidDate: false }),
      fc.constant(null),
      fc.constant(undefined),
      fc.object(),
      fc.array(fc.anything(), { maxLength: 3 }),
    );
    const event = fc.record(
      { type: anything, at: anything, targets: fc.option(anything, { nil: undefined }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...policies),
        fc.oneof(fc.array(event, { maxLength: 5 }), anything),
        anything,
        (policy, timeline, now) => {
          expect(() => evaluateSla(policy, timeline as never, now as never)).not.toThrow();
          expect(() => nextFollowUps(policy, timeline as never, now as never)).not.toThrow();
          expect(() => pickupDeadline(now as never)).not.toThrow();
          expect(() => shippingDeadline(now as never, { promotion: true })).not.toThrow();
          expect(() => webOrderReviewDeadline(now as never)).not.toThrow();
          expect(() => timelyPickupRate(timeline as never)).not.toThrow();
          expect(() => prioritizeRushRequests(timeline as never)).not.toThrow();
          expect(() => evaluateSla(now as never, [], 0)).not.toThrow();
        },
      ),
      { numRuns: 150 },
    );
    const big = "2026-03-02T10:00+08:00".padEnd(100_000, "x");
    expect(pickupDeadline(big).ok).toBe(false);
    expect(evaluateSla(PRESET_POLICIES.phoneOrder, [{ type: big, at: big }], big).ok).toBe(false);
  }, 60_000);

  it("accepts any instant the calendar supports, covered or not", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(2199, 5, 30) }), (t) => {
        const r = evaluateSla(
          PRESET_POLICIES.complaintSimple,
          [{ type: "created", at: t }],
          t + 3_600_000,
        );
        expect(r.ok).toBe(true);
        const p = pickupDeadline(t, { days: "working" });
        expect(p.ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
