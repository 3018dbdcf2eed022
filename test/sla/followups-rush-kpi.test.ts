import { createWorkCalendar } from "kuaidi-kefu/calendar";
import {
  nextFollowUps,
  PRESET_POLICIES,
  prioritizeRushRequests,
  timelyPickupRate,
  type PickupRecord,
} from "kuaidi-kefu/sla";
import { describe, expect, it } from "vitest";
import { cn, wall } from "./helpers.ts";

describe("nextFollowUps", () => {
  it("lists open due times, earliest first, overdue flagged", () => {
    const r = nextFollowUps(
      PRESET_POLICIES.webOrder,
      [
        { type: "created", at: cn("2026-03-02 10:00") },
        { type: "reviewed", at: cn("2026-03-02 10:20") },
        { type: "confirmed", at: cn("2026-03-02 10:20") },
        { type: "dispatched", at: cn("2026-03-02 10:26") },
      ],
      cn("2026-03-02 10:30"),
    );
    expect(r.ok && r.value.map((f) => [f.target, f.kind, wall(f.at), f.overdue, f.state])).toEqual([
      ["pickup-follow-up", "due", "2026-03-02 11:26", false, "active"],
      ["pickup", "due", "2026-03-02 15:00", false, "active"],
    ]);
  });

  it("includes breached open targets and the schedule of checkpoint slots", () => {
    const r = nextFollowUps(
      {
        targets: [
          ...PRESET_POLICIES.overdueDelivery.targets,
          ...PRESET_POLICIES.customerReply.targets,
        ],
      },
      [
        { type: "asked", at: cn("2026-03-02 08:00") },
        { type: "overdue", at: cn("2026-03-02 12:30") },
      ],
      cn("2026-03-03 09:00"),
      { limit: 4 },
    );
    expect(r.ok && r.value.map((f) => [f.target, wall(f.at), f.overdue])).toEqual(
      [
        ["overdue-delivery-follow-up", "2026-03-03 12:00", false],
        ["overdue-delivery-follow-up", "2026-03-03 17:00", false],
        ["customer-reply", "2026-03-03 08:00", true],
        ["overdue-delivery-follow-up", "2026-03-04 12:00", false],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
  });

  it("skips paused and stopped targets and rejects bad input", () => {
    const r = nextFollowUps(
      PRESET_POLICIES.complaintSimple,
      [
        { type: "created", at: cn("2026-03-02 09:00") },
        { type: "paused", at: cn("2026-03-02 09:30") },
      ],
      cn("2026-03-02 10:00"),
    );
    expect(r.ok && r.value.map((f) => f.target)).toEqual(["complaint-statutory"]);
    const bad = nextFollowUps(PRESET_POLICIES.complaintSimple, [], cn("2026-03-02 10:00"), {
      limit: -1,
    });
    expect(bad.ok ? null : bad.error[0]?.field).toBe("limit");
    expect(nextFollowUps({ targets: [] }, [], 0).ok).toBe(false);
    expect(nextFollowUps(PRESET_POLICIES.complaintSimple, [], "soon").ok).toBe(false);
    const strict = createWorkCalendar({ strict: true });
    const s = nextFollowUps(
      { ...PRESET_POLICIES.overdueDelivery, calendar: strict },
      [{ type: "overdue", at: cn("2026-12-31 09:00") }],
      cn("2026-12-31 10:00"),
    );
    expect(s.ok ? null : s.error[0]?.code).toBe("sla/calendar-error");
  });
});

describe("prioritizeRushRequests (seed 003 三.2)", () => {
  it("orders by urgency, company-caused first, fewer past rushes, key accounts, arrival", () => {
    const r = prioritizeRushRequests([
      { id: "n", urgency: "next-day" },
      { id: "h", urgency: "half-day" },
      { id: "s-late", urgency: "same-day", receivedAt: cn("2026-03-02 10:00") },
      { id: "s-early", urgency: "same-day", receivedAt: cn("2026-03-02 09:00") },
      { id: "s-key", urgency: "same-day", keyAccount: true, pastRushCount: 1 },
      { id: "s-often", urgency: "same-day", keyAccount: true, pastRushCount: 5 },
      { id: "i", urgency: "immediate" },
      { id: "rework", urgency: "next-day", companyCaused: true },
    ]);
    expect(r.ok && r.value.ordered.map((o) => o.id)).toEqual([
      "rework",
      "i",
      "h",
      "s-early",
      "s-late",
      "s-key",
      "s-often",
      "n",
    ]);
    expect(r.ok && r.value.usedUnits).toBe(8);
  });

  it("fills the day's capacity, skipping jobs that do not fit", () => {
    const r = prioritizeRushRequests(
      [
        { id: "a", urgency: "immediate", units: 3 },
        { id: "b", urgency: "half-day", units: 5 },
        { id: "c", urgency: "same-day", units: 2 },
      ],
      { capacity: 6 },
    );
    expect(r.ok && r.value).toEqual({
      ordered: [
        { id: "a", rank: 1, accepted: true, units: 3 },
        { id: "b", rank: 2, accepted: false, units: 5 },
        { id: "c", rank: 3, accepted: true, units: 2 },
      ],
      accepted: ["a", "c"],
      deferred: ["b"],
      usedUnits: 5,
    });
  });

  it("reports every bad field", () => {
    const r = prioritizeRushRequests(
      [
        null,
        {
          id: "",
          urgency: "soon",
          pastRushCount: -1,
          keyAccount: "yes",
          units: Number.NaN,
          companyCaused: 1,
          receivedAt: "later",
        },
      ] as never,
      { capacity: -1, locale: "en" },
    );
    expect(r.ok ? null : r.error.map((i) => [i.code, i.field])).toEqual([
      ["sla/invalid-option", "capacity"],
      ["sla/invalid-option", "requests[0]"],
      ["sla/invalid-option", "requests[1].id"],
      ["sla/invalid-option", "requests[1].companyCaused"],
      ["sla/invalid-urgency", "requests[1].urgency"],
      ["sla/invalid-option", "requests[1].pastRushCount"],
      ["sla/invalid-option", "requests[1].keyAccount"],
      ["sla/invalid-option", "requests[1].units"],
      ["sla/invalid-instant", "requests[1].receivedAt"],
    ]);
    expect(prioritizeRushRequests("x" as never).ok).toBe(false);
    expect(
      prioritizeRushRequests(
        Array.from({ length: 100_001 }, () => ({ id: "x", urgency: "immediate" }) as const),
      ).ok,
    ).toBe(false);
  });
});

describe("timelyPickupRate (seed 000 考核报表)", () => {
  const records: PickupRecord[] = [
    {
      orderTime: cn("2026-03-02 09:00"),
      pickupTime: cn("2026-03-02 15:00"),
      salesperson: "王",
      branch: "杭州",
    },
    {
      orderTime: cn("2026-03-02 10:00"),
      pickupTime: cn("2026-03-02 15:01"),
      salesperson: "王",
      branch: "杭州",
    },
    {
      orderTime: cn("2026-03-02 12:00"),
      pickupTime: cn("2026-03-02 19:00"),
      salesperson: "李",
      branch: "杭州",
    },
    { orderTime: cn("2026-03-02 17:00"), pickupTime: null, salesperson: "李", branch: "宁波" },
    { orderTime: cn("2026-03-02 18:00"), branch: "宁波" },
  ];

  it("groups by salesperson or branch", () => {
    const r = timelyPickupRate(records);
    expect(r.ok && r.value.groups).toEqual([
      { key: "王", total: 2, timely: 1, late: 1, pending: 0, rate: 0.5 },
      { key: "李", total: 2, timely: 1, late: 0, pending: 1, rate: 1 },
      { key: "", total: 1, timely: 0, late: 0, pending: 1, rate: null },
    ]);
    const b = timelyPickupRate(records, { groupBy: "branch", now: cn("2026-03-03 10:30") });
    expect(b.ok && b.value.groups).toEqual([
      { key: "杭州", total: 3, timely: 2, late: 1, pending: 0, rate: 2 / 3 },
      { key: "宁波", total: 2, timely: 0, late: 2, pending: 0, rate: 0 },
    ]);
    expect(b.ok && b.value.overall).toEqual({
      key: "*",
      total: 5,
      timely: 2,
      late: 3,
      pending: 0,
      rate: 0.4,
    });
  });

  it("uses the pickup rule's options", () => {
    const r = timelyPickupRate(records.slice(0, 2), { morningDue: "16:00" });
    expect(r.ok && r.value.overall.rate).toBe(1);
  });

  it("lists bad records and rejects bad rules", () => {
    const r = timelyPickupRate([
      null,
      { orderTime: "x" },
      { orderTime: cn("2026-03-02 09:00"), pickupTime: "y" },
      { orderTime: cn("2026-03-02 09:00"), pickupTime: cn("2026-03-02 08:00") },
    ] as never);
    expect(r.ok && r.value.invalid.map((i) => [i.index, i.issue.code, i.issue.field])).toEqual([
      [0, "sla/invalid-option", "records[0]"],
      [1, "sla/invalid-instant", "records[1].orderTime"],
      [2, "sla/invalid-instant", "records[2].pickupTime"],
      [3, "sla/pickup-before-order", "records[3].pickupTime"],
    ]);
    expect(timelyPickupRate(records, { groupBy: "city" as never }).ok).toBe(false);
    expect(timelyPickupRate(records, { now: "later" }).ok).toBe(false);
    expect(timelyPickupRate(records, { morningDue: "9" }).ok).toBe(false);
    expect(timelyPickupRate(records, { calendar: {} as never }).ok).toBe(false);
    expect(timelyPickupRate("x" as never).ok).toBe(false);
    const strict = createWorkCalendar({ strict: true });
    const s = timelyPickupRate([{ orderTime: cn("2031-03-03 17:00") }], {
      calendar: strict,
      days: "working",
    });
    expect(s.ok && s.value.invalid[0]?.issue.code).toBe("sla/calendar-error");
  });
});
