import { DAY_MS, MINUTE_MS, wallFields } from "../calendar/zone.ts";
import type { IssuePath, Locale } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { addWorkdaysFrom, nextWorkdayAfter, type SlaClock } from "./clock.ts";
import { describe, slaIssue, type SlaIssue } from "./messages.ts";
import { formatMinutes, readTimeOfDay, type TimeOfDay } from "./time-of-day.ts";

/**
 * One band of a cut-off rule: orders placed before `before` (wall clock) on a day are due at
 * `due` on the same day (`dayOffset` 0) or `dayOffset` days later. The last band has no
 * `before` (it runs to midnight).
 *
 * @example
 * ```ts
 * import type { CutoffBand } from "kuaidi-kefu/sla";
 * const morning: CutoffBand = { before: "11:00", due: "15:00" };
 * morning.due; // => "15:00"
 * ```
 */
export interface CutoffBand {
  /** Orders strictly before this wall time fall in the band (`"HH:mm"`); omit on the last band. */
  readonly before?: TimeOfDay;
  /** Wall time the order is due at (`"HH:mm"`, `"24:00"` = end of day). */
  readonly due: TimeOfDay;
  /** Days after the order day (default 0); counted as working days when `days` is `"working"`. */
  readonly dayOffset?: number;
}

/**
 * How "the same day" and "the next day" are counted: every calendar day, or working days of
 * the calendar (holidays skipped, 调休 make-up days included). With `"working"`, an order placed
 * on a non-working day counts as placed at the start of the next working day.
 *
 * @example
 * ```ts
 * import type { DayCounting } from "kuaidi-kefu/sla";
 * const days: DayCounting = "working";
 * days; // => "working"
 * ```
 */
export type DayCounting = "calendar" | "working";

/**
 * A cut-off rule on wall-clock time: bands in increasing order of `before`, the last without
 * `before`.
 *
 * @example
 * ```ts
 * import type { CutoffRule } from "kuaidi-kefu/sla";
 * const rule: CutoffRule = {
 *   kind: "cutoff",
 *   bands: [{ before: "16:30", due: "17:00" }, { due: "17:00", dayOffset: 1 }],
 *   days: "working",
 * };
 * rule.bands.length; // => 2
 * ```
 */
export interface CutoffRule {
  readonly kind: "cutoff";
  readonly bands: readonly CutoffBand[];
  /** Day counting; default `"calendar"`. */
  readonly days?: DayCounting;
}

/**
 * A validated cut-off rule: minutes since midnight, offsets as integers.
 *
 * @example
 * ```ts
 * import { createSlaPolicy, PRESET_POLICIES, type CompiledCutoff } from "kuaidi-kefu/sla";
 * const policy = createSlaPolicy(PRESET_POLICIES.phoneOrder);
 * const rule = policy.ok ? policy.value.targets[2]?.rule : undefined;
 * const cutoff: CompiledCutoff | undefined = rule?.kind === "cutoff" ? rule : undefined;
 * cutoff?.kind; // => "cutoff"
 * ```
 */
export interface CompiledCutoff {
  readonly kind: "cutoff";
  readonly bands: readonly {
    readonly before: number;
    readonly due: number;
    readonly offset: number;
  }[];
  readonly days: DayCounting;
}

/** The answer of a cut-off computation, as epoch ms and the band that applied. */
export interface CutoffAnswer {
  readonly due: number;
  readonly band: number;
  readonly rolled: boolean;
}

const MAX_BANDS = 48;

/** Validates a day-counting option. */
export function readDayCounting(
  value: unknown,
  fallback: DayCounting,
  path: IssuePath,
  locale: Locale | undefined,
): Result<DayCounting, SlaIssue> {
  if (value === undefined) return ok(fallback);
  if (value === "calendar" || value === "working") return ok(value);
  return err(
    slaIssue(
      "sla/invalid-option",
      { expected: '"calendar" | "working"', received: describe(value) },
      path,
      locale,
    ),
  );
}

