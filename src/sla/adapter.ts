import {
  addWorkingTime,
  getChinaCalendar,
  isWorkday,
  isWorkingTime,
  nextWorkingTime,
  workingTimeBetween,
  type WorkCalendar,
} from "../calendar/index.ts";
import { DAY_MS, getZone, HOUR_MS, yearOfDayNumber } from "../calendar/zone.ts";
import type { SlaClock } from "./clock.ts";

/**
 * The engine's clock over a calendar's public queries: every answer a number (NaN or
 * `undefined` when the calendar returns an error; the error code is kept for the report).
 * Returns `undefined` when `calendar` is not a calendar made by `createWorkCalendar`.
 */
export function clockFor(calendar: WorkCalendar | undefined): SlaClock | undefined {
  const cal = calendar ?? getChinaCalendar();
  if (typeof cal !== "object" || cal === null || cal.kind !== "kuaidi-kefu/work-calendar")
    return undefined;
  // Calendars are immutable, so their clock is built once (lazily) and reused.
  const cached = clocks.get(cal);
  if (cached !== undefined) return cached;
  const clock = buildClock(cal);
  if (clock !== undefined) clocks.set(cal, clock);
  return clock;
}

const clocks = new WeakMap<WorkCalendar, SlaClock>();

function buildClock(cal: WorkCalendar): SlaClock | undefined {
  const zone = getZone(cal.timeZone);
  // Probe once: a forged object with the right `kind` is refused by the calendar itself.
  if (zone === undefined) return undefined;
  const probe = isWorkday(0, cal);
  if (!probe.ok && probe.error.code === "calendar/invalid-calendar") return undefined;
  const covered = new Set(cal.coveredYears);
  const usesData = cal.coverage !== null;
  let lastError: string | undefined;
  const yearOf = (t: number): number => yearOfDayNumber(Math.floor(zone.toWall(t) / DAY_MS));
  return {
    zone,
    isWorkday(dayNumber) {
      const r = isWorkday(zone.fromWall(dayNumber * DAY_MS + 12 * HOUR_MS), cal);
      if (r.ok) return r.value;
      lastError = r.error.code;
      return undefined;
    },
    isWorkingTime(instant) {
      const r = isWorkingTime(instant, cal);
      if (r.ok) return r.value;
      lastError = r.error.code;
      return undefined;
    },
    nextWorkingTime(instant) {
      const r = nextWorkingTime(instant, cal);
      if (r.ok) return r.value.getTime();
      lastError = r.error.code;
      return Number.NaN;
    },
    addWorkingTime(instant, ms) {
      const r = addWorkingTime(instant, ms, cal);
      if (r.ok) return r.value.getTime();
      lastError = r.error.code;
      return Number.NaN;
    },
    workingTimeBetween(a, b) {
      const r = workingTimeBetween(a, b, cal);
      if (r.ok) return r.value;
      lastError = r.error.code;
      return Number.NaN;
    },
    covers(a, b) {
      if (!usesData) return true;
      const y1 = yearOf(Math.min(a, b));
      const y2 = yearOf(Math.max(a, b));
      for (let y = y1; y <= y2; y++) if (!covered.has(y)) return false;
      return true;
    },
    lastError: () => lastError,
  };
}
