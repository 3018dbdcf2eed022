import { createWorkCalendar } from "kuaidi-kefu/calendar";
import {
  createSlaPolicy,
  evaluateSla,
  PRESET_POLICIES,
  PRESET_TARGETS,
  type SlaEvent,
  type SlaPolicyDefinition,
  type SlaTargetStatus,
} from "kuaidi-kefu/sla";
import { describe, expect, it } from "vitest";
import { cn, HOUR, MIN, wall } from "./helpers.ts";

const ev = (type: string, at: string, targets?: string[]): SlaEvent =>
  targets ? { type, at: cn(at), targets } : { type, at: cn(at) };

function run(
  policy: SlaPolicyDefinition,
  events: SlaEvent[],
  now: string,
): Record<string, SlaTargetStatus> {
  const r = evaluateSla(policy, events, cn(now), { locale: "en" });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return Object.fromEntries(r.value.targets.map((t) => [t.id, t]));
}

const brief = (t: SlaTargetStatus | undefined): unknown =>
  t && { state: t.state, due: wall(t.due), remaining: t.remaining, breachedBy: t.breachedBy };

describe("evaluateSla: phone order (dispatch SMS, pickup follow-up, pickup)", () => {
  const events = [
    ev("confirmed", "2026-03-02 09:00"),
    ev("dispatched", "2026-03-02 09:02"),
    ev("followed-up", "2026-03-02 10:05"),
    ev("picked-up", "2026-03-02 14:00"),
  ];

  it("reports met and breached targets with exact times", () => {
    const t = run(PRESET_POLICIES.phoneOrder, events, "2026-03-02 15:00");
    expect(brief(t["dispatch-sms"])).toEqual({
      state: "met",
      due: "2026-03-02 09:03",
      remaining: { calendarMs: MIN, businessMs: MIN },
      breachedBy: null,
    });
    expect(t["dispatch-sms"]?.elapsed).toEqual({ calendarMs: 2 * MIN, businessMs: 2 * MIN });
    expect(t["dispatch-sms"]?.usedShare).toBeCloseTo(2 / 3, 10);
    expect(t["dispatch-sms"]?.stoppedAt?.toISOString()).toBe("2026-03-02T01:02:00.000Z");
    expect(brief(t["pickup-follow-up"])).toEqual({
      state: "breached",
      due: "2026-03-02 10:02",
      remaining: { calendarMs: 0, businessMs: 0 },
      breachedBy: { calendarMs: 3 * MIN, businessMs: 3 * MIN },
    });
    expect(brief(t["pickup"])).toEqual({
      state: "met",
      due: "2026-03-02 15:00",
      remaining: { calendarMs: HOUR, businessMs: HOUR },
      breachedBy: null,
    });
    expect(t["pickup"]?.clock).toBe("calendar");
    expect(t["pickup"]?.goalMs).toBe(5 * HOUR + 58 * MIN);
  });

  it("replays the case as it stood at an earlier now", () => {
    const r = evaluateSla(PRESET_POLICIES.phoneOrder, events, cn("2026-03-02 09:01"));
    expect(r.ok && r.value.targets.map((t) => t.state)).toEqual(["active", "pending", "pending"]);
    expect(r.ok && wall(r.value.nextDue)).toBe("2026-03-02 09:03");
    const pending = r.ok ? r.value.targets[2] : undefined;
    expect(pending).toMatchObject({
      due: null,
      startedAt: null,
      remaining: null,
      elapsed: { calendarMs: 0, businessMs: 0 },
      usedShare: 0,
    });
    const late = evaluateSla(
      PRESET_POLICIES.phoneOrder,
      events.slice(0, 2),
      cn("2026-03-02 20:30"),
    );
    expect(late.ok && late.value.targets.map((t) => t.state)).toEqual([
      "met",
      "breached",
      "breached",
    ]);
    expect(late.ok && late.value.targets[2]?.breachedBy).toEqual({
      calendarMs: 5.5 * HOUR,
      businessMs: 2 * HOUR,
    });
    expect(late.ok && wall(late.value.nextDue)).toBe("2026-03-02 10:02");
  });

  it("accepts a compiled policy and Date / epoch instants", () => {
    const p = createSlaPolicy(PRESET_POLICIES.phoneOrder);
    if (!p.ok) throw new Error("policy");
    const at = Date.parse(cn("2026-03-02 09:00"));
    const r = evaluateSla(p.value, [{ type: "confirmed", at: new Date(at) }], at + MIN);
    expect(r.ok && r.value.targets[0]?.remaining).toEqual({
      calendarMs: 2 * MIN,
      businessMs: 2 * MIN,
    });
  });
});

