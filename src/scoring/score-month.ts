import { resolveLocale, type IssuePath, type Locale, type LocaleOptions } from "../core/issue.ts";
import type { CompiledCriterion, CompiledScorecard, CompiledSection } from "./compiled.ts";
import { compileScorecard, type Scorecard } from "./define.ts";
import type { ScoringEvent } from "./event-types.ts";
import { acceptsEvent, expectedKinds } from "./kinds.ts";
import {
  makeIssue,
  type ScoringIssue,
  type ScoringIssueCode,
  type ScoringIssueParams,
} from "./messages.ts";
import {
  CHINA_UTC_OFFSET_MINUTES,
  fromTenths,
  isCount,
  monthIndex,
  monthIndexAt,
  monthName,
  toEpochMs,
  toTenths,
} from "./points.ts";
import type {
  Consequence,
  CriterionResult,
  FineEntry,
  MonthReport,
  PaySlip,
  ScoreEntry,
  SectionResult,
  StaffPhase,
} from "./report-types.ts";

/**
 * Options of {@link scoreMonth}.
 *
 * @example
 * ```ts
 * import type { ScoreMonthOptions } from "kuaidi-kefu/scoring";
 * const options: ScoreMonthOptions = { agentId: "8011", month: "2011-03", pay: { baseFen: 150000, allowanceFen: 20000 } };
 * options.month; // => "2011-03"
 * ```
 */
export interface ScoreMonthOptions extends LocaleOptions {
  /** The agent, copied into the report. */
  readonly agentId?: string;
  /** The assessed month, `yyyy-MM` in China time; events outside it are reported and ignored. */
  readonly month?: string;
  /** Offset of the wall clock months are counted in, minutes east of UTC; default 480 (UTC+08:00). */
  readonly utcOffsetMinutes?: number;
  /** Base pay and allowance, in fen. */
  readonly pay?: { readonly baseFen?: number; readonly allowanceFen?: number };
  /** Hire date: decides the new-staff phase (the hire month is month 1). */
  readonly hireDate?: Date | number | string;
  /** At most this many events are read; default 100,000. */
  readonly maxEvents?: number;
}

const DEFAULT_MAX_EVENTS = 100_000;
// Literal tables (looked up with Object.hasOwn), so importing the module computes nothing.
const KNOWN_TYPES: Readonly<Record<string, true>> = {
  "check-failed": true,
  "rule-violation": true,
  complaint: true,
  late: true,
  survey: true,
  attendance: true,
  hygiene: true,
  kpi: true,
  merit: true,
  fine: true,
};
const COUNTED_TYPES: Readonly<Record<string, true>> = {
  "check-failed": true,
  "rule-violation": true,
  complaint: true,
  late: true,
};
const CRITERION_REQUIRED: Readonly<Record<string, true>> = {
  "check-failed": true,
  "rule-violation": true,
  kpi: true,
};

/** A validated event, ready to apply. */
interface Accepted {
  readonly id: string;
  readonly at: number;
  readonly type: string;
  readonly criterion: CompiledCriterion | undefined;
  readonly count: number;
  readonly pointsT: number | undefined;
  readonly value: number | undefined;
  readonly satisfied: boolean;
  readonly fine: string | undefined;
  readonly amountFen: number | undefined;
  readonly index: number;
}

class Issues {
  readonly list: ScoringIssue[] = [];
  constructor(readonly locale: Locale) {}
  add<C extends ScoringIssueCode>(code: C, params: ScoringIssueParams[C], path: IssuePath): void {
    this.list.push(makeIssue(code, params, this.locale, path));
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string")
    return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value;
}

function readEvent(
  raw: unknown,
  i: number,
  card: CompiledScorecard,
  month: number | undefined,
  offset: number,
  issues: Issues,
): Accepted | undefined {
  // Paths are only built when an issue is reported: this runs once per event.
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    issues.add("scoring/invalid-event", { field: "event", received: describe(raw) }, ["events", i]);
    return undefined;
  }
  const e = raw as Record<string, unknown>;
  const id = e["id"];
  if (typeof id !== "string" || id.length === 0 || id.length > 200)
    return badField(e, "id", i, issues);
  const type = e["type"];
  if (typeof type !== "string" || !Object.hasOwn(KNOWN_TYPES, type))
    return badField(e, "type", i, issues);
  const at = toEpochMs(e["at"]);
  if (at === undefined) return badField(e, "at", i, issues);
  if (month !== undefined) {
    const eventMonth = monthIndexAt(at, offset);
    if (eventMonth !== month) {
      issues.add(
        "scoring/event-outside-month",
        { month: monthName(month), eventMonth: monthName(eventMonth) },
        ["events", i, "at"],
      );
      return undefined;
    }
  }
  let count = 1;
  const rawCount = e["count"];
  if (rawCount !== undefined && Object.hasOwn(COUNTED_TYPES, type)) {
    if (!isCount(rawCount)) {
      issues.add("scoring/invalid-count", { field: "count", value: rawCount }, [
        "events",
        i,
        "count",
      ]);
      return undefined;
    }
    count = rawCount;
  }

