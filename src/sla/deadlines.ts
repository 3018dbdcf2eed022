import type { WorkCalendar } from "../calendar/index.ts";
import type { LocaleOptions, Locale } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { clockFor } from "./adapter.ts";
import type { SlaClock } from "./clock.ts";
import { compileCutoff, computeCutoff, type CutoffBand, type DayCounting } from "./cutoff-rule.ts";
import { readInstant, type InstantInput } from "./instant.ts";
import { describe, slaIssue, type SlaIssue } from "./messages.ts";
import { PRESET_RULES } from "./presets.ts";
import { budgetOf, compileRule, type SlaClockKind } from "./rules.ts";
import { readDuration, type DurationInput } from "./duration.ts";
import type { TimeOfDay } from "./time-of-day.ts";

/**
 * A deadline computed by a cut-off function: the instant, which band or case applied, and
 * whether the start was moved to the next working day first.
 *
 * @example
 * ```ts
 * import { pickupDeadline } from "kuaidi-kefu/sla";
 * const r = pickupDeadline("2026-03-02T10:59+08:00");
 * r.ok ? r.value.band : null; // => "morning"
 * ```
 */
export interface Deadline<B extends string = string> {
  readonly due: Date;
  readonly band: B;
  /** True when the order fell on a non-working day and counted from the next working day. */
  readonly rolledToWorkday: boolean;
}

/**
 * Options every deadline function takes: a calendar (default: built-in China) and a locale.
 *
 * @example
 * ```ts
 * import { createWorkCalendar } from "kuaidi-kefu/calendar";
 * import type { DeadlineCalendarOptions } from "kuaidi-kefu/sla";
 * const o: DeadlineCalendarOptions = { calendar: createWorkCalendar({ weeklyHours: { mon: ["09:00-18:00"] } }), locale: "en" };
 * o.locale; // => "en"
 * ```
 */
export interface DeadlineCalendarOptions extends LocaleOptions {
  /** Work calendar from `createWorkCalendar` (zone, hours, holidays); default the built-in China calendar. */
  readonly calendar?: WorkCalendar;
}

/**
 * Options of {@link pickupDeadline}; every time is a wall-clock `"HH:mm"` in the calendar's zone.
 *
 * @example
 * ```ts
 * import type { PickupDeadlineOptions } from "kuaidi-kefu/sla";
 * const o: PickupDeadlineOptions = { afternoonDue: "19:00", days: "working" };
 * o.days; // => "working"
 * ```
 */
export interface PickupDeadlineOptions extends DeadlineCalendarOptions {
  /** Orders strictly before this are "morning" orders; default `"11:00"`. */
  readonly morningCutoff?: TimeOfDay;
  /** Morning orders are picked up by; default `"15:00"`. */
  readonly morningDue?: TimeOfDay;
  /** Orders from `morningCutoff` to strictly before this are "afternoon" orders; default `"16:00"`. */
  readonly afternoonCutoff?: TimeOfDay;
  /** Afternoon orders are picked up the same day by; default `"20:00"`. */
  readonly afternoonDue?: TimeOfDay;
  /** Orders from `afternoonCutoff` on are picked up the next day by; default `"10:00"`. */
  readonly nextMorningDue?: TimeOfDay;
  /** "The next day": every calendar day (default) or the next working day. */
  readonly days?: DayCounting;
}

/** The bands of the pickup rule. */
export type PickupBand = "morning" | "afternoon" | "evening";

const PICKUP_BANDS: readonly PickupBand[] = ["morning", "afternoon", "evening"];

export function resolveClock(
  calendar: unknown,
  locale: Locale | undefined,
): Result<SlaClock, SlaIssue> {
  const clock = clockFor(calendar as WorkCalendar | undefined);
  if (clock === undefined) {
    return err(
      slaIssue(
        "sla/invalid-option",
        { expected: "a calendar from createWorkCalendar", received: describe(calendar) },
        ["calendar"],
        locale,
      ),
    );
  }
  return ok(clock);
}

export function calendarError(
  clock: SlaClock,
  field: string,
  locale: Locale | undefined,
): SlaIssue {
  return slaIssue(
    "sla/calendar-error",
    { cause: clock.lastError() ?? "calendar/no-working-time" },
    [field],
    locale,
  );
}

function runCutoff<B extends string>(
  orderTime: unknown,
  bands: readonly CutoffBand[],
  days: unknown,
  names: readonly B[],
  options: DeadlineCalendarOptions | undefined,
): Result<Deadline<B>, SlaIssue> {
  const locale = options?.locale;
  const clock = resolveClock(options?.calendar, locale);
  if (!clock.ok) return clock;
  const rule = compileCutoff({ kind: "cutoff", bands, days }, [], locale);
  if (!rule.ok) return rule;
  const at = readInstant(orderTime, ["orderTime"], locale);
  if (!at.ok) return at;
  const answer = computeCutoff(at.value, rule.value, clock.value);
  if (answer === undefined) return err(calendarError(clock.value, "orderTime", locale));
  return ok({
    due: new Date(answer.due),
    band: names[answer.band] as B,
    rolledToWorkday: answer.rolled,
  });
}