describe("evaluateSla: complaint with a pause (2 business hours + statutory 7 days)", () => {
  const created = ev("created", "2026-02-13 16:00");

  it("counts business time across the Spring Festival make-up Saturday", () => {
    const t = run(PRESET_POLICIES.complaintSimple, [created], "2026-02-13 16:30");
    expect(brief(t["complaint-answer-simple"])).toEqual({
      state: "active",
      due: "2026-02-14 09:30",
      remaining: { calendarMs: 17 * HOUR, businessMs: 90 * MIN },
      breachedBy: null,
    });
    expect(t["complaint-answer-simple"]?.clock).toBe("business");
    expect(t["complaint-answer-simple"]?.warningAt?.toISOString()).toBe("2026-02-14T01:00:00.000Z");
    // 自接到投诉之日起7日内: the day of receipt does not count; due at the end of 02-20.
    expect(wall(t["complaint-statutory"]?.due)).toBe("2026-02-21 00:00");
  });

  it("pushes the due time back by the pause; the statutory limit does not pause", () => {
    const events = [created, ev("paused", "2026-02-13 16:30"), ev("resumed", "2026-02-24 09:00")];
    const paused = run(PRESET_POLICIES.complaintSimple, events.slice(0, 2), "2026-02-20 12:00");
    expect(paused["complaint-answer-simple"]).toMatchObject({
      state: "paused",
      paused: true,
      due: null,
      remaining: { calendarMs: 94 * HOUR, businessMs: 90 * MIN },
      pausedMs: 6 * 24 * HOUR + 19 * HOUR + 30 * MIN,
      elapsed: { calendarMs: 30 * MIN, businessMs: 30 * MIN },
      warning: false,
    });
    const t = run(PRESET_POLICIES.complaintSimple, events, "2026-02-24 10:00");
    expect(brief(t["complaint-answer-simple"])).toEqual({
      state: "active",
      due: "2026-02-24 10:30",
      remaining: { calendarMs: 30 * MIN, businessMs: 30 * MIN },
      breachedBy: null,
    });
    expect(t["complaint-answer-simple"]?.warning).toBe(true);
    expect(brief(t["complaint-statutory"])).toEqual({
      state: "breached",
      due: "2026-02-21 00:00",
      remaining: { calendarMs: 0, businessMs: 0 },
      breachedBy: { calendarMs: 82 * HOUR, businessMs: 90 * MIN },
    });
  });

  it("limits events to the targets they name", () => {
    const events = [
      created,
      ev("paused", "2026-02-13 16:30", ["complaint-statutory"]),
      ev("resumed", "2026-02-24 09:00", ["complaint-statutory"]),
    ];
    const t = run(PRESET_POLICIES.complaintSimple, events, "2026-02-13 16:45");
    // The answer target ignores the pause; the statutory target never pauses.
    expect(t["complaint-answer-simple"]?.state).toBe("active");
    expect(t["complaint-statutory"]?.state).toBe("active");
  });

  it("warns at the policy's share, and stops on answered", () => {
    const start = ev("created", "2026-03-02 09:00");
    const t = run(PRESET_POLICIES.complaintSimple, [start], "2026-03-02 10:29");
    expect(t["complaint-answer-simple"]?.warning).toBe(false);
    const w = run(PRESET_POLICIES.complaintSimple, [start], "2026-03-02 10:30");
    expect(w["complaint-answer-simple"]).toMatchObject({ warning: true, usedShare: 0.75 });
    const early = run(
      { ...PRESET_POLICIES.complaintSimple, warnAt: 0.5 },
      [start],
      "2026-03-02 10:00",
    );
    expect(early["complaint-answer-simple"]?.warning).toBe(true);
    const done = run(
      PRESET_POLICIES.complaintSimple,
      [start, ev("answered", "2026-03-02 10:45")],
      "2026-03-02 12:00",
    );
    expect(done["complaint-answer-simple"]).toMatchObject({ state: "met", warning: false });
    expect(done["complaint-statutory"]?.state).toBe("active");
  });

  it("handles a complex complaint on the calendar clock", () => {
    const t = run(
      PRESET_POLICIES.complaintComplex,
      [ev("created", "2026-02-13 16:00")],
      "2026-02-14 12:00",
    );
    expect(brief(t["complaint-answer-complex"])).toEqual({
      state: "active",
      due: "2026-02-14 16:00",
      // 02-14 is a make-up working Saturday: the 4 hours left are all working time.
      remaining: { calendarMs: 4 * HOUR, businessMs: 4 * HOUR },
      breachedBy: null,
    });
  });

  it("stops late → breached with the lateness on both clocks", () => {
    const t = run(
      PRESET_POLICIES.complaintSimple,
      [ev("created", "2026-03-02 16:00"), ev("resolved", "2026-03-03 10:00")],
      "2026-03-05 10:00",
    );
    expect(brief(t["complaint-answer-simple"])).toEqual({
      state: "breached",
      due: "2026-03-03 09:30",
      remaining: { calendarMs: 0, businessMs: 0 },
      breachedBy: { calendarMs: 30 * MIN, businessMs: 30 * MIN },
    });
    expect(t["complaint-statutory"]?.state).toBe("met");
    expect(t["complaint-statutory"]?.remaining).toEqual({
      calendarMs: 6 * 24 * HOUR + 14 * HOUR,
      businessMs: 4 * 8.5 * HOUR + 7 * HOUR,
    });
  });

  it("stops while paused, and a pause after the breach keeps it breached", () => {
    const events = [
      ev("created", "2026-03-02 09:00"),
      ev("paused", "2026-03-02 09:30"),
      ev("resolved", "2026-03-02 10:00"),
    ];
    const t = run(PRESET_POLICIES.complaintSimple, events, "2026-03-02 12:00");
    expect(t["complaint-answer-simple"]).toMatchObject({
      state: "met",
      pausedMs: 30 * MIN,
      elapsed: { calendarMs: 30 * MIN, businessMs: 30 * MIN },
    });
    expect(wall(t["complaint-answer-simple"]?.due)).toBe("2026-03-02 11:30");
    const late = run(
      PRESET_POLICIES.complaintSimple,
      [ev("created", "2026-03-02 09:00"), ev("paused", "2026-03-02 12:00")],
      "2026-03-02 13:00",
    );
    expect(late["complaint-answer-simple"]).toMatchObject({
      state: "breached",
      paused: true,
      breachedBy: { calendarMs: HOUR, businessMs: HOUR },
    });
    expect(wall(late["complaint-answer-simple"]?.due)).toBe("2026-03-02 11:00");
  });
});