  if (type === "fine") {
    const fine = e["fine"];
    if (typeof fine !== "string") return badField(e, "fine", i, issues);
    if (!card.fines.has(fine)) {
      issues.add("scoring/unknown-fine", { fine }, ["events", i, "fine"]);
      return undefined;
    }
    const amount = e["amountFen"];
    if (amount !== undefined && !isCount(amount)) {
      issues.add("scoring/invalid-count", { field: "amountFen", value: amount }, [
        "events",
        i,
        "amountFen",
      ]);
      return undefined;
    }
    return {
      id,
      at,
      type,
      criterion: undefined,
      count,
      pointsT: undefined,
      value: undefined,
      satisfied: true,
      fine,
      amountFen: amount,
      index: i,
    };
  }

  // Resolve the criterion: explicit, or the scorecard's route for this type.
  const named = e["criterion"];
  let criterion: CompiledCriterion | undefined;
  if (named !== undefined) {
    if (typeof named !== "string") return badField(e, "criterion", i, issues);
    criterion = card.byId.get(named);
    if (criterion === undefined) {
      issues.add("scoring/unknown-criterion", { criterion: named }, ["events", i, "criterion"]);
      return undefined;
    }
  } else if (Object.hasOwn(CRITERION_REQUIRED, type)) {
    return badField(e, "criterion", i, issues);
  } else {
    criterion = card.routes.get(type);
    if (criterion === undefined) {
      issues.add("scoring/unrouted-event", { eventType: type }, ["events", i]);
      return undefined;
    }
  }
  const rule = criterion.rule;
  if (rule.kind === "group") {
    issues.add("scoring/not-a-leaf", { criterion: criterion.id }, ["events", i, "criterion"]);
    return undefined;
  }
  if (!acceptsEvent(rule, type)) {
    issues.add(
      "scoring/wrong-criterion-kind",
      { criterion: criterion.id, kind: rule.kind, expected: expectedKinds(type) },
      ["events", i, "criterion"],
    );
    return undefined;
  }

  let pointsT: number | undefined;
  if (type === "attendance" || type === "hygiene" || type === "merit") {
    const points = e["points"];
    if (points !== undefined) {
      const t = typeof points === "number" ? toTenths(points) : undefined;
      if (t === undefined || t < 0) {
        issues.add("scoring/invalid-points", { value: points }, ["events", i, "points"]);
        return undefined;
      }
      pointsT = t;
    }
  }
  if (
    pointsT === undefined &&
    (rule.kind === "marked" || (rule.kind === "bonus" && rule.perT === undefined))
  ) {
    issues.add("scoring/missing-points", { criterion: criterion.id }, ["events", i, "points"]);
    return undefined;
  }
  let value: number | undefined;
  if (type === "kpi") {
    const v = e["value"];
    if (typeof v !== "number" || !Number.isFinite(v)) return badField(e, "value", i, issues);
    value = v;
  }
  let satisfied = true;
  if (type === "survey") {
    const s = e["satisfied"];
    if (typeof s !== "boolean") return badField(e, "satisfied", i, issues);
    satisfied = s;
  }
  return {
    id,
    at,
    type,
    criterion,
    count,
    pointsT,
    value,
    satisfied,
    fine: undefined,
    amountFen: undefined,
    index: i,
  };
}

