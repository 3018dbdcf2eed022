import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import chineseDays from "chinese-days";
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
import businessTime from "dayjs-business-time";
import moment from "moment";
import "moment-business-time";
import {
  addWorkingTime,
  createWorkCalendar,
  isWorkday,
  workingTimeBetween,
} from "../src/calendar/index.ts";
import type { BenchCase } from "./harness.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const data = JSON.parse(readFileSync(`${root}data/calendar/cn-holidays.json`, "utf8")) as {
  years: Record<string, { date: string; isOffDay: boolean }[]>;
};
// A schedule the peers can express: Monday-Friday 08:30-17:00 with the statutory days off but
// without make-up working days (they have no way to make a Saturday a working day).
const offDays = Object.values(data.years)
  .flat()
  .filter((d) => d.isOffDay)
  .map((d) => d.date);

const cdIsWorkday = (chineseDays as unknown as { isWorkday(d: string): boolean }).isWorkday;
const HOUR = 3_600_000;
const CN = 8 * HOUR;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same inputs. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export default function calendarBench(): BenchCase[] {
  const cal = createWorkCalendar({ chinaHolidays: false, holidays: offDays });

  // The peers work on the process's local clock; run them in UTC mode on China wall times
  // (instant + 8 h) so that the comparison does not depend on the machine's zone.
  const week = {
    0: null,
    1: ["08:30:00", "17:00:00"],
    2: ["08:30:00", "17:00:00"],
    3: ["08:30:00", "17:00:00"],
    4: ["08:30:00", "17:00:00"],
    5: ["08:30:00", "17:00:00"],
    6: null,
  };
  moment.updateLocale("en", {
    workinghours: week,
    holidays: offDays,
  } as moment.LocaleSpecification);
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

  // Starts: whole minutes 2024-2025 inside working hours; durations: 1 minute to ~2 weeks of
  // business time, in whole minutes.
  const rnd = random(20260213);
  const cases: { start: number; minutes: number }[] = [];
  while (cases.length < 200) {
    const t = Date.UTC(2024, 0, 1) - CN + Math.floor(rnd() * 730 * 24 * 60) * 60_000;
    const open = workingTimeBetween(t, t + 60_000, cal);
    if (!open.ok || open.value !== 60_000) continue;
    cases.push({ start: t, minutes: 1 + Math.floor(rnd() * 5000) });
  }

  const ours = (c: { start: number; minutes: number }): number => {
    const r = addWorkingTime(c.start, { minutes: c.minutes }, cal);
    return r.ok ? r.value.getTime() : Number.NaN;
  };
  const viaMoment = (c: { start: number; minutes: number }): number =>
    (moment.utc(c.start + CN) as unknown as { addWorkingTime(n: number, u: string): moment.Moment })
      .addWorkingTime(c.minutes, "minutes")
      .valueOf() - CN;
  const viaDayjs = (c: { start: number; minutes: number }): number =>
    (dayjs.utc(c.start + CN) as unknown as { addBusinessMinutes(n: number): dayjs.Dayjs })
      .addBusinessMinutes(c.minutes)
      .valueOf() - CN;

  const agree = (
    f: (c: { start: number; minutes: number }) => number,
  ): { same: number; of: number; firstDiff?: string } => {
    let same = 0;
    let firstDiff: string | undefined;
    for (const c of cases) {
      const a = ours(c);
      const b = f(c);
      if (a === b) same++;
      else
        firstDiff ??= `${new Date(c.start).toISOString()} +${c.minutes}min: ours ${new Date(a).toISOString()}, peer ${new Date(b).toISOString()}`;
    }
    return { same, of: cases.length, ...(firstDiff ? { firstDiff } : {}) };
  };
  const momentAgreement = agree(viaMoment);
  const dayjsAgreement = agree(viaDayjs);

  // isWorkday over every date of 2020-2026 as 'YYYY-MM-DD' keys (chinese-days' documented input).
  const keys: string[] = [];
  for (let t = Date.UTC(2020, 0, 1); t <= Date.UTC(2026, 11, 31); t += 24 * HOUR)
    keys.push(new Date(t).toISOString().slice(0, 10));
  let daysSame = 0;
  for (const k of keys) {
    const r = isWorkday(k);
    if (r.ok && r.value === cdIsWorkday(k)) daysSame++;
  }
  const tz = process.env["TZ"] ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  const few = cases.slice(0, 10);
  const runOurs = (): number => {
    let n = 0;
    for (const c of cases) n += ours(c);
    return n;
  };
  return [
    {
      task: "add business minutes, Mon-Fri 08:30-17:00 + CN holidays (200 cases)",
      subject: "addWorkingTime",
      run: runOurs,
      baseline: "dayjs-business-time addBusinessMinutes",
      runBaseline: () => {
        let n = 0;
        for (const c of cases) n += viaDayjs(c);
        return n;
      },
      itemsPerIteration: cases.length,
      targetRatio: 10,
      extra: { agreement: dayjsAgreement },
    },
    {
      // moment-business-time matches every holiday with minimatch on every day it visits
      // (~20 ms a call here), so it gets the first 10 cases only; ratios are per item.
      task: "add business minutes, Mon-Fri 08:30-17:00 + CN holidays (10 cases)",
      subject: "addWorkingTime",
      run: () => {
        let n = 0;
        for (const c of few) n += ours(c);
        return n;
      },
      baseline: "moment-business-time addWorkingTime",
      runBaseline: () => {
        let n = 0;
        for (const c of few) n += viaMoment(c);
        return n;
      },
      itemsPerIteration: few.length,
      targetRatio: 10,
      extra: { agreement: momentAgreement },
    },
    {
      // Not a peer comparison: the same function on 10-year and 1-hour spans. A ratio near 1
      // shows the cost does not grow with the span (prefix sums + binary search).
      task: "addWorkingTime on the China calendar: 10-year vs 1-hour spans (200 cases)",
      subject: "addWorkingTime (10 business years)",
      run: () => {
        let n = 0;
        for (const c of cases) {
          const r = addWorkingTime(c.start - 12 * 365 * 24 * HOUR, { days: 2500 });
          if (r.ok) n += r.value.getTime();
        }
        return n;
      },
      baseline: "addWorkingTime (1 business hour)",
      runBaseline: () => {
        let n = 0;
        for (const c of cases) {
          const r = addWorkingTime(c.start - 12 * 365 * 24 * HOUR, { hours: 1 });
          if (r.ok) n += r.value.getTime();
        }
        return n;
      },
      itemsPerIteration: cases.length,
    },
    {
      task: "isWorkday on 'YYYY-MM-DD', every day 2020-2026 (2557 keys)",
      subject: "isWorkday",
      run: () => {
        let n = 0;
        for (const k of keys) {
          const r = isWorkday(k);
          if (r.ok && r.value) n++;
        }
        return n;
      },
      baseline: "chinese-days isWorkday",
      runBaseline: () => {
        let n = 0;
        for (const k of keys) if (cdIsWorkday(k)) n++;
        return n;
      },
      itemsPerIteration: keys.length,
      targetRatio: 5,
      extra: { agreement: { same: daysSame, of: keys.length, processTZ: tz } },
    },
  ];
}
