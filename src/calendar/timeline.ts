import type { RuleBook } from "./rules.ts";
import { DAY_MS, MINUTE_MS, dayNumberOf, yearOfDayNumber, type Zone } from "./zone.ts";

/** Supported wall-clock years: every query outside them is `calendar/out-of-range`. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/**
 * One wall-clock year of a calendar, precomputed: its working intervals as UTC instants (sorted,
 * merged, clipped to the year), prefix sums of working time, and prefix counts of workdays.
 * `base` and `dayBase` place the year's prefix sums on the calendar-wide scale.
 */
interface Block {
  readonly year: number;
  readonly firstDay: number;
  readonly days: number;
  readonly startUtc: number;
  readonly endUtc: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** cum[i] = working ms before interval i; cum[n] = total. */
  readonly cum: Float64Array;
  /** workdays[i] = workdays among the first i days of the year. */
  readonly workdays: Int32Array;
  base: number;
  dayBase: number;
}

/** First index whose value is > x (values ascending). */
function upperBound(
  values: Float64Array | Int32Array,
  x: number,
  from: number,
  to: number,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is >= x (values ascending). */
function lowerBound(
  values: Float64Array | Int32Array,
  x: number,
  from: number,
  to: number,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Working time of a calendar as a lazily built, contiguous run of year blocks. Each block costs
 * one pass over its days once; every query afterwards is a binary search (over blocks, then
 * within a block), so cost grows with the logarithm of the span, never with minutes or days.
 */
export class Timeline {
  private readonly zone: Zone;
  private readonly rules: RuleBook;
  private readonly blocks: Block[] = [];
  /** The block of the last instant looked up: most queries stay in the same year. */
  private hot: Block | undefined;

  constructor(zone: Zone, rules: RuleBook) {
    this.zone = zone;
    this.rules = rules;
  }

  private build(year: number): Block {
    const zone = this.zone;
    const firstDay = dayNumberOf(year, 1, 1);
    const nextFirst = dayNumberOf(year + 1, 1, 1);
    const days = nextFirst - firstDay;
    const startUtc = zone.firstAtOrAfter(firstDay * DAY_MS);
    const endUtc = zone.firstAtOrAfter(nextFirst * DAY_MS);
    const raw: number[] = [];
    const workdays = new Int32Array(days + 1);
    // The day before the year contributes the tail of an overnight shift.
    for (let dn = firstDay - 1; dn < nextFirst; dn++) {
      const rule = this.rules.rule(dn);
      if (dn >= firstDay) {
        const i = dn - firstDay;
        workdays[i + 1] = (workdays[i] as number) + (rule.workday ? 1 : 0);
      }
      const midnight = dn * DAY_MS;
      for (const shift of rule.shifts) {
        let s = zone.firstAtOrAfter(midnight + shift.start * MINUTE_MS);
        let e = zone.firstAtOrAfter(midnight + shift.end * MINUTE_MS);
        if (s < startUtc) s = startUtc;
        if (e > endUtc) e = endUtc;
        if (e > s) raw.push(s, e);
      }
    }
    // Sort by start and merge overlapping or touching intervals (overnight tails, overrides).
    const order: number[] = [];
    for (let i = 0; i < raw.length; i += 2) order.push(i);
    order.sort((a, b) => (raw[a] as number) - (raw[b] as number));
    const starts: number[] = [];
    const ends: number[] = [];
    for (const i of order) {
      const s = raw[i] as number;
      const e = raw[i + 1] as number;
      const last = ends.length - 1;
      if (last >= 0 && s <= (ends[last] as number)) {
        if (e > (ends[last] as number)) ends[last] = e;
      } else {
        starts.push(s);
        ends.push(e);
      }
    }
    const cum = new Float64Array(starts.length + 1);
    for (let i = 0; i < starts.length; i++)
      cum[i + 1] = (cum[i] as number) + ((ends[i] as number) - (starts[i] as number));
    return {
      year,
      firstDay,
      days,
      startUtc,
      endUtc,
      starts: Float64Array.from(starts),
      ends: Float64Array.from(ends),
      cum,
      workdays,
      base: 0,
      dayBase: 0,
    };
  }

  /** The block of a year (building the run of blocks up to it), or `undefined` outside the supported years. */
  block(year: number): Block | undefined {
    if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
    const blocks = this.blocks;
    if (blocks.length === 0) {
      blocks.push(this.build(year));
      return blocks[0];
    }
    const first = blocks[0] as Block;
    let last = blocks[blocks.length - 1] as Block;
    if (year < first.year) {
      let next = first;
      const before: Block[] = [];
      for (let y = first.year - 1; y >= year; y--) {
        const b = this.build(y);
        b.base = next.base - (b.cum[b.cum.length - 1] as number);
        b.dayBase = next.dayBase - (b.workdays[b.days] as number);
        before.push(b);
        next = b;
      }
      before.reverse();
      blocks.unshift(...before);
      return blocks[0];
    }
    while (last.year < year) {
      const b = this.build(last.year + 1);
      b.base = last.base + (last.cum[last.cum.length - 1] as number);
      b.dayBase = last.dayBase + (last.workdays[last.days] as number);
      blocks.push(b);
      last = b;
    }
    return blocks[year - first.year];
  }

  /** Block holding an instant, or `undefined` outside the supported years. */
  private blockAt(instant: number): Block | undefined {
    const hot = this.hot;
    if (hot !== undefined && instant >= hot.startUtc && instant < hot.endUtc) return hot;
    const year = yearOfDayNumber(Math.floor(this.zone.toWall(instant) / DAY_MS));
    let b = this.block(year);
    // Guard against a zone transition exactly at New Year: step to the neighbour that holds it.
    if (b !== undefined && instant < b.startUtc) b = this.block(year - 1);
    else if (b !== undefined && instant >= b.endUtc) b = this.block(year + 1);
    if (b !== undefined) this.hot = b;
    return b;
  }

  /** Whether an instant lies inside a working interval (`undefined` outside the supported years). */
  isWorking(instant: number): boolean | undefined {
    const b = this.blockAt(instant);
    if (b === undefined) return undefined;
    const i = upperBound(b.starts, instant, 0, b.starts.length) - 1;
    return i >= 0 && instant < (b.ends[i] as number);
  }

  /** Working ms from the calendar's origin to an instant (only differences are meaningful). */
  cumAt(instant: number): number | undefined {
    const b = this.blockAt(instant);
    if (b === undefined) return undefined;
    const i = upperBound(b.starts, instant, 0, b.starts.length) - 1;
    if (i < 0) return b.base;
    const end = b.ends[i] as number;
    const s = b.starts[i] as number;
    return b.base + (b.cum[i] as number) + (instant < end ? instant - s : end - s);
  }

  /** The instant itself if working, else the start of the next working interval; `undefined` if none in range. */
  nextOpening(instant: number): number | undefined {
    let b = this.blockAt(instant);
    if (b === undefined) return undefined;
    const i = upperBound(b.starts, instant, 0, b.starts.length) - 1;
    if (i >= 0 && instant < (b.ends[i] as number)) return instant;
    if (i + 1 < b.starts.length) return b.starts[i + 1] as number;
    for (;;) {
      b = this.block(b.year + 1);
      if (b === undefined) return undefined;
      if (b.starts.length > 0) return b.starts[0] as number;
    }
  }

  /** Earliest instant at which the cumulative working time reaches `target` (target > cumAt(from)). */
  forward(fromYear: number, target: number): number | undefined {
    let b = this.block(fromYear);
    while (b !== undefined && b.base + (b.cum[b.cum.length - 1] as number) < target) {
      // Jump over already built blocks by binary search, then build further ones one by one.
      const last = this.blocks[this.blocks.length - 1] as Block;
      if (last.base + (last.cum[last.cum.length - 1] as number) >= target) {
        b = this.searchBlocks(target);
        break;
      }
      b = this.block(last.year + 1);
    }
    if (b === undefined) return undefined;
    const n = b.starts.length;
    const rel = target - b.base;
    const i = lowerBound(b.cum, rel, 1, n + 1) - 1;
    return (b.starts[i] as number) + (rel - (b.cum[i] as number));
  }

  /** Latest instant at which the cumulative working time equals `target` (target < cumAt(from)). */
  backward(fromYear: number, target: number): number | undefined {
    let b = this.block(fromYear);
    while (b !== undefined && b.base > target) {
      const first = this.blocks[0] as Block;
      if (first.base <= target) {
        b = this.searchBlocksBack(target);
        break;
      }
      b = this.block(first.year - 1);
    }
    // A year without working time shares its base with the next: step back to one with intervals.
    while (b !== undefined && b.starts.length === 0) b = this.block(b.year - 1);
    if (b === undefined) return undefined;
    const rel = target - b.base;
    // Last interval whose preceding sum is at most the target (its start when exactly equal).
    const i = upperBound(b.cum, rel, 0, b.starts.length) - 1;
    return (b.starts[i] as number) + (rel - (b.cum[i] as number));
  }

  /** First built block whose end sum reaches the target. */
  private searchBlocks(target: number): Block {
    const blocks = this.blocks;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = blocks[mid] as Block;
      if (m.base + (m.cum[m.cum.length - 1] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return blocks[lo] as Block;
  }

  /** Last built block whose base is at most the target. */
  private searchBlocksBack(target: number): Block {
    const blocks = this.blocks;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((blocks[mid] as Block).base <= target) lo = mid;
      else hi = mid - 1;
    }
    return blocks[lo] as Block;
  }

  /** Workdays from the calendar's origin to the start of a day number (only differences matter). */
  workdaysBefore(dn: number): number | undefined {
    const b = this.block(yearOfDayNumber(dn));
    if (b === undefined) return undefined;
    return b.dayBase + (b.workdays[dn - b.firstDay] as number);
  }

  /** Day number of the `k`-th workday (k counted like `workdaysBefore`, 0-based), searching from `year`. */
  workdayAt(k: number, year: number): number | undefined {
    let b = this.block(year);
    if (b === undefined) return undefined;
    while (b.dayBase > k || b.dayBase + (b.workdays[b.days] as number) <= k) {
      const step: number = b.dayBase > k ? -1 : 1;
      // Skip whole built years by searching the run when it already covers k.
      const blocks = this.blocks;
      const first = blocks[0] as Block;
      const last = blocks[blocks.length - 1] as Block;
      if (first.dayBase <= k && last.dayBase + (last.workdays[last.days] as number) > k) {
        let lo = 0;
        let hi = blocks.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >>> 1;
          if ((blocks[mid] as Block).dayBase <= k) lo = mid;
          else hi = mid - 1;
        }
        b = blocks[lo] as Block;
        // Blocks with no workdays share a dayBase: step forward to the one that holds k.
        while ((b.workdays[b.days] as number) + b.dayBase <= k) b = blocks[++lo] as Block;
        break;
      }
      const nb = this.block(step < 0 ? first.year - 1 : last.year + 1);
      if (nb === undefined) return undefined;
      b = nb;
    }
    const i = upperBound(b.workdays, k - b.dayBase, 0, b.days + 1) - 1;
    return b.firstDay + i;
  }
}