function badField(e: Record<string, unknown>, field: string, i: number, issues: Issues): undefined {
  issues.add("scoring/invalid-event", { field, received: describe(e[field]) }, [
    "events",
    i,
    field,
  ]);
  return undefined;
}

function byTimeThenId(a: Accepted, b: Accepted): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The new-staff phase of the month, and the month of service. */
function phaseOf(
  card: CompiledScorecard,
  month: number | undefined,
  hireDate: unknown,
  offset: number,
  issues: Issues,
): { phase: StaffPhase; monthOfService: number | null } {
  if (hireDate === undefined) return { phase: "regular", monthOfService: null };
  const hired = toEpochMs(hireDate);
  if (hired === undefined || month === undefined) {
    if (hired === undefined)
      issues.add("scoring/invalid-option", { field: "hireDate", value: describe(hireDate) }, [
        "options",
        "hireDate",
      ]);
    return { phase: "regular", monthOfService: null };
  }
  const n = month - monthIndexAt(hired, offset) + 1;
  if (n < 1) {
    issues.add("scoring/invalid-option", { field: "hireDate", value: describe(hireDate) }, [
      "options",
      "hireDate",
    ]);
    return { phase: "regular", monthOfService: n };
  }
  if (n <= card.trainingMonths) return { phase: "training", monthOfService: n };
  if (n <= card.trainingMonths + card.probationMonths)
    return { phase: "probation", monthOfService: n };
  return { phase: "regular", monthOfService: n };
}

/**
 * Scores one agent's month under a scorecard: validates every event (ignoring, with an issue,
 * those with unknown criteria, negative counts, duplicated ids, wrong types or times outside
 * the month), applies them in time order with every cap (criterion, group, section; never below
 * zero), and returns the points with the event ids behind each deduction and bonus, the pay
 * slip in fen and the consequences. Never throws. Months are counted in China time (UTC+08:00)
 * unless `utcOffsetMinutes` says otherwise.
 *
 * @example
 * ```ts
 * import { scoreMonth, SEED_SCORECARD } from "kuaidi-kefu/scoring";
 * const report = scoreMonth(SEED_SCORECARD, [
 *   { id: "chk-1", at: "2011-03-10T10:00:00+08:00", type: "check-failed", criterion: "complaints.record" },
 *   { id: "v-1", at: "2011-03-12T15:00:00+08:00", type: "rule-violation", criterion: "etiquette" },
 *   { id: "att-1", at: "2011-03-15T08:40:00+08:00", type: "attendance", points: 0.5 },
 * ], { agentId: "8011", month: "2011-03", pay: { baseFen: 150000, allowanceFen: 20000 } });
 * report.sections.map((s) => s.points); // => [48, 4.5, 0]
 * report.total; // => 52.5
 * report.pay.assessmentFen; // => 96000
 * report.pay.totalFen; // => 275000
 * ```
 */
