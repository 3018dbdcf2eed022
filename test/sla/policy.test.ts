import { createWorkCalendar } from "kuaidi-kefu/calendar";
import {
  createSlaPolicy,
  PRESET_POLICIES,
  PRESET_TARGETS,
  type SlaPolicyDefinition,
} from "kuaidi-kefu/sla";
import { describe, expect, it } from "vitest";

const fields = (def: unknown): unknown => {
  const r = createSlaPolicy(def as SlaPolicyDefinition, { locale: "en" });
  return r.ok ? "ok" : r.error.map((i) => [i.code, i.field]);
};
const target = (rule: unknown, extra: object = {}): object => ({
  id: "t",
  start: "a",
  stop: "b",
  rule,
  ...extra,
});

describe("createSlaPolicy", () => {
  it("accepts every preset policy", () => {
    for (const [name, def] of Object.entries(PRESET_POLICIES)) {
      const r = createSlaPolicy(def);
      expect(r.ok, name).toBe(true);
    }
  });

  it("keeps the calendar, the name and the warning share", () => {
    const calendar = createWorkCalendar({ weeklyHours: { mon: ["09:00-18:00"] } });
    const r = createSlaPolicy({
      name: "x",
      calendar,
      warnAt: 0.5,
      targets: [PRESET_TARGETS.customerReply],
    });
    expect(
      r.ok && [
        r.value.name,
        r.value.warnAt,
        r.value.calendar === calendar,
        r.value.targets[0]?.warnAt,
      ],
    ).toEqual(["x", 0.5, true, 0.5]);
  });

  it("names the bad field of every problem", () => {
    expect(fields({ targets: [] })).toEqual([["sla/no-targets", "targets"]]);
    expect(fields({})).toEqual([["sla/invalid-option", "targets"]]);
    expect(fields(null)).toEqual([["sla/invalid-option", "targets"]]);
    expect(
      fields({
        targets: Array.from({ length: 65 }, (_, i) =>
          target({ kind: "duration", duration: 1 }, { id: `t${i}` }),
        ),
      }),
    ).toEqual([["sla/too-many-items", "targets"]]);
    expect(
      fields({ warnAt: 1.5, name: 3, calendar: {}, targets: [PRESET_TARGETS.customerReply] }),
    ).toEqual([
      ["sla/invalid-option", "calendar"],
      ["sla/invalid-option", "warnAt"],
      ["sla/invalid-option", "name"],
    ]);
    expect(
      fields({
        targets: [
          target({ kind: "duration", duration: { hours: -2 } }),
          target({ kind: "duration", duration: -5 }, { id: "u" }),
          target({ kind: "duration", duration: { weeks: 1 } }, { id: "v" }),
          target({ kind: "duration", duration: { hours: "2" } }, { id: "w" }),
          target({ kind: "duration", duration: {} }, { id: "x" }),
          target({ kind: "duration", duration: Infinity }, { id: "y" }),
          target({ kind: "duration", duration: 1, clock: "wall" }, { id: "z" }),
          target({ kind: "duration", duration: 1 }, { id: "t" }),
        ],
      }),
    ).toEqual([
      ["sla/negative-duration", "targets[0].rule.duration.hours"],
      ["sla/negative-duration", "targets[1].rule.duration"],
      ["sla/invalid-duration", "targets[2].rule.duration.weeks"],
      ["sla/invalid-duration", "targets[3].rule.duration.hours"],
      ["sla/invalid-duration", "targets[4].rule.duration"],
      ["sla/invalid-duration", "targets[5].rule.duration"],
      ["sla/invalid-option", "targets[6].rule.clock"],
      ["sla/duplicate-target", "targets[7].id"],
    ]);
  });

  it("validates rules of every kind", () => {
    const one = (rule: unknown, extra?: object): unknown =>
      fields({ targets: [target(rule, extra)] });
    expect(one(null)).toEqual([["sla/unknown-rule", "targets[0].rule"]]);
    expect(one({ kind: "sometimes" })).toEqual([["sla/unknown-rule", "targets[0].rule.kind"]]);
    expect(one({ kind: "days", days: -1 })).toEqual([
      ["sla/negative-duration", "targets[0].rule.days"],
    ]);
    expect(one({ kind: "days", days: 1.5 })).toEqual([
      ["sla/invalid-option", "targets[0].rule.days"],
    ]);
    expect(one({ kind: "days", days: 7, count: "lunar" })).toEqual([
      ["sla/invalid-option", "targets[0].rule.count"],
    ]);
    expect(one({ kind: "days", days: 7, rollToWorkday: "yes" })).toEqual([
      ["sla/invalid-option", "targets[0].rule.rollToWorkday"],
    ]);
    expect(one({ kind: "in-shift", within: { minutes: -30 } })).toEqual([
      ["sla/negative-duration", "targets[0].rule.within.minutes"],
    ]);
    expect(one({ kind: "in-shift", within: 1, clock: 1 })).toEqual([
      ["sla/invalid-option", "targets[0].rule.clock"],
    ]);
    expect(one({ kind: "in-shift", within: 1, grace: null })).toEqual([
      ["sla/invalid-duration", "targets[0].rule.grace"],
    ]);
    expect(one({ kind: "checkpoints", slots: [] })).toEqual([
      ["sla/invalid-option", "targets[0].rule.slots"],
    ]);
    expect(one({ kind: "checkpoints", slots: [{ from: "12:00", to: "08:30" }] })).toEqual([
      ["sla/slot-backwards", "targets[0].rule.slots[0]"],
    ]);
    expect(
      one({
        kind: "checkpoints",
        slots: [
          { from: "08:30", to: "12:00" },
          { from: "11:00", to: "17:00" },
        ],
      }),
    ).toEqual([["sla/slots-overlap", "targets[0].rule.slots[1]"]]);
    expect(one({ kind: "checkpoints", slots: [{ from: "8:30", to: "12:00" }] })).toEqual([
      ["sla/invalid-time-of-day", "targets[0].rule.slots[0].from"],
    ]);
    expect(one({ kind: "checkpoints", slots: [{ from: "08:30", to: "2400" }] })).toEqual([
      ["sla/invalid-time-of-day", "targets[0].rule.slots[0].to"],
    ]);
    expect(one({ kind: "checkpoints", slots: [null] })).toEqual([
      ["sla/invalid-time-of-day", "targets[0].rule.slots[0].from"],
    ]);
    expect(one({ kind: "checkpoints", slots: [{ from: "08:30", to: "12:00" }], days: 2 })).toEqual([
      ["sla/invalid-option", "targets[0].rule.days"],
    ]);
    expect(
      one({ kind: "checkpoints", slots: [{ from: "08:30", to: "12:00" }], followUp: [""] }),
    ).toEqual([["sla/invalid-event", "targets[0].rule.followUp[0]"]]);
    expect(
      one({ kind: "checkpoints", slots: [{ from: "08:30", to: "12:00" }] }, { stop: [] }),
    ).toBe("ok");
    expect(
      one({
        kind: "cutoff",
        bands: [
          { before: "11:00", due: "10:00" },
          { due: "10:00", dayOffset: 1 },
        ],
      }),
    ).toEqual([["sla/deadline-before-cutoff", "targets[0].rule.bands[0].due"]]);
  });

  it("validates targets", () => {
    const rule = { kind: "duration", duration: 1000 };
    expect(fields({ targets: [null] })).toEqual([["sla/invalid-option", "targets[0]"]]);
    expect(fields({ targets: [{ ...target(rule), id: "" }] })).toEqual([
      ["sla/invalid-option", "targets[0].id"],
    ]);
    expect(fields({ targets: [{ ...target(rule), name: 5 }] })).toEqual([
      ["sla/invalid-option", "targets[0].name"],
    ]);
    expect(fields({ targets: [{ ...target(rule), start: [] }] })).toEqual([
      ["sla/invalid-event", "targets[0].start"],
    ]);
    expect(fields({ targets: [{ ...target(rule), stop: [] }] })).toEqual([
      ["sla/invalid-event", "targets[0].stop"],
    ]);
    expect(fields({ targets: [{ ...target(rule), stop: 4 }] })).toEqual([
      ["sla/invalid-event", "targets[0].stop"],
    ]);
    expect(fields({ targets: [{ ...target(rule), start: "" }] })).toEqual([
      ["sla/invalid-event", "targets[0].start"],
    ]);
    expect(fields({ targets: [{ ...target(rule), start: ["a", 1] }] })).toEqual([
      ["sla/invalid-event", "targets[0].start[1]"],
    ]);
    expect(fields({ targets: [{ ...target(rule), pause: [null] }] })).toEqual([
      ["sla/invalid-event", "targets[0].pause[0]"],
    ]);
    expect(fields({ targets: [{ ...target(rule), resume: {} }] })).toEqual([
      ["sla/invalid-event", "targets[0].resume"],
    ]);
    expect(fields({ targets: [{ ...target(rule), warnAt: 0 }] })).toEqual([
      ["sla/invalid-option", "targets[0].warnAt"],
    ]);
  });

  it("writes messages in zh-CN by default and English on request", () => {
    const def = { targets: [target({ kind: "duration", duration: { minutes: -3 } })] } as never;
    const zh = createSlaPolicy(def);
    const en = createSlaPolicy(def, { locale: "en" });
    expect(zh.ok ? null : zh.error[0]?.message).toBe(
      "targets[0].rule.duration.minutes：时长不能为负（-3）",
    );
    expect(en.ok ? null : en.error[0]).toEqual({
      code: "sla/negative-duration",
      message: "targets[0].rule.duration.minutes: duration must not be negative (-3)",
      path: ["targets", 0, "rule", "duration", "minutes"],
      field: "targets[0].rule.duration.minutes",
      value: -3,
    });
  });
});