/**
 * The pickup deadline of an order (提货时效, seed 000 §1.2), on the wall clock of the calendar's
 * zone (China time by default, whatever the server's zone):
 *
 * - ordered **before 11:00** → picked up by **15:00** the same day (`"morning"`);
 * - from **11:00** to before **16:00** → the same day, by **20:00** (`"afternoon"`);
 * - from **16:00** → the next day by **10:00** (`"evening"`).
 *
 * Boundaries are half-open: an order at exactly 11:00:00 is an afternoon order, one at exactly
 * 16:00:00 an evening order. "The next day" is the next calendar day (pickup runs every day);
 * with `days: "working"` it is the next working day, and an order placed on a non-working day
 * counts from the start of the next working day (so it is due by 15:00 that day). The order time
 * of record is when the final dispatch SMS was sent.
 *
 * @example
 * ```ts
 * import { pickupDeadline } from "kuaidi-kefu/sla";
 * const at = (r: ReturnType<typeof pickupDeadline>) => (r.ok ? r.value.due.toISOString() : r.error.code);
 * at(pickupDeadline("2026-03-02T10:59+08:00")); // => "2026-03-02T07:00:00.000Z"
 * at(pickupDeadline("2026-03-02T11:00+08:00")); // => "2026-03-02T12:00:00.000Z"
 * at(pickupDeadline("2026-03-02T16:00+08:00")); // => "2026-03-03T02:00:00.000Z"
 * // Friday 17:00 before the 2026 Spring Festival: next calendar day, or next working day.
 * at(pickupDeadline("2026-02-13T17:00+08:00")); // => "2026-02-14T02:00:00.000Z"
 * at(pickupDeadline("2026-02-14T17:00+08:00", { days: "working" })); // => "2026-02-24T02:00:00.000Z"
 * at(pickupDeadline("not a time")); // => "sla/invalid-instant"
 * ```
 */
export function pickupDeadline(
  orderTime: InstantInput,
  options?: PickupDeadlineOptions,
): Result<Deadline<PickupBand>, SlaIssue> {
  const o = options ?? {};
  return runCutoff(
    orderTime,
    pickupBands(o),
    o.days ?? PRESET_RULES.pickup.days,
    PICKUP_BANDS,
    options,
  );
}

/** The three pickup bands with the options' overrides. */
export function pickupBands(o: PickupDeadlineOptions): CutoffBand[] {
  return [
    { before: o.morningCutoff ?? "11:00", due: o.morningDue ?? "15:00" },
    { before: o.afternoonCutoff ?? "16:00", due: o.afternoonDue ?? "20:00" },
    { due: o.nextMorningDue ?? "10:00", dayOffset: 1 },
  ];
}

/**
 * Options of {@link shippingDeadline}.
 *
 * @example
 * ```ts
 * import type { ShippingDeadlineOptions } from "kuaidi-kefu/sla";
 * const o: ShippingDeadlineOptions = { promotion: true };
 * o.promotion; // => true
 * ```
 */
export interface ShippingDeadlineOptions extends DeadlineCalendarOptions {
  /** Orders strictly before this ship the same day; default `"16:30"`. */
  readonly cutoff?: TimeOfDay;
  /** Wall time by which they ship (end of the working day, 下班前); default `"17:00"`. */
  readonly shipBy?: TimeOfDay;
  /** Count working days (default) or every calendar day. */
  readonly days?: DayCounting;
  /** During a promotion: "same day, at worst within 24 hours"; the deadline is `promotionLimit` after the order. */
  readonly promotion?: boolean;
  /** Outer limit during promotions; default `{ hours: 24 }`. */
  readonly promotionLimit?: DurationInput;
}

/** The cases of the shipping rule. */
export type ShippingBand = "same-day" | "next-day" | "promotion";

/**
 * When an online-shop order must be handed to the warehouse (seed 002): outside promotions,
 * orders before **16:30** ship the same working day, before the end of work (**17:00**); later
 * orders, and orders on non-working days, by 17:00 of the next working day. During promotions
 * the outer limit is **24 hours** after the order.
 *
 * @example
 * ```ts
 * import { shippingDeadline } from "kuaidi-kefu/sla";
 * const at = (r: ReturnType<typeof shippingDeadline>) => (r.ok ? r.value.due.toISOString() : r.error.code);
 * at(shippingDeadline("2026-03-02T16:29+08:00")); // => "2026-03-02T09:00:00.000Z"
 * at(shippingDeadline("2026-03-02T16:30+08:00")); // => "2026-03-03T09:00:00.000Z"
 * at(shippingDeadline("2026-03-02T20:00+08:00", { promotion: true })); // => "2026-03-03T12:00:00.000Z"
 * ```
 */