export function scoreMonth(
  scorecard: Scorecard,
  events: readonly ScoringEvent[],
  options?: ScoreMonthOptions,
): MonthReport {
  const locale = resolveLocale(options?.locale);
  const issues = new Issues(locale);
  const compiled = compileScorecard(scorecard, locale);
  const agentId = typeof options?.agentId === "string" ? options.agentId : null;

  let offset = CHINA_UTC_OFFSET_MINUTES;
  const rawOffset = options?.utcOffsetMinutes;
  if (rawOffset !== undefined) {
    if (Number.isInteger(rawOffset) && rawOffset >= -720 && rawOffset <= 840) offset = rawOffset;
    else
      issues.add(
        "scoring/invalid-option",
        { field: "utcOffsetMinutes", value: describe(rawOffset) },
        ["options", "utcOffsetMinutes"],
      );
  }
  let month: number | undefined;
  if (options?.month !== undefined) {
    month = monthIndex(options.month);
    if (month === undefined)
      issues.add("scoring/invalid-month", { value: describe(options.month) }, ["options", "month"]);
  }
  const money = (field: "baseFen" | "allowanceFen"): number => {
    const v = options?.pay?.[field];
    if (v === undefined) return 0;
    if (isCount(v)) return v;
    issues.add("scoring/invalid-count", { field, value: v }, ["options", "pay", field]);
    return 0;
  };
  const baseFen = money("baseFen");
  const allowanceFen = money("allowanceFen");
  let maxEvents = DEFAULT_MAX_EVENTS;
  if (options?.maxEvents !== undefined) {
    if (isCount(options.maxEvents)) maxEvents = options.maxEvents;
    else
      issues.add(
        "scoring/invalid-option",
        { field: "maxEvents", value: describe(options.maxEvents) },
        ["options", "maxEvents"],
      );
  }

  if (Array.isArray(compiled)) {
    issues.add("scoring/invalid-scorecard", { issues: compiled.length }, ["scorecard"]);
    return emptyReport(scorecard, agentId, options?.month, [...issues.list, ...compiled], baseFen);
  }
  const card = compiled as CompiledScorecard;
  const { phase, monthOfService } = phaseOf(card, month, options?.hireDate, offset, issues);

  const list: readonly unknown[] = Array.isArray(events) ? events : [];
  if (!Array.isArray(events))
    issues.add("scoring/invalid-event", { field: "events", received: describe(events) }, [
      "events",
    ]);
  let n = list.length;
  if (n > maxEvents) {
    issues.add("scoring/too-many-events", { count: n, max: maxEvents }, ["events"]);
    n = maxEvents;
  }
  const seen = new Map<string, number>();
  const accepted: Accepted[] = [];
  for (let i = 0; i < n; i++) {
    const a = readEvent(list[i], i, card, month, offset, issues);
    if (a === undefined) continue;
    const first = seen.get(a.id);
    if (first !== undefined) {
      issues.add("scoring/duplicate-event-id", { id: a.id, firstIndex: first }, [
        "events",
        i,
        "id",
      ]);
      continue;
    }
    seen.set(a.id, i);
    accepted.push(a);
  }
  accepted.sort(byTimeThenId);
  return apply(
    card,
    accepted,
    {
      agentId,
      month: month === undefined ? null : monthName(month),
      phase,
      monthOfService,
      baseFen,
      allowanceFen,
      locale,
    },
    issues,
  );
}

interface Context {
  readonly agentId: string | null;
  readonly month: string | null;
  readonly phase: StaffPhase;
  readonly monthOfService: number | null;
  readonly baseFen: number;
  readonly allowanceFen: number;
  readonly locale: Locale;
}

