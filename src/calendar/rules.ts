import type { Shift } from "./hours.ts";
import { formatShift } from "./hours.ts";
import type { DayInfo } from "./types.ts";
import { dayNumberToKey, weekdayOf, yearOfDayNumber } from "./zone.ts";

/** How one date works: resolved once per explicit date or weekday, shared by all lookups. */
export interface DayRule {
  readonly kind: DayInfo["kind"];
  readonly shifts: readonly Shift[];
  readonly name: string | null;
  readonly makeup: boolean;
  readonly workday: boolean;
  /** `shifts` formatted, for `DayInfo.hours`. */
  readonly hours: readonly string[];
}

export function makeRule(
  kind: DayInfo["kind"],
  shifts: readonly Shift[],
  name: string | null,
  makeup: boolean,
): DayRule {
  return {
    kind,
    shifts,
    name,
    makeup,
    workday: shifts.length > 0,
    hours: Object.freeze(shifts.map(formatShift)),
  };
}

/** A listed working (`off: false`) or off (`off: true`) date from holiday data or the host. */
export interface Listing {
  readonly off: boolean;
  readonly name: string | null;
}

/**
 * The rule book of a calendar: explicit dates (merged holiday data, host listings, overrides,
 * in that rising precedence) in one map, and one rule per weekday. Lookups are O(1).
 */
export class RuleBook {
  private readonly explicit: Map<number, DayRule>;
  private readonly weekly: readonly DayRule[];
  private readonly covered: ReadonlySet<number>;
  private readonly allCovered: boolean;

  constructor(
    weekly: readonly (readonly Shift[])[],
    makeup: readonly Shift[],
    data: ReadonlyMap<number, Listing>,
    host: ReadonlyMap<number, Listing>,
    overrides: ReadonlyMap<number, { shifts: readonly Shift[]; name: string | null }>,
    covered: ReadonlySet<number>,
    allCovered: boolean,
  ) {
    this.weekly = weekly.map((shifts) =>
      makeRule(shifts.length > 0 ? "workday" : "weekend", shifts, null, false),
    );
    this.covered = covered;
    this.allCovered = allCovered;
    const explicit = new Map<number, DayRule>();
    const listed = (dn: number, l: Listing): DayRule => {
      if (l.off) return makeRule("holiday", [], l.name, false);
      const own = weekly[weekdayOf(dn)] ?? [];
      return own.length > 0
        ? makeRule("workday", own, l.name, false)
        : makeRule("makeup", makeup, l.name, true);
    };
    for (const [dn, l] of data) explicit.set(dn, listed(dn, l));
    for (const [dn, l] of host) explicit.set(dn, listed(dn, l));
    for (const [dn, o] of overrides)
      explicit.set(dn, makeRule("override", o.shifts, o.name, false));
    this.explicit = explicit;
  }

  /** The rule of a day number. */
  rule(dn: number): DayRule {
    return this.explicit.get(dn) ?? (this.weekly[weekdayOf(dn)] as DayRule);
  }

  /** Whether a year is covered by holiday data. */
  isCoveredYear(year: number): boolean {
    return this.allCovered || this.covered.has(year);
  }

  /** The public description of a day number. */
  info(dn: number): DayInfo {
    const r = this.rule(dn);
    const wd = weekdayOf(dn);
    return {
      date: dayNumberToKey(dn),
      weekday: wd === 0 ? 7 : wd,
      workday: r.workday,
      kind: r.kind,
      name: r.name,
      makeup: r.makeup,
      covered: this.isCoveredYear(yearOfDayNumber(dn)),
      hours: r.hours,
    };
  }
}