export function shippingDeadline(
  orderTime: InstantInput,
  options?: ShippingDeadlineOptions,
): Result<Deadline<ShippingBand>, SlaIssue> {
  const o = options ?? {};
  const locale = o.locale;
  if (o.promotion === true) {
    const at = readInstant(orderTime, ["orderTime"], locale);
    if (!at.ok) return at;
    const ms = readDuration(
      o.promotionLimit ?? PRESET_RULES.promotionShipping.duration,
      ["promotionLimit"],
      locale,
    );
    if (!ms.ok) return ms;
    return ok({ due: new Date(at.value + ms.value), band: "promotion", rolledToWorkday: false });
  }
  const shipBy = o.shipBy ?? "17:00";
  const bands: CutoffBand[] = [
    { before: o.cutoff ?? "16:30", due: shipBy },
    { due: shipBy, dayOffset: 1 },
  ];
  return runCutoff(
    orderTime,
    bands,
    o.days ?? PRESET_RULES.sameDayShipping.days,
    ["same-day", "next-day"] as const,
    options,
  );
}

/**
 * Options of {@link webOrderReviewDeadline}.
 *
 * @example
 * ```ts
 * import type { WebOrderReviewOptions } from "kuaidi-kefu/sla";
 * const o: WebOrderReviewOptions = { within: { minutes: 20 }, clock: "calendar" };
 * o.clock; // => "calendar"
 * ```
 */
export interface WebOrderReviewOptions extends DeadlineCalendarOptions {
  /** Review time for orders placed in working hours; default `{ minutes: 30 }`. */
  readonly within?: DurationInput;
  /** Clock of `within`; default `"business"` (the shift's working time). */
  readonly clock?: SlaClockKind;
  /** Working time allowed after the next opening for orders placed outside hours; default 0. */
  readonly grace?: DurationInput;
}

/**
 * When a web order must be reviewed and the customer called back (核单, seed 000 §3.2.1):
 * placed during working hours → within **30 minutes** of working time (`"in-shift"`); placed at
 * night, on a weekend or holiday → first thing at the next opening (`"next-opening"`), which
 * honours 调休 make-up days.
 *
 * @example
 * ```ts
 * import { webOrderReviewDeadline } from "kuaidi-kefu/sla";
 * const at = (r: ReturnType<typeof webOrderReviewDeadline>) => (r.ok ? r.value.due.toISOString() : r.error.code);
 * at(webOrderReviewDeadline("2026-03-02T10:00+08:00")); // => "2026-03-02T02:30:00.000Z"
 * // Friday evening before the Spring Festival: next opening is the make-up Saturday 08:30.
 * at(webOrderReviewDeadline("2026-02-13T21:00+08:00")); // => "2026-02-14T00:30:00.000Z"
 * ```
 */
export function webOrderReviewDeadline(
  orderTime: InstantInput,
  options?: WebOrderReviewOptions,
): Result<Deadline<"in-shift" | "next-opening">, SlaIssue> {
  const o = options ?? {};
  const locale = o.locale;
  const clock = resolveClock(o.calendar, locale);
  if (!clock.ok) return clock;
  const rule = compileRule(
    {
      kind: "in-shift",
      within: o.within ?? PRESET_RULES.webOrderReview.within,
      clock: o.clock ?? "business",
      grace: o.grace ?? 0,
    },
    [],
    locale,
  );
  if (!rule.ok) return rule;
  const at = readInstant(orderTime, ["orderTime"], locale);
  if (!at.ok) return at;
  const budget = budgetOf(rule.value, at.value, clock.value);
  if (budget === undefined) return err(calendarError(clock.value, "orderTime", locale));
  const inside = budget.clock === "business" || clock.value.isWorkingTime(at.value) === true;
  let due = at.value + budget.ms;
  if (budget.clock === "business") {
    due = clock.value.addWorkingTime(at.value, budget.ms);
    if (Number.isNaN(due)) return err(calendarError(clock.value, "orderTime", locale));
  }
  return ok({
    due: new Date(due),
    band: inside ? "in-shift" : "next-opening",
    rolledToWorkday: !inside,
  });
}

/**
 * Any cut-off rule of your own: bands of `{ before, due, dayOffset }` on the wall clock.
 *
 * @example
 * ```ts
 * import { cutoffDeadline } from "kuaidi-kefu/sla";
 * const r = cutoffDeadline("2026-03-02T12:00+08:00", { bands: [{ before: "12:00", due: "18:00" }, { due: "12:00", dayOffset: 1 }] });
 * r.ok ? [r.value.band, r.value.due.toISOString()] : null; // => ["1", "2026-03-03T04:00:00.000Z"]
 * ```
 */
export function cutoffDeadline(
  orderTime: InstantInput,
  rule: { readonly bands: readonly CutoffBand[]; readonly days?: DayCounting },
  options?: DeadlineCalendarOptions,
): Result<Deadline, SlaIssue> {
  const bands = typeof rule === "object" && rule !== null ? rule.bands : undefined;
  const names = Array.isArray(bands) ? bands.map((_, i) => String(i)) : [];
  return runCutoff(
    orderTime,
    bands as readonly CutoffBand[],
    (rule as { days?: unknown } | null)?.days,
    names,
    options,
  );
}