describe("evaluateSla: web orders, rework and shop orders", () => {
  it("reviews a night order at the next opening and a day order in 30 business minutes", () => {
    const night = run(
      PRESET_POLICIES.webOrder,
      [ev("created", "2026-02-13 22:00")],
      "2026-02-14 08:00",
    );
    expect(brief(night["web-order-review"])).toEqual({
      state: "active",
      due: "2026-02-14 08:30",
      remaining: { calendarMs: 30 * MIN, businessMs: 0 },
      breachedBy: null,
    });
    const day = run(
      PRESET_POLICIES.webOrder,
      [ev("created", "2026-03-02 16:50")],
      "2026-03-02 17:30",
    );
    expect(wall(day["web-order-review"]?.due)).toBe("2026-03-03 08:50");
    expect(day["web-order-review"]?.clock).toBe("business");
  });

  it("gives photo rework until midnight and albums 24 hours", () => {
    const photos = run(
      PRESET_POLICIES.reworkPhotos,
      [ev("rework-received", "2026-03-02 15:00")],
      "2026-03-02 23:00",
    );
    expect(wall(photos["rework-photos"]?.due)).toBe("2026-03-03 00:00");
    const album = run(
      PRESET_POLICIES.reworkAlbum,
      [ev("rework-received", "2026-03-02 15:00")],
      "2026-03-02 23:00",
    );
    expect(wall(album["rework-album"]?.due)).toBe("2026-03-03 15:00");
    const crystal = run(
      PRESET_POLICIES.reworkCrystalFrame,
      [ev("rework-received", "2026-03-02 15:00")],
      "2026-03-02 23:00",
    );
    expect(wall(crystal["rework-crystal-frame"]?.due)).toBe("2026-03-04 15:00");
  });

  it("follows up unpaid orders after 12 hours and ships paid orders by the cut-off", () => {
    const t = run(
      PRESET_POLICIES.shopOrder,
      [ev("placed", "2026-03-06 16:00"), ev("paid", "2026-03-06 16:40")],
      "2026-03-07 09:00",
    );
    expect(t["unpaid-follow-up"]?.state).toBe("met");
    expect(brief(t["same-day-shipping"])).toMatchObject({
      state: "active",
      due: "2026-03-09 17:00",
    });
    const promo = run(
      PRESET_POLICIES.promotionOrder,
      [ev("placed", "2026-03-06 16:00")],
      "2026-03-07 05:00",
    );
    expect(brief(promo["unpaid-follow-up"])).toMatchObject({
      state: "breached",
      due: "2026-03-07 04:00",
    });
  });

  it("counts a days rule in working days and rolls past holidays on request", () => {
    const base = { id: "d", start: "s", stop: "e" };
    const working = run(
      { targets: [{ ...base, rule: { kind: "days", days: 1, count: "working" } }] },
      [ev("s", "2026-02-13 10:00")],
      "2026-02-13 11:00",
    );
    expect(wall(working["d"]?.due)).toBe("2026-02-15 00:00");
    const rolled = run(
      { targets: [{ ...base, rule: { kind: "days", days: 3, rollToWorkday: true } }] },
      [ev("s", "2026-02-13 10:00")],
      "2026-02-13 11:00",
    );
    expect(wall(rolled["d"]?.due)).toBe("2026-02-25 00:00");
  });
});