function apply(
  card: CompiledScorecard,
  events: readonly Accepted[],
  ctx: Context,
  issues: Issues,
): MonthReport {
  const count = card.criteria.length;
  // Remaining room per criterion (deductions: points still to lose; bonuses: points still to gain).
  const room = card.criteria.map((c) => c.maxT);
  const changed = new Array<number>(count).fill(0);
  const eventIds: string[][] = card.criteria.map(() => []);
  const sectionRoom = card.sections.map((s) => s.maxT);
  const zeroedBy: string[][] = card.sections.map(() => []);
  const parents = parentIndex(card);
  const entries: ScoreEntry[] = [];
  const fines: FineEntry[] = [];
  const kpi = new Map<number, Accepted>();
  const surveys = new Map<number, { satisfied: number; total: number; ids: string[] }>();
  const typeCounts = new Map<string, { n: number; ids: string[] }>();

  for (const e of events) {
    const tc = typeCounts.get(e.type) ?? { n: 0, ids: [] };
    tc.n += e.count;
    tc.ids.push(e.id);
    typeCounts.set(e.type, tc);
    if (e.type === "fine") {
      fines.push(fineEntry(card, e, ctx.locale, issues));
      continue;
    }
    const c = e.criterion as CompiledCriterion;
    const rule = c.rule;
    if (rule.kind === "banded") {
      if (rule.source === "kpi") kpi.set(c.index, e);
      else {
        const s = surveys.get(c.index) ?? { satisfied: 0, total: 0, ids: [] };
        s.total++;
        if (e.satisfied) s.satisfied++;
        s.ids.push(e.id);
        surveys.set(c.index, s);
      }
      continue;
    }
    if (e.type === "survey" && e.satisfied) continue; // a satisfied answer costs nothing
    eventIds[c.index]?.push(e.id);
    if (rule.kind === "critical") {
      zeroedBy[c.section]?.push(e.id);
      entries.push({ kind: "critical", criterion: c.id, eventId: e.id, points: 0, requested: 0 });
      continue;
    }
    let requestedT: number;
    if (rule.kind === "bonus") requestedT = e.pointsT ?? rule.perT ?? 0;
    else if (rule.kind === "marked") requestedT = e.pointsT ?? 0;
    else if (rule.kind === "per-occurrence" || rule.kind === "chances")
      requestedT = rule.perT * e.count;
    else requestedT = 0;
    const appliedT = take(c.index, c.section, requestedT, room, sectionRoom, parents);
    changed[c.index] = (changed[c.index] ?? 0) + appliedT;
    entries.push({
      kind: rule.kind === "bonus" ? "bonus" : "deduction",
      criterion: c.id,
      eventId: e.id,
      points: fromTenths(appliedT),
      requested: fromTenths(requestedT),
    });
  }

  // Banded criteria: their shortfall from the maximum is taken once, after the events.
  const values = new Map<number, number | null>();
  for (const c of card.criteria) {
    if (c.rule.kind !== "banded") continue;
    const kpiEvent = kpi.get(c.index);
    const survey = surveys.get(c.index);
    let pointsT: number;
    let value: number | null = null;
    let ids: string[] = [];
    if (c.rule.source === "kpi" && kpiEvent !== undefined) {
      value = kpiEvent.value as number;
      ids = [kpiEvent.id];
      pointsT = bandPoints(c, value, value, 1, issues);
    } else if (c.rule.source === "survey" && survey !== undefined) {
      value = (survey.satisfied * 100) / survey.total;
      ids = survey.ids;
      pointsT = bandPoints(c, value, survey.satisfied * 100, survey.total, issues);
    } else {
      pointsT = c.rule.whenMissing === "full" ? c.maxT : 0;
      issues.add("scoring/missing-value", { criterion: c.id, scoredAs: c.rule.whenMissing }, [
        "scorecard",
        c.id,
      ]);
    }
    values.set(c.index, value);
    eventIds[c.index]?.push(...ids);
    const requestedT = c.maxT - pointsT;
    const appliedT = take(c.index, c.section, requestedT, room, sectionRoom, parents);
    changed[c.index] = appliedT;
    if (ids.length > 0 || requestedT > 0) {
      entries.push({
        kind: "band",
        criterion: c.id,
        eventId: ids[ids.length - 1] ?? "",
        points: fromTenths(appliedT),
        requested: fromTenths(requestedT),
      });
    }
  }

  const sections: SectionResult[] = card.sections.map((s, k) =>
    sectionResult(s, k, changed, eventIds, values, zeroedBy, ctx.locale),
  );
  const totalT = card.sections.reduce(
    (acc, s, k) => acc + sectionPointsT(s, k, changed, zeroedBy),
    0,
  );
  return finish(card, ctx, sections, totalT, entries, fines, typeCounts, issues);
}

/** Index of each criterion's parent (−1 for a section's top level). */
function parentIndex(card: CompiledScorecard): number[] {
  const out = new Array<number>(card.criteria.length).fill(-1);
  for (const c of card.criteria) for (const child of c.children) out[child.index] = c.index;
  return out;
}

/** Applies `wantT` tenths at a criterion, limited by its room, every ancestor's and the section's. */
function take(
  index: number,
  section: number,
  wantT: number,
  room: number[],
  sectionRoom: number[],
  parents: readonly number[],
): number {
  let t = Math.min(wantT, sectionRoom[section] ?? 0);
  for (let i = index; i >= 0; i = parents[i] ?? -1) t = Math.min(t, room[i] ?? 0);
  if (t <= 0) return 0;
  for (let i = index; i >= 0; i = parents[i] ?? -1) room[i] = (room[i] ?? 0) - t;
  sectionRoom[section] = (sectionRoom[section] ?? 0) - t;
  return t;
}

/** Band points for `value`, compared exactly as `numerator / denominator`. */
function bandPoints(
  c: CompiledCriterion,
  value: number,
  numerator: number,
  denominator: number,
  issues: Issues,
): number {
  if (c.rule.kind !== "banded") return 0;
  for (const b of c.rule.bands) {
    if (
      numerator >= b.from * denominator &&
      (b.to === Number.POSITIVE_INFINITY || numerator < b.to * denominator)
    )
      return b.pointsT;
  }
  issues.add("scoring/value-outside-bands", { criterion: c.id, value }, ["scorecard", c.id]);
  return 0;
}

