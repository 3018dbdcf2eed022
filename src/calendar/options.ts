import type { Locale } from "../core/issue.ts";
import { chinaYears } from "./china.ts";
import { parseInterval, shiftMinutes, type Shift } from "./hours.ts";
import { describe, optionIssue } from "./messages.ts";
import type { Listing } from "./rules.ts";
import { MAX_YEAR, MIN_YEAR } from "./timeline.ts";
import type { CalendarOptionIssue } from "./types.ts";
import { getZone, parseDateKey, yearOfDayNumber, type Zone } from "./zone.ts";

/** Weekday keys in `getUTCDay()` order (0 = Sunday). */
export const WEEKDAY_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** Longest override range, in days (ten years): bounds the work done at construction. */
const MAX_OVERRIDE_DAYS = 3660;

const KNOWN_KEYS = new Set([
  "timeZone",
  "weeklyHours",
  "makeupHours",
  "chinaHolidays",
  "holidayYears",
  "holidays",
  "extraWorkdays",
  "overrides",
  "businessDayMinutes",
  "strict",
  "locale",
]);

/** Options checked and resolved into the pieces the engine needs. */
export interface ResolvedOptions {
  readonly timeZone: string;
  readonly zone: Zone;
  readonly weekly: readonly (readonly Shift[])[];
  readonly makeup: readonly Shift[];
  readonly data: Map<number, Listing>;
  readonly host: Map<number, Listing>;
  readonly overrides: Map<number, { shifts: readonly Shift[]; name: string | null }>;
  readonly coveredYears: readonly number[];
  readonly businessDayMinutes: number;
  readonly strict: boolean;
  readonly locale: Locale;
}

const DEFAULT_SHIFT: readonly Shift[] = [{ start: 510, end: 1020 }];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/**
 * Checks every option and collects every problem (not only the first), each naming its field.
 */
