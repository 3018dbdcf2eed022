import { createWorkCalendar } from "kuaidi-kefu/calendar";
import {
  cutoffDeadline,
  pickupDeadline,
  shippingDeadline,
  webOrderReviewDeadline,
  type Deadline,
} from "kuaidi-kefu/sla";
import type { Result } from "kuaidi-kefu";
import { describe, expect, it } from "vitest";
import { cn, wall } from "./helpers.ts";

const due = (r: Result<Deadline, { code: string }>): string | null =>
  r.ok ? wall(r.value.due) : r.error.code;
const band = (r: Result<Deadline, { code: string }>): string | null => (r.ok ? r.value.band : null);

describe("pickupDeadline (seed 000 §1.2)", () => {
  it.each([
    ["2026-03-02 00:00", "2026-03-02 15:00", "morning"],
    ["2026-03-02 08:45", "2026-03-02 15:00", "morning"],
    ["2026-03-02 11:00", "2026-03-02 20:00", "afternoon"],
    ["2026-03-02 13:30", "2026-03-02 20:00", "afternoon"],
    ["2026-03-02 16:00", "2026-03-03 10:00", "evening"],
    ["2026-03-02 23:59", "2026-03-03 10:00", "evening"],
    // Saturday and Sunday: pickup runs every day by default.
    ["2026-03-07 10:00", "2026-03-07 15:00", "morning"],
    ["2026-03-07 18:00", "2026-03-08 10:00", "evening"],
  ])("%s → %s (%s)", (order, expected, b) => {
    const r = pickupDeadline(cn(order));
    expect(due(r)).toBe(expected);
    expect(band(r)).toBe(b);
  });

  it("puts the exact boundary instants in the later band (half-open bands)", () => {
    expect(due(pickupDeadline(Date.parse(cn("2026-03-02 11:00")) - 1))).toBe("2026-03-02 15:00");
    expect(due(pickupDeadline(Date.parse(cn("2026-03-02 11:00"))))).toBe("2026-03-02 20:00");
    expect(due(pickupDeadline(Date.parse(cn("2026-03-02 16:00")) - 1))).toBe("2026-03-02 20:00");
    expect(due(pickupDeadline(Date.parse(cn("2026-03-02 16:00"))))).toBe("2026-03-03 10:00");
  });

  it("accepts Date, epoch ms and ISO strings alike", () => {
    const ms = Date.parse(cn("2026-03-02 10:00"));
    expect(due(pickupDeadline(new Date(ms)))).toBe("2026-03-02 15:00");
    expect(due(pickupDeadline(ms))).toBe("2026-03-02 15:00");
    expect(due(pickupDeadline("2026-03-02T02:00:00.000Z"))).toBe("2026-03-02 15:00");
    expect(due(pickupDeadline("2026-03-02 02:00:00Z"))).toBe("2026-03-02 15:00");
  });

  it("counts working days on request, across the 2026 Spring Festival", () => {
    const working = { days: "working" } as const;
    // Friday 17:00 → the make-up Saturday 02-14 at 10:00.
    expect(due(pickupDeadline(cn("2026-02-13 17:00"), working))).toBe("2026-02-14 10:00");
    // Make-up Saturday 17:00 → first working day after the holiday, 02-24.
    expect(due(pickupDeadline(cn("2026-02-14 17:00"), working))).toBe("2026-02-24 10:00");
    // Ordered during the holiday: counts from the start of 02-24, so a morning order.
    const r = pickupDeadline(cn("2026-02-18 17:00"), working);
    expect(due(r)).toBe("2026-02-24 15:00");
    expect(r.ok && r.value.rolledToWorkday).toBe(true);
    // Calendar days: the holiday does not matter.
    expect(due(pickupDeadline(cn("2026-02-18 17:00")))).toBe("2026-02-19 10:00");
  });

  it("takes every number from the options", () => {
    const o = {
      morningCutoff: "10:00",
      morningDue: "14:00",
      afternoonCutoff: "15:00",
      afternoonDue: "19:00",
      nextMorningDue: "09:30",
    };
    expect(due(pickupDeadline(cn("2026-03-02 09:59"), o))).toBe("2026-03-02 14:00");
    expect(due(pickupDeadline(cn("2026-03-02 10:00"), o))).toBe("2026-03-02 19:00");
    expect(due(pickupDeadline(cn("2026-03-02 15:00"), o))).toBe("2026-03-03 09:30");
  });

  it("reads wall time in the calendar's zone, not the process zone", () => {
    const ny = createWorkCalendar({ timeZone: "America/New_York", chinaHolidays: false });
    // 10:00 in New York (EST, -05:00) → 15:00 there.
    const r = pickupDeadline("2026-03-02T10:00-05:00", { calendar: ny });
    expect(r.ok && r.value.due.toISOString()).toBe("2026-03-02T20:00:00.000Z");
    // Across the US spring-forward night (2026-03-08): next morning 10:00 EDT.
    const s = pickupDeadline("2026-03-07T17:00-05:00", { calendar: ny });
    expect(s.ok && s.value.due.toISOString()).toBe("2026-03-08T14:00:00.000Z");
  });

  it("reports bad input as error results naming the field", () => {
    for (const bad of [
      Number.NaN,
      Infinity,
      "2026-03-02",
      "2026-03-02T10:00",
      "2026-02-30T10:00+08:00",
      new Date(Number.NaN),
      "",
      "x".repeat(100_000),
    ]) {
      const r = pickupDeadline(bad as never);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe("sla/invalid-instant");
        expect(r.error.path).toEqual(["orderTime"]);
      }
    }
    const t = pickupDeadline(cn("2026-03-02 10:00"), { morningDue: "25:00", locale: "en" });
    expect(t.ok ? null : t.error).toMatchObject({
      code: "sla/invalid-time-of-day",
      field: "bands[0].due",
    });
    const before = pickupDeadline(cn("2026-03-02 10:00"), { morningDue: "10:30" });
    expect(before.ok ? null : before.error.code).toBe("sla/deadline-before-cutoff");
    const order = pickupDeadline(cn("2026-03-02 10:00"), {
      morningCutoff: "16:30",
      morningDue: "17:00",
    });
    expect(order.ok ? null : order.error).toMatchObject({
      code: "sla/bands-out-of-order",
      field: "bands[1]",
    });
    const days = pickupDeadline(cn("2026-03-02 10:00"), { days: "weekly" as never });
    expect(days.ok ? null : days.error).toMatchObject({
      code: "sla/invalid-option",
      field: "days",
    });
    const cal = pickupDeadline(cn("2026-03-02 10:00"), { calendar: { kind: "nope" } as never });
    expect(cal.ok ? null : cal.error).toMatchObject({
      code: "sla/invalid-option",
      field: "calendar",
    });
  });

  it("reports a calendar that refuses the date", () => {
    const strict = createWorkCalendar({ strict: true });
    const r = pickupDeadline(cn("2031-03-03 17:00"), { days: "working", calendar: strict });
    expect(r.ok ? null : r.error).toMatchObject({
      code: "sla/calendar-error",
      cause: "calendar/out-of-range",
    });
  });
});

