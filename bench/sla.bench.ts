import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
import businessTime from "dayjs-business-time";
import { formatInTimeZone, fromZonedTime } from "date-fns-tz";
import { createWorkCalendar } from "../src/calendar/index.ts";
import {
  createSlaPolicy,
  evaluateSla,
  pickupDeadline,
  PRESET_POLICIES,
  type SlaEvent,
  type SlaPolicy,
} from "../src/sla/index.ts";
import type { BenchCase } from "./harness.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const data = JSON.parse(readFileSync(`${root}data/calendar/cn-holidays.json`, "utf8")) as {
  years: Record<string, { date: string; isOffDay: boolean }[]>;
};
const offDays = Object.values(data.years)
  .flat()
  .filter((d) => d.isOffDay)
  .map((d) => d.date);

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const CN = 8 * HOUR;

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function compiled(def: Parameters<typeof createSlaPolicy>[0]): SlaPolicy {
  const r = createSlaPolicy(def);
  if (!r.ok) throw new Error(`[kuaidi-kefu] bench policy invalid: ${JSON.stringify(r.error)}`);
  return r.value;
}

export default function slaBench(): BenchCase[] {
  const rnd = random(20260302);
  const minuteIn2026 = (): number =>
    Date.UTC(2026, 0, 5) - CN + Math.floor(rnd() * 340) * DAY + Math.floor(rnd() * 24 * 60) * MIN;

  // Realistic cases over 2026 (China calendar with 调休): a complaint that waits for the
  // customer once, a phone order from confirmation to pickup, and an overdue delivery followed
  // up for three days.
  const complaint = compiled(PRESET_POLICIES.complaintSimple);
  const phone = compiled(PRESET_POLICIES.phoneOrder);
  const overdue = compiled(PRESET_POLICIES.overdueDelivery);
  type Case = { policy: SlaPolicy; events: SlaEvent[]; now: number };
  const mix: Case[] = [];
  for (let i = 0; i < 300; i++) {
    const t = minuteIn2026();
    const kind = i % 3;
    if (kind === 0) {
      const p = t + Math.floor(rnd() * 90) * MIN;
      const r = p + Math.floor(rnd() * 48 * 60) * MIN;
      mix.push({
        policy: complaint,
        events: [
          { type: "created", at: t },
          { type: "paused", at: p },
          { type: "resumed", at: r },
        ],
        now: r + 30 * MIN,
      });
    } else if (kind === 1) {
      const d = t + Math.floor(rnd() * 5) * MIN;
      const f = d + Math.floor(rnd() * 120) * MIN;
      const u = f + Math.floor(rnd() * 10 * 60) * MIN;
      mix.push({
        policy: phone,
        events: [
          { type: "confirmed", at: t },
          { type: "dispatched", at: d },
          { type: "followed-up", at: f },
          { type: "picked-up", at: u },
        ],
        now: u + HOUR,
      });
    } else {
      const events: SlaEvent[] = [{ type: "overdue", at: t }];
      for (let k = 1; k <= 6; k++) events.push({ type: "followed-up", at: t + k * 11 * HOUR });
      mix.push({ policy: overdue, events, now: t + 3 * DAY });
    }
  }

  // Peer comparison on a schedule dayjs-business-time can express: Monday-Friday 08:30-17:00
  // with the statutory days off and no make-up days. Task: the due time of a 2-business-hour
  // complaint paused once (used = working time before the pause; due = resume + the rest).
  const plain = createWorkCalendar({ chinaHolidays: false, holidays: offDays });
  const plainComplaint = compiled({
    calendar: plain,
    targets: [PRESET_POLICIES.complaintSimple.targets[0]],
  });
  dayjs.extend(utc);
  dayjs.extend(businessTime);
  const seg = [{ start: "08:30:00", end: "17:00:00" }];
  dayjs.setBusinessTime({
    sunday: null,
    monday: seg,
    tuesday: seg,
    wednesday: seg,
    thursday: seg,
    friday: seg,
    saturday: null,
  });
  dayjs.setHolidays(offDays);
  const paused: { start: number; pause: number; resume: number }[] = [];
  while (paused.length < 200) {
    // Whole minutes inside working hours, pause within the first 2 working hours.
    const start =
      Date.UTC(2024, 0, 2) -
      CN +
      Math.floor(rnd() * 700) * DAY +
      (8.5 * 60 + Math.floor(rnd() * 8 * 60)) * MIN;
    const pause = start + Math.floor(rnd() * 30) * MIN;
    const resume = pause + Math.floor(rnd() * 3 * 24 * 60) * MIN;
    paused.push({ start, pause, resume });
  }
  const ours = (c: { start: number; pause: number; resume: number }): number => {
    const r = evaluateSla(
      plainComplaint,
      [
        { type: "created", at: c.start },
        { type: "paused", at: c.pause },
        { type: "resumed", at: c.resume },
      ],
      c.resume,
    );
    return r.ok ? (r.value.targets[0]?.due?.getTime() ?? -1) : -1;
  };
  const peer = (c: { start: number; pause: number; resume: number }): number => {
    // The peer runs in UTC mode on China wall times (instant + 8 h), independent of the host zone.
    const start = dayjs.utc(c.start + CN);
    const used = start.businessMinutesDiff(dayjs.utc(c.pause + CN));
    return (
      dayjs
        .utc(c.resume + CN)
        .addBusinessMinutes(120 - used)
        .valueOf() - CN
    );
  };
  let agree = 0;
  for (const c of paused) if (ours(c) === peer(c)) agree++;

  // Pickup cut-off rule against the same rule written directly with date-fns-tz.
  const orders = Array.from({ length: 500 }, () => minuteIn2026());
  const naivePickup = (t: number): number => {
    const hm = formatInTimeZone(t, "Asia/Shanghai", "HH:mm");
    const day = formatInTimeZone(t, "Asia/Shanghai", "yyyy-MM-dd");
    if (hm < "11:00") return fromZonedTime(`${day}T15:00:00`, "Asia/Shanghai").getTime();
    if (hm < "16:00") return fromZonedTime(`${day}T20:00:00`, "Asia/Shanghai").getTime();
    const next = formatInTimeZone(t + DAY, "Asia/Shanghai", "yyyy-MM-dd");
    return fromZonedTime(`${next}T10:00:00`, "Asia/Shanghai").getTime();
  };
  let pickupAgree = 0;
  for (const t of orders) {
    const r = pickupDeadline(t);
    if (r.ok && r.value.due.getTime() === naivePickup(t)) pickupAgree++;
  }

  // A long case: a complex complaint open for a year with 100 pauses (cost is per event, not per
  // day or minute of the span).
  const long: SlaEvent[] = [{ type: "created", at: Date.UTC(2025, 0, 6, 1) }];
  for (let k = 0; k < 100; k++) {
    const base = Date.UTC(2025, 0, 6, 1) + (k + 1) * 3 * DAY;
    long.push({ type: "paused", at: base }, { type: "resumed", at: base + 26 * HOUR });
  }
  const longNow = Date.UTC(2025, 11, 31, 8);

  return [
    {
      task: "evaluateSla, one complaint open a year with 100 pauses",
      subject: "evaluateSla",
      run: () => evaluateSla(complaint, long, longNow).ok,
    },
    {
      task: "evaluateSla, realistic mix (complaint+pause, phone order, overdue 3 days)",
      subject: "evaluateSla",
      itemsPerIteration: mix.length,
      run: () => {
        let n = 0;
        for (const c of mix) if (evaluateSla(c.policy, c.events, c.now).ok) n++;
        return n;
      },
    },
    {
      task: "paused 2-business-hour complaint: due time (no make-up days)",
      subject: "evaluateSla",
      baseline: "dayjs-business-time",
      itemsPerIteration: paused.length,
      run: () => paused.reduce((s, c) => s + ours(c), 0),
      runBaseline: () => paused.reduce((s, c) => s + peer(c), 0),
      extra: { agreement: `${agree}/${paused.length}` },
    },
    {
      task: "pickup deadline (11:00/16:00 cut-offs, China time)",
      subject: "pickupDeadline",
      baseline: "date-fns-tz hand-written rule",
      itemsPerIteration: orders.length,
      run: () =>
        orders.reduce((s, t) => {
          const r = pickupDeadline(t);
          return s + (r.ok ? r.value.due.getTime() : 0);
        }, 0),
      runBaseline: () => orders.reduce((s, t) => s + naivePickup(t), 0),
      extra: { agreement: `${pickupAgree}/${orders.length}` },
    },
  ];
}