describe("evaluateSla: overdue deliveries followed up morning and afternoon", () => {
  const policy = PRESET_POLICIES.overdueDelivery;
  const id = "overdue-delivery-follow-up";

  it("counts followed and missed slots, and gives the next slot as due", () => {
    const events = [
      ev("overdue", "2026-03-02 09:00"),
      ev("followed-up", "2026-03-02 10:00"),
      ev("followed-up", "2026-03-03 09:00"),
      ev("followed-up", "2026-03-03 13:00"),
    ];
    const t = run(policy, events, "2026-03-04 09:00");
    expect(t[id]).toMatchObject({
      state: "breached",
      checkpoints: {
        done: 3,
        missed: 1,
        missedSlots: [
          { from: new Date(cn("2026-03-02 12:00")), to: new Date(cn("2026-03-02 17:00")) },
        ],
      },
    });
    expect(wall(t[id]?.due)).toBe("2026-03-04 12:00");
    expect(t[id]?.remaining).toEqual({ calendarMs: 3 * HOUR, businessMs: 3 * HOUR });
    const stopped = run(
      policy,
      [...events, ev("delivered", "2026-03-04 10:00")],
      "2026-03-04 11:00",
    );
    expect(stopped[id]).toMatchObject({
      state: "breached",
      due: null,
      checkpoints: { done: 3, missed: 1 },
    });
  });

  it("skips weekends and holidays, and never misses the slot in progress at the start", () => {
    const t = run(policy, [ev("overdue", "2026-03-06 15:00")], "2026-03-09 10:00");
    expect(t[id]).toMatchObject({ state: "active", checkpoints: { done: 0, missed: 0 } });
    expect(wall(t[id]?.due)).toBe("2026-03-09 12:00");
    expect(t[id]?.usedShare).toBeCloseTo(1.5 / 3.5, 10);
    const warn = run(policy, [ev("overdue", "2026-03-06 15:00")], "2026-03-09 11:30");
    expect(warn[id]).toMatchObject({ warning: true });
    expect(wall(warn[id]?.warningAt)).toBe("2026-03-09 11:07:30");
    const met = run(
      policy,
      [
        ev("overdue", "2026-03-06 15:00"),
        ev("followed-up", "2026-03-06 16:00"),
        ev("delivered", "2026-03-07 10:00"),
      ],
      "2026-03-09 10:00",
    );
    expect(met[id]).toMatchObject({ state: "met", checkpoints: { done: 1, missed: 0 }, due: null });
    const fest = run(policy, [ev("overdue", "2026-02-14 17:30")], "2026-02-20 10:00");
    expect(wall(fest[id]?.due)).toBe("2026-02-24 12:00");
  });

  it("does not count slots that end while paused", () => {
    const events = [
      ev("overdue", "2026-03-02 09:00"),
      ev("paused", "2026-03-02 11:00"),
      ev("resumed", "2026-03-03 08:00"),
    ];
    const t = run(policy, events, "2026-03-03 08:10");
    expect(t[id]).toMatchObject({ state: "active", checkpoints: { done: 0, missed: 0 } });
    const p = run(policy, events.slice(0, 2), "2026-03-02 12:00");
    expect(p[id]).toMatchObject({
      state: "paused",
      due: null,
      remaining: null,
      usedShare: 0,
      warning: false,
    });
  });

  it("counts every calendar day on request", () => {
    const daily = {
      targets: [
        {
          ...PRESET_TARGETS.overdueDelivery,
          rule: { ...PRESET_TARGETS.overdueDelivery.rule, days: "calendar" as const },
        },
      ],
    };
    const t = run(daily, [ev("overdue", "2026-03-06 15:00")], "2026-03-09 10:00");
    expect(t[id]?.checkpoints?.missed).toBe(4);
  });
});