function sectionPointsT(
  s: CompiledSection,
  k: number,
  changed: readonly number[],
  zeroedBy: readonly string[][],
): number {
  if ((zeroedBy[k]?.length ?? 0) > 0) return 0;
  const sum = s.criteria.reduce((acc, c) => acc + subtreeChange(c, changed), 0);
  return s.kind === "bonus" ? Math.min(s.maxT, sum) : Math.max(0, s.maxT - sum);
}

function subtreeChange(c: CompiledCriterion, changed: readonly number[]): number {
  let sum = changed[c.index] ?? 0;
  for (const ch of c.children) sum += subtreeChange(ch, changed);
  return sum;
}

function criterionResult(
  c: CompiledCriterion,
  bonus: boolean,
  changed: readonly number[],
  eventIds: readonly string[][],
  values: ReadonlyMap<number, number | null>,
  locale: Locale,
): CriterionResult {
  const children = c.children.map((ch) =>
    criterionResult(ch, bonus, changed, eventIds, values, locale),
  );
  const deltaT = subtreeChange(c, changed);
  const ids =
    c.children.length > 0 ? children.flatMap((ch) => ch.eventIds) : (eventIds[c.index] ?? []);
  const base: CriterionResult = {
    id: c.id,
    name: locale === "en" ? c.nameEn : c.name,
    points: fromTenths(bonus ? deltaT : c.maxT - deltaT),
    max: fromTenths(c.maxT),
    lost: bonus ? 0 : fromTenths(deltaT),
    gained: bonus ? fromTenths(deltaT) : 0,
    eventIds: ids,
    criteria: children,
  };
  return values.has(c.index) ? { ...base, value: values.get(c.index) ?? null } : base;
}

function sectionResult(
  s: CompiledSection,
  k: number,
  changed: readonly number[],
  eventIds: readonly string[][],
  values: ReadonlyMap<number, number | null>,
  zeroedBy: readonly string[][],
  locale: Locale,
): SectionResult {
  const bonus = s.kind === "bonus";
  const deltaT = s.criteria.reduce((acc, c) => acc + subtreeChange(c, changed), 0);
  const pointsT = sectionPointsT(s, k, changed, zeroedBy);
  const zeroed = zeroedBy[k] ?? [];
  return {
    id: s.id,
    name: locale === "en" ? s.nameEn : s.name,
    points: fromTenths(pointsT),
    max: fromTenths(s.maxT),
    lost: bonus ? 0 : fromTenths(s.maxT - pointsT),
    gained: bonus ? fromTenths(deltaT) : 0,
    full: pointsT === s.maxT && zeroed.length === 0,
    zeroedBy: zeroed,
    criteria: s.criteria.map((c) => criterionResult(c, bonus, changed, eventIds, values, locale)),
  };
}

function fineEntry(
  card: CompiledScorecard,
  e: Accepted,
  locale: Locale,
  issues: Issues,
): FineEntry {
  const kind = card.fines.get(e.fine as string);
  const name = kind === undefined ? (e.fine as string) : locale === "en" ? kind.nameEn : kind.name;
  let amount = e.amountFen;
  const min = kind?.minFen;
  const max = kind?.maxFen;
  if (amount === undefined) {
    if (min === undefined) {
      issues.add("scoring/fine-amount-required", { fine: e.fine as string }, [
        "events",
        e.index,
        "amountFen",
      ]);
      amount = 0;
    } else amount = min;
  } else if (min !== undefined && max !== undefined && (amount < min || amount > max)) {
    issues.add("scoring/fine-out-of-range", { amountFen: amount, minFen: min, maxFen: max }, [
      "events",
      e.index,
      "amountFen",
    ]);
    amount = Math.min(max, Math.max(min, amount));
  }
  return { eventId: e.id, fine: e.fine as string, name, amountFen: amount };
}