/** Validates a cut-off rule: well-formed times, bands in order, no deadline before its cut-off. */
export function compileCutoff(
  rule: unknown,
  path: IssuePath,
  locale: Locale | undefined,
): Result<CompiledCutoff, SlaIssue> {
  const r = (typeof rule === "object" && rule !== null ? rule : {}) as Record<string, unknown>;
  const days = readDayCounting(r["days"], "calendar", [...path, "days"], locale);
  if (!days.ok) return days;
  const raw = r["bands"];
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_BANDS) {
    return err(
      slaIssue(
        "sla/invalid-option",
        { expected: `1 to ${MAX_BANDS} bands`, received: describe(raw) },
        [...path, "bands"],
        locale,
      ),
    );
  }
  const bands: { before: number; due: number; offset: number }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const bandPath = [...path, "bands", i];
    const b = raw[i] as Record<string, unknown> | null;
    if (typeof b !== "object" || b === null) {
      return err(
        slaIssue(
          "sla/invalid-option",
          { expected: "a band object", received: describe(b) },
          bandPath,
          locale,
        ),
      );
    }
    const last = i === raw.length - 1;
    let before = 1440;
    if (!last || b["before"] !== undefined) {
      const t = readTimeOfDay(b["before"], [...bandPath, "before"], locale);
      if (!t.ok) return t;
      before = t.value;
      if (last && before !== 1440) {
        return err(
          slaIssue(
            "sla/invalid-option",
            {
              expected: 'no "before" (or "24:00") on the last band',
              received: describe(b["before"]),
            },
            [...bandPath, "before"],
            locale,
          ),
        );
      }
    }
    const due = readTimeOfDay(b["due"], [...bandPath, "due"], locale);
    if (!due.ok) return due;
    const offsetRaw = b["dayOffset"] ?? 0;
    if (
      typeof offsetRaw !== "number" ||
      !Number.isInteger(offsetRaw) ||
      offsetRaw < 0 ||
      offsetRaw > 366
    ) {
      return err(
        slaIssue(
          "sla/invalid-option",
          { expected: "a whole number of days 0-366", received: describe(offsetRaw) },
          [...bandPath, "dayOffset"],
          locale,
        ),
      );
    }
    if (offsetRaw === 0 && due.value < before) {
      return err(
        slaIssue(
          "sla/deadline-before-cutoff",
          { before: formatMinutes(before), due: formatMinutes(due.value) },
          [...bandPath, "due"],
          locale,
        ),
      );
    }
    const prev = bands[bands.length - 1];
    if (
      prev !== undefined &&
      (before <= prev.before || offsetRaw * 1440 + due.value < prev.offset * 1440 + prev.due)
    ) {
      return err(slaIssue("sla/bands-out-of-order", {}, bandPath, locale));
    }
    bands.push({ before, due: due.value, offset: offsetRaw });
  }
  return ok({ kind: "cutoff", bands, days: days.value });
}

/** Due instant of an order under a compiled cut-off rule; NaN fields when the calendar refuses. */
export function computeCutoff(
  order: number,
  rule: CompiledCutoff,
  clock: SlaClock,
): CutoffAnswer | undefined {
  const wall = clock.zone.toWall(order);
  const fields = wallFields(wall);
  let day = fields.dayNumber;
  let minute = fields.minuteOfDay;
  let rolled = false;
  if (rule.days === "working") {
    const w = clock.isWorkday(day);
    if (w === undefined) return undefined;
    if (!w) {
      day = nextWorkdayAfter(clock, day);
      if (Number.isNaN(day)) return undefined;
      minute = 0;
      rolled = true;
    }
  }
  let band = rule.bands.length - 1;
  for (let i = 0; i < rule.bands.length; i++) {
    if (minute < (rule.bands[i] as { before: number }).before) {
      band = i;
      break;
    }
  }
  const b = rule.bands[band] as { due: number; offset: number };
  const target = rule.days === "working" ? addWorkdaysFrom(clock, day, b.offset) : day + b.offset;
  if (Number.isNaN(target)) return undefined;
  const due = clock.zone.fromWall(target * DAY_MS + b.due * MINUTE_MS);
  // A DST gap can move a wall time; a deadline never precedes its order.
  return { due: Math.max(due, order), band, rolled };
}