describe("evaluateSla: bad input and warnings", () => {
  const policy = PRESET_POLICIES.complaintSimple;

  it("returns error results naming the field", () => {
    const codes = (timeline: unknown, now: unknown = cn("2026-03-02 12:00")): unknown => {
      const r = evaluateSla(policy, timeline as SlaEvent[], now as string);
      return r.ok ? "ok" : r.error.map((i) => [i.code, i.field]);
    };
    expect(codes([], "yesterday")).toEqual([["sla/invalid-instant", "now"]]);
    expect(codes([], Number.NaN)).toEqual([["sla/invalid-instant", "now"]]);
    expect(codes(null)).toEqual([["sla/invalid-option", "timeline"]]);
    expect(codes([null])).toEqual([["sla/invalid-event", "timeline[0]"]]);
    expect(codes([{ type: "", at: 0 }])).toEqual([["sla/invalid-event", "timeline[0].type"]]);
    expect(codes([{ type: "created", at: "2026-03-02" }])).toEqual([
      ["sla/invalid-instant", "timeline[0].at"],
    ]);
    expect(codes([ev("created", "2026-03-02 10:00"), ev("paused", "2026-03-02 09:00")])).toEqual([
      ["sla/events-out-of-order", "timeline[1].at"],
    ]);
    expect(codes([{ type: "created", at: 0, targets: "x" }])).toEqual([
      ["sla/invalid-option", "timeline[0].targets"],
    ]);
    expect(codes(Array.from({ length: 10_001 }, () => ({ type: "x", at: 0 })))).toEqual([
      ["sla/too-many-items", "timeline"],
    ]);
    const r = evaluateSla({ targets: [] }, [], 0);
    expect(r.ok ? null : r.error[0]?.code).toBe("sla/no-targets");
  });

  it("warns about resumes without a pause and unknown target ids", () => {
    const r = evaluateSla(
      policy,
      [
        ev("created", "2026-03-02 09:00"),
        ev("resumed", "2026-03-02 09:10"),
        ev("paused", "2026-03-02 09:20", ["complain-answer"]),
      ],
      cn("2026-03-02 09:30"),
      { locale: "en" },
    );
    expect(r.ok && r.value.warnings.map((w) => [w.code, w.field])).toEqual([
      ["sla/unknown-target", "timeline[2].targets[0]"],
      ["sla/unmatched-resume", "timeline[1]"],
    ]);
  });

  it("flags answers that used dates outside the holiday data, and strict calendars refuse them", () => {
    const r = evaluateSla(policy, [ev("created", "2031-03-03 09:00")], cn("2031-03-03 10:00"));
    expect(r.ok && r.value.warnings.map((w) => w.code)).toEqual(["sla/outside-calendar-data"]);
    const strict = createWorkCalendar({ strict: true });
    const s = evaluateSla(
      { ...policy, calendar: strict },
      [ev("created", "2031-03-03 09:00")],
      cn("2031-03-03 10:00"),
    );
    expect(s.ok ? null : s.error[0]).toMatchObject({
      code: "sla/calendar-error",
      cause: "calendar/out-of-range",
      field: "targets[0]",
    });
    const cp = evaluateSla(
      { ...PRESET_POLICIES.overdueDelivery, calendar: strict },
      [ev("overdue", "2026-12-31 09:00")],
      cn("2027-01-04 10:00"),
    );
    expect(cp.ok ? null : cp.error[0]?.code).toBe("sla/calendar-error");
    const cal = evaluateSla(
      { ...policy, calendar: createWorkCalendar({ chinaHolidays: false }) },
      [ev("created", "2031-03-03 09:00")],
      cn("2031-03-03 10:00"),
    );
    expect(cal.ok && cal.value.warnings).toEqual([]);
  });
});