function finish(
  card: CompiledScorecard,
  ctx: Context,
  sections: SectionResult[],
  totalT: number,
  entries: ScoreEntry[],
  fines: FineEntry[],
  typeCounts: ReadonlyMap<string, { n: number; ids: string[] }>,
  issues: Issues,
): MonthReport {
  const en = ctx.locale === "en";
  const consequences: Consequence[] = [];
  for (const q of card.consequences) {
    const name = en ? q.nameEn : q.name;
    const pointsT =
      q.section === undefined ? totalT : Math.round((sections[q.section]?.points ?? 0) * 10);
    const maxT = q.section === undefined ? card.totalT : (card.sections[q.section]?.maxT ?? 0);
    const sectionFull =
      q.section === undefined ? pointsT === maxT : sections[q.section]?.full === true;
    if (q.full && sectionFull)
      consequences.push({
        id: q.id,
        kind: "threshold",
        name,
        rewardFen: q.rewardFen,
        eventIds: [],
      });
    if (q.belowT !== undefined && pointsT < q.belowT)
      consequences.push({
        id: q.id,
        kind: "threshold",
        name,
        rewardFen: q.rewardFen,
        eventIds: [],
      });
    if (q.events !== undefined) {
      const tc = typeCounts.get(q.events.eventType);
      if (tc !== undefined && tc.n >= q.events.count) {
        const f = q.suggestFine;
        consequences.push({
          id: q.id,
          kind: "events",
          name,
          rewardFen: q.rewardFen,
          ...(f === undefined
            ? {}
            : {
                suggestedFine: { fine: f.id, minFen: f.minFen ?? null, maxFen: f.maxFen ?? null },
              }),
          eventIds: tc.ids,
        });
      }
    }
  }
  for (const f of fines)
    consequences.push({
      id: `fine:${f.fine}`,
      kind: "fine",
      name: f.name,
      rewardFen: 0,
      amountFen: f.amountFen,
      eventIds: [f.eventId],
    });

  const component = (which: string): number =>
    card.sections.reduce(
      (acc, s, k) =>
        s.pay?.component === which
          ? acc + Math.round((sections[k]?.points ?? 0) * 10) * s.pay.fenPerTenth
          : acc,
      0,
    );
  const regular = ctx.phase === "regular";
  const assessing = ctx.phase !== "training";
  const rewards = consequences.reduce((acc, q) => acc + q.rewardFen, 0);
  const parts = {
    baseFen: ctx.baseFen,
    allowanceFen: regular ? ctx.allowanceFen : 0,
    assessmentFen: assessing ? component("assessment") : 0,
    attendanceBonusFen: regular ? component("attendance") : 0,
    specialBonusFen: regular ? component("special") : 0,
    rewardFen: regular ? rewards : 0,
    finesFen: fines.reduce((acc, f) => acc + f.amountFen, 0),
  };
  const pay: PaySlip = {
    ...parts,
    totalFen:
      parts.baseFen +
      parts.allowanceFen +
      parts.assessmentFen +
      parts.attendanceBonusFen +
      parts.specialBonusFen +
      parts.rewardFen -
      parts.finesFen,
  };
  return {
    scorecard: card.id,
    agentId: ctx.agentId,
    month: ctx.month,
    phase: ctx.phase,
    monthOfService: ctx.monthOfService,
    total: fromTenths(totalT),
    max: fromTenths(card.totalT),
    sections,
    entries,
    fines,
    pay,
    consequences,
    issues: issues.list,
  };
}

function emptyReport(
  scorecard: unknown,
  agentId: string | null,
  month: unknown,
  issues: ScoringIssue[],
  baseFen: number,
): MonthReport {
  const id =
    typeof scorecard === "object" &&
    scorecard !== null &&
    typeof (scorecard as { id?: unknown }).id === "string"
      ? (scorecard as { id: string }).id
      : "";
  return {
    scorecard: id,
    agentId,
    month: typeof month === "string" && monthIndex(month) !== undefined ? month : null,
    phase: "regular",
    monthOfService: null,
    total: 0,
    max: 0,
    sections: [],
    entries: [],
    fines: [],
    pay: {
      baseFen,
      allowanceFen: 0,
      assessmentFen: 0,
      attendanceBonusFen: 0,
      specialBonusFen: 0,
      rewardFen: 0,
      finesFen: 0,
      totalFen: baseFen,
    },
    consequences: [],
    issues,
  };
}