export function resolveOptions(
  input: unknown,
): { ok: true; value: ResolvedOptions } | { ok: false; error: CalendarOptionIssue[] } {
  const issues: CalendarOptionIssue[] = [];
  const options: Record<string, unknown> = isRecord(input) ? input : {};
  const locale: Locale = options["locale"] === "en" ? "en" : "zh-CN";
  const bad = (
    code: CalendarOptionIssue["code"],
    field: string,
    value: unknown,
    expected: string,
  ): void => {
    issues.push(optionIssue(code, field, describe(value), expected, locale));
  };
  if (input !== undefined && !isRecord(input))
    bad("calendar/invalid-option", "options", input, "an object");
  for (const key of Object.keys(options)) {
    if (!KNOWN_KEYS.has(key)) bad("calendar/invalid-option", key, options[key], "a known option");
  }
  if (
    options["locale"] !== undefined &&
    options["locale"] !== "en" &&
    options["locale"] !== "zh-CN"
  ) {
    bad("calendar/invalid-option", "locale", options["locale"], '"zh-CN" or "en"');
  }

  // Time zone.
  const tzInput = options["timeZone"] ?? "Asia/Shanghai";
  const zone = typeof tzInput === "string" ? getZone(tzInput) : undefined;
  if (zone === undefined)
    bad(
      "calendar/unknown-time-zone",
      "timeZone",
      tzInput,
      "an IANA time zone such as Asia/Shanghai",
    );

  // Intervals.
  const intervals = (field: string, list: unknown): Shift[] => {
    if (!Array.isArray(list)) {
      bad("calendar/invalid-option", field, list, "an array of 'HH:MM-HH:MM'");
      return [];
    }
    const shifts: { shift: Shift; index: number }[] = [];
    list.forEach((text: unknown, index) => {
      const shift = parseInterval(text);
      if (typeof shift === "string")
        bad(
          "calendar/invalid-interval",
          `${field}[${index}]`,
          text,
          `'HH:MM-HH:MM' or 'HH:MM-HH:MM+1' (${shift})`,
        );
      else shifts.push({ shift, index });
    });
    shifts.sort((a, b) => a.shift.start - b.shift.start);
    for (let i = 1; i < shifts.length; i++) {
      const prev = shifts[i - 1] as { shift: Shift };
      const cur = shifts[i] as { shift: Shift; index: number };
      if (cur.shift.start < prev.shift.end) {
        bad(
          "calendar/overlapping-intervals",
          `${field}[${cur.index}]`,
          list[cur.index],
          "intervals of one day must not overlap",
        );
      }
    }
    const sorted = shifts.map((s) => s.shift);
    return sorted;
  };

  let weekly: Shift[][] = WEEKDAY_KEYS.map((_, i) => (i >= 1 && i <= 5 ? [...DEFAULT_SHIFT] : []));
  const weeklyInput = options["weeklyHours"];
  if (weeklyInput !== undefined) {
    if (!isRecord(weeklyInput)) {
      bad("calendar/invalid-option", "weeklyHours", weeklyInput, "an object keyed mon…sun");
    } else {
      for (const key of Object.keys(weeklyInput)) {
        if (!(WEEKDAY_KEYS as readonly string[]).includes(key)) {
          bad(
            "calendar/invalid-option",
            `weeklyHours.${key}`,
            weeklyInput[key],
            "one of mon, tue, wed, thu, fri, sat, sun",
          );
        }
      }
      weekly = WEEKDAY_KEYS.map((key) =>
        weeklyInput[key] === undefined ? [] : intervals(`weeklyHours.${key}`, weeklyInput[key]),
      );
      // An overnight tail must not run into the next day's first interval.
      for (let d = 0; d < 7; d++) {
        const day = weekly[d] as Shift[];
        const next = weekly[(d + 1) % 7] as Shift[];
        const tail = day.length > 0 ? (day[day.length - 1] as Shift).end - 1440 : 0;
        if (tail > 0 && next.length > 0 && (next[0] as Shift).start < tail) {
          bad(
            "calendar/overlapping-intervals",
            `weeklyHours.${WEEKDAY_KEYS[(d + 1) % 7]}[0]`,
            (weeklyInput[WEEKDAY_KEYS[(d + 1) % 7] as string] as unknown[])[0],
            `overlaps the overnight shift of ${WEEKDAY_KEYS[d]}`,
          );
        }
      }
    }
  }

  const makeupInput = options["makeupHours"];
  const makeup: Shift[] =
    makeupInput === undefined
      ? ([1, 2, 3, 4, 5, 6, 0].map((d) => weekly[d] as Shift[]).find((s) => s.length > 0) ?? [])
      : intervals("makeupHours", makeupInput);

  // Holiday data: built-in years, then the host's years replacing or adding.
  const useChina = options["chinaHolidays"] ?? true;
  if (typeof useChina !== "boolean")
    bad("calendar/invalid-option", "chinaHolidays", useChina, "a boolean");
  const years = new Map<number, ReadonlyMap<number, Listing>>();
  if (useChina !== false) for (const [y, days] of chinaYears()) years.set(y, days);
  const yearsInput = options["holidayYears"];
  if (yearsInput !== undefined) {
    if (!Array.isArray(yearsInput))
      bad("calendar/invalid-option", "holidayYears", yearsInput, "an array of { year, days }");
    else {
      yearsInput.forEach((entry: unknown, i) => {
        const field = `holidayYears[${i}]`;
        if (!isRecord(entry)) return bad("calendar/invalid-option", field, entry, "{ year, days }");
        const year = entry["year"];
        if (
          typeof year !== "number" ||
          !Number.isInteger(year) ||
          year < MIN_YEAR ||
          year > MAX_YEAR
        ) {
          return bad(
            "calendar/invalid-option",
            `${field}.year`,
            year,
            `an integer year ${MIN_YEAR}-${MAX_YEAR}`,
          );
        }
        const daysInput = entry["days"];
        if (!Array.isArray(daysInput))
          return bad(
            "calendar/invalid-option",
            `${field}.days`,
            daysInput,
            "an array of { name, date, isOffDay }",
          );
        const days = new Map<number, Listing>();
        daysInput.forEach((day: unknown, j) => {
          const f = `${field}.days[${j}]`;
          if (!isRecord(day))
            return bad("calendar/invalid-option", f, day, "{ name, date, isOffDay }");
          const dn = typeof day["date"] === "string" ? parseDateKey(day["date"]) : undefined;
          if (dn === undefined)
            return bad(
              "calendar/invalid-option",
              `${f}.date`,
              day["date"],
              "a real date YYYY-MM-DD",
            );
          const y = yearOfDayNumber(dn);
          if (y !== year && y !== year - 1)
            return bad(
              "calendar/invalid-option",
              `${f}.date`,
              day["date"],
              `a date in ${year} (or December ${year - 1})`,
            );
          if (typeof day["isOffDay"] !== "boolean")
            return bad("calendar/invalid-option", `${f}.isOffDay`, day["isOffDay"], "a boolean");
          if (day["name"] !== undefined && typeof day["name"] !== "string")
            return bad("calendar/invalid-option", `${f}.name`, day["name"], "a string");
          if (days.has(dn))
            return bad(
              "calendar/conflicting-dates",
              `${f}.date`,
              day["date"],
              "listed twice in the same year",
            );
          days.set(dn, {
            off: day["isOffDay"],
            name: typeof day["name"] === "string" ? day["name"] : null,
          });
          return undefined;
        });
        years.set(year, days);
        return undefined;
      });
    }
  }
  const data = new Map<number, Listing>();
  for (const y of [...years.keys()].sort((a, b) => a - b))
    for (const [dn, l] of years.get(y) as ReadonlyMap<number, Listing>) data.set(dn, l);

  // Host listings.
  const host = new Map<number, Listing>();
  const hostField = new Map<number, string>();
  const named = (field: string, off: boolean): void => {
    const list = options[field];
    if (list === undefined) return;
    if (!Array.isArray(list))
      return bad(
        "calendar/invalid-option",
        field,
        list,
        "an array of 'YYYY-MM-DD' or { date, name }",
      );
    list.forEach((item: unknown, i) => {
      const f = `${field}[${i}]`;
      const date = isRecord(item) ? item["date"] : item;
      const name = isRecord(item) ? item["name"] : undefined;
      const dn = typeof date === "string" ? parseDateKey(date) : undefined;
      if (dn === undefined)
        return bad("calendar/invalid-option", f, date, "a real date YYYY-MM-DD");
      if (name !== undefined && typeof name !== "string")
        return bad("calendar/invalid-option", `${f}.name`, name, "a string");
      const prev = host.get(dn);
      if (prev !== undefined && prev.off !== off) {
        return bad(
          "calendar/conflicting-dates",
          f,
          date,
          `also listed in ${hostField.get(dn) ?? ""}`,
        );
      }
      host.set(dn, { off, name: typeof name === "string" ? name : null });
      hostField.set(dn, f);
      return undefined;
    });
    return undefined;
  };
  named("holidays", true);
  named("extraWorkdays", false);

  // Overrides.
  const overrides = new Map<number, { shifts: readonly Shift[]; name: string | null }>();
  const overridesInput = options["overrides"];
  if (overridesInput !== undefined) {
    if (!Array.isArray(overridesInput))
      bad(
        "calendar/invalid-option",
        "overrides",
        overridesInput,
        "an array of { date | from, to, hours }",
      );
    else {
      overridesInput.forEach((o: unknown, i) => {
        const f = `overrides[${i}]`;
        if (!isRecord(o)) return bad("calendar/invalid-option", f, o, "{ date | from, to, hours }");
        const single = o["date"];
        const fromKey = single ?? o["from"];
        const toKey = single ?? o["to"];
        const fromField = single !== undefined ? `${f}.date` : `${f}.from`;
        const from = typeof fromKey === "string" ? parseDateKey(fromKey) : undefined;
        const to = typeof toKey === "string" ? parseDateKey(toKey) : undefined;
        if (from === undefined)
          return bad("calendar/invalid-option", fromField, fromKey, "a real date YYYY-MM-DD");
        if (to === undefined)
          return bad("calendar/invalid-option", `${f}.to`, toKey, "a real date YYYY-MM-DD");
        if (to < from || to - from >= MAX_OVERRIDE_DAYS) {
          return bad(
            "calendar/invalid-option",
            `${f}.to`,
            toKey,
            `a date from ${String(fromKey)} to at most ${MAX_OVERRIDE_DAYS} days later`,
          );
        }
        const name = o["name"];
        if (name !== undefined && typeof name !== "string")
          return bad("calendar/invalid-option", `${f}.name`, name, "a string");
        const shifts = intervals(`${f}.hours`, o["hours"]);
        for (let dn = from; dn <= to; dn++) {
          if (overrides.has(dn))
            return bad(
              "calendar/conflicting-dates",
              fromField,
              fromKey,
              "covered by an earlier override",
            );
          overrides.set(dn, { shifts, name: typeof name === "string" ? name : null });
        }
        return undefined;
      });
    }
  }

  const bdm = options["businessDayMinutes"];
  const businessDayMinutes = bdm === undefined ? shiftMinutes(makeup) || 480 : bdm;
  if (
    typeof businessDayMinutes !== "number" ||
    !Number.isFinite(businessDayMinutes) ||
    businessDayMinutes <= 0 ||
    businessDayMinutes > 1440
  ) {
    bad(
      "calendar/invalid-option",
      "businessDayMinutes",
      bdm,
      "minutes, more than 0 and at most 1440",
    );
  }
  const strict = options["strict"] ?? false;
  if (typeof strict !== "boolean") bad("calendar/invalid-option", "strict", strict, "a boolean");

  if (issues.length > 0 || zone === undefined) return { ok: false, error: issues };
  return {
    ok: true,
    value: {
      timeZone: tzInput as string,
      zone,
      weekly,
      makeup,
      data,
      host,
      overrides,
      coveredYears: [...years.keys()].sort((a, b) => a - b),
      businessDayMinutes: businessDayMinutes as number,
      strict: strict as boolean,
      locale,
    },
  };
}