describe("evaluateSla: promised answer times (seed 003 一.2)", () => {
  const policy = PRESET_POLICIES.complaintPromised;

  it("is due at the promised time, moved by a later promise, and never pauses", () => {
    const events: SlaEvent[] = [
      ev("created", "2026-03-02 09:00"),
      { type: "promised", at: cn("2026-03-02 09:10"), due: cn("2026-03-03 12:00") },
      ev("paused", "2026-03-02 10:00"),
    ];
    const t = run(policy, events, "2026-03-02 11:00");
    expect(brief(t["promised-answer"])).toEqual({
      state: "active",
      due: "2026-03-03 12:00",
      remaining: { calendarMs: 25 * HOUR, businessMs: 6 * HOUR + 3.5 * HOUR },
      breachedBy: null,
    });
    const moved = run(
      policy,
      [...events, { type: "promised", at: cn("2026-03-03 11:00"), due: cn("2026-03-04 12:00") }],
      "2026-03-03 13:00",
    );
    expect(brief(moved["promised-answer"])).toMatchObject({
      state: "active",
      due: "2026-03-04 12:00",
    });
    const late = run(policy, [...events, ev("answered", "2026-03-03 12:30")], "2026-03-03 13:00");
    expect(brief(late["promised-answer"])).toMatchObject({
      state: "breached",
      breachedBy: { calendarMs: 30 * MIN, businessMs: 30 * MIN },
    });
  });

  it("uses the fallback, or warns when there is no promise", () => {
    const r = evaluateSla(
      policy,
      [ev("created", "2026-03-02 09:00"), ev("promised", "2026-03-02 09:10")],
      cn("2026-03-02 10:00"),
      { locale: "en" },
    );
    expect(r.ok && r.value.warnings.map((w) => [w.code, w.field])).toEqual([
      ["sla/missing-promise", "targets[0]"],
    ]);
    expect(r.ok && r.value.targets[0]).toMatchObject({
      state: "active",
      due: null,
      remaining: null,
      elapsed: { calendarMs: 50 * MIN },
    });
    const stopped = evaluateSla(
      policy,
      [ev("promised", "2026-03-02 09:10"), ev("answered", "2026-03-02 09:40")],
      cn("2026-03-02 10:00"),
    );
    expect(stopped.ok && stopped.value.targets[0]?.state).toBe("met");
    const fallback = {
      targets: [
        {
          ...PRESET_TARGETS.promisedAnswer,
          pause: ["paused"],
          rule: { kind: "promised", fallback: { hours: 2 } } as const,
        },
      ],
    };
    const f = run(
      fallback,
      [ev("promised", "2026-03-02 09:10"), ev("paused", "2026-03-02 09:20")],
      "2026-03-02 10:00",
    );
    expect(f["promised-answer"]).toMatchObject({
      state: "paused",
      due: null,
      remaining: { calendarMs: 110 * MIN },
    });
    const pausedNoPromise = evaluateSla(
      { targets: [{ ...PRESET_TARGETS.promisedAnswer, pause: ["paused"] }] },
      [ev("promised", "2026-03-02 09:10"), ev("paused", "2026-03-02 09:20")],
      cn("2026-03-02 10:00"),
    );
    expect(pausedNoPromise.ok && pausedNoPromise.value.targets[0]?.state).toBe("paused");
  });

  it("validates the rule and the due field", () => {
    const bad = createSlaPolicy({
      targets: [{ ...PRESET_TARGETS.promisedAnswer, rule: { kind: "promised", fallback: -1 } }],
    });
    expect(bad.ok ? null : bad.error[0]?.field).toBe("targets[0].rule.fallback");
    const upd = createSlaPolicy({
      targets: [
        { ...PRESET_TARGETS.promisedAnswer, rule: { kind: "promised", update: [7] as never } },
      ],
    });
    expect(upd.ok ? null : upd.error[0]?.field).toBe("targets[0].rule.update[0]");
    const r = evaluateSla(
      policy,
      [{ type: "promised", at: cn("2026-03-02 09:10"), due: "tomorrow" }],
      cn("2026-03-02 10:00"),
    );
    expect(r.ok ? null : r.error[0]?.field).toBe("timeline[0].due");
  });
});