describe("shippingDeadline (seed 002)", () => {
  it.each([
    ["2026-03-02 09:00", "2026-03-02 17:00", "same-day"],
    ["2026-03-02 16:29", "2026-03-02 17:00", "same-day"],
    ["2026-03-02 16:30", "2026-03-03 17:00", "next-day"],
    ["2026-03-06 18:00", "2026-03-09 17:00", "next-day"],
    ["2026-03-07 10:00", "2026-03-09 17:00", "same-day"],
    ["2026-02-13 17:00", "2026-02-14 17:00", "next-day"],
  ])("%s → %s (%s)", (order, expected, b) => {
    const r = shippingDeadline(cn(order));
    expect(due(r)).toBe(expected);
    expect(band(r)).toBe(b);
  });

  it("uses the 24-hour outer limit during promotions, and options", () => {
    expect(due(shippingDeadline(cn("2026-03-07 10:00"), { promotion: true }))).toBe(
      "2026-03-08 10:00",
    );
    expect(
      due(
        shippingDeadline(cn("2026-03-07 10:00"), {
          promotion: true,
          promotionLimit: { hours: 12 },
        }),
      ),
    ).toBe("2026-03-07 22:00");
    expect(
      due(
        shippingDeadline(cn("2026-03-07 10:00"), {
          days: "calendar",
          cutoff: "15:00",
          shipBy: "18:00",
        }),
      ),
    ).toBe("2026-03-07 18:00");
    const neg = shippingDeadline(cn("2026-03-07 10:00"), {
      promotion: true,
      promotionLimit: { hours: -1 },
    });
    expect(neg.ok ? null : neg.error).toMatchObject({
      code: "sla/negative-duration",
      field: "promotionLimit.hours",
    });
    expect(due(shippingDeadline("yesterday", { promotion: true }))).toBe("sla/invalid-instant");
  });
});

describe("webOrderReviewDeadline (seed 000 §3.2.1)", () => {
  it.each([
    ["2026-03-02 10:00", "2026-03-02 10:30", "in-shift"],
    // 10 minutes left in the shift, 20 more the next working morning.
    ["2026-03-02 16:50", "2026-03-03 08:50", "in-shift"],
    ["2026-03-02 21:00", "2026-03-03 08:30", "next-opening"],
    ["2026-03-03 06:00", "2026-03-03 08:30", "next-opening"],
    // Friday night before the Spring Festival: the make-up Saturday.
    ["2026-02-13 17:30", "2026-02-14 08:30", "next-opening"],
    ["2026-02-14 17:30", "2026-02-24 08:30", "next-opening"],
  ])("%s → %s (%s)", (order, expected, b) => {
    const r = webOrderReviewDeadline(cn(order));
    expect(due(r)).toBe(expected);
    expect(band(r)).toBe(b);
  });

  it("takes a calendar clock, a grace and a calendar with a lunch break", () => {
    expect(due(webOrderReviewDeadline(cn("2026-03-02 16:50"), { clock: "calendar" }))).toBe(
      "2026-03-02 17:20",
    );
    expect(due(webOrderReviewDeadline(cn("2026-03-02 21:00"), { grace: { minutes: 15 } }))).toBe(
      "2026-03-03 08:45",
    );
    const lunch = createWorkCalendar({
      weeklyHours: { mon: ["08:30-12:00", "13:30-17:00"], tue: ["08:30-12:00", "13:30-17:00"] },
    });
    expect(due(webOrderReviewDeadline(cn("2026-03-02 11:45"), { calendar: lunch }))).toBe(
      "2026-03-02 13:45",
    );
    expect(due(webOrderReviewDeadline(cn("2026-03-02 12:30"), { calendar: lunch }))).toBe(
      "2026-03-02 13:30",
    );
    const bad = webOrderReviewDeadline(cn("2026-03-02 12:30"), { within: "30m" as never });
    expect(bad.ok ? null : bad.error).toMatchObject({
      code: "sla/invalid-duration",
      field: "within",
    });
    expect(due(webOrderReviewDeadline({} as never))).toBe("sla/invalid-instant");
    expect(due(webOrderReviewDeadline(cn("2026-03-02 12:30"), { calendar: 1 as never }))).toBe(
      "sla/invalid-option",
    );
    const strict = createWorkCalendar({ strict: true });
    expect(due(webOrderReviewDeadline(cn("2031-03-03 10:00"), { calendar: strict }))).toBe(
      "sla/calendar-error",
    );
    expect(due(webOrderReviewDeadline(cn("2026-12-31 16:50"), { calendar: strict }))).toBe(
      "sla/calendar-error",
    );
  });
});

describe("cutoffDeadline", () => {
  it("runs any band set, with working-day offsets", () => {
    const rule = {
      bands: [
        { before: "12:00", due: "18:00" },
        { due: "12:00", dayOffset: 2 },
      ],
      days: "working",
    } as const;
    expect(due(cutoffDeadline(cn("2026-03-05 13:00"), rule))).toBe("2026-03-09 12:00");
    expect(due(cutoffDeadline(cn("2026-09-30 13:00"), rule))).toBe("2026-10-09 12:00");
    expect(due(cutoffDeadline(cn("2026-03-05 13:00"), { bands: [{ due: "24:00" }] }))).toBe(
      "2026-03-06 00:00",
    );
  });

  it("validates the bands", () => {
    const code = (rule: unknown): unknown => {
      const r = cutoffDeadline(cn("2026-03-05 13:00"), rule as never);
      return r.ok ? null : [r.error.code, r.error.field];
    };
    expect(code({ bands: [] })).toEqual(["sla/invalid-option", "bands"]);
    expect(code(null)).toEqual(["sla/invalid-option", "bands"]);
    expect(code({ bands: [null] })).toEqual(["sla/invalid-option", "bands[0]"]);
    expect(code({ bands: [{ before: "12:00", due: "18:00" }] })).toEqual([
      "sla/invalid-option",
      "bands[0].before",
    ]);
    expect(code({ bands: [{ due: "12:00", dayOffset: -1 }] })).toEqual([
      "sla/invalid-option",
      "bands[0].dayOffset",
    ]);
    expect(code({ bands: [{ due: "12:00", dayOffset: 1.5 }] })).toEqual([
      "sla/invalid-option",
      "bands[0].dayOffset",
    ]);
    expect(
      code({
        bands: [
          { before: "12:00", due: "18:00" },
          { before: "11:00", due: "19:00" },
          { due: "10:00", dayOffset: 1 },
        ],
      }),
    ).toEqual(["sla/bands-out-of-order", "bands[1]"]);
    expect(code({ bands: [{ before: "12:00", due: "18:00" }, { due: "17:00" }] })).toEqual([
      "sla/deadline-before-cutoff",
      "bands[1].due",
    ]);
    expect(
      code({
        bands: [
          { before: "1200", due: "18:00" },
          { due: "10:00", dayOffset: 1 },
        ],
      }),
    ).toEqual(["sla/invalid-time-of-day", "bands[0].before"]);
    expect(
      code({
        bands: [
          { before: "24:30", due: "18:00" },
          { due: "10:00", dayOffset: 1 },
        ],
      }),
    ).toEqual(["sla/invalid-time-of-day", "bands[0].before"]);
    expect(
      code({
        bands: [
          { before: "12:60", due: "18:00" },
          { due: "10:00", dayOffset: 1 },
        ],
      }),
    ).toEqual(["sla/invalid-time-of-day", "bands[0].before"]);
    expect(
      code({
        bands: [
          { before: "1a:00", due: "18:00" },
          { due: "10:00", dayOffset: 1 },
        ],
      }),
    ).toEqual(["sla/invalid-time-of-day", "bands[0].before"]);
  });
});
