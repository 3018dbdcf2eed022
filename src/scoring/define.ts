import { resolveLocale, type IssuePath, type Locale, type LocaleOptions } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import type {
  CompiledBand,
  CompiledConsequence,
  CompiledCriterion,
  CompiledFine,
  CompiledRule,
  CompiledScorecard,
  CompiledSection,
  CompiledStreak,
} from "./compiled.ts";
import type { CriterionConfig, ScorecardConfig } from "./config-types.ts";
import { acceptsEvent, expectedKinds } from "./kinds.ts";
import {
  makeIssue,
  type ScoringIssue,
  type ScoringIssueCode,
  type ScoringIssueParams,
} from "./messages.ts";
import { fromTenths, toTenths } from "./points.ts";
import { checkShape } from "./schema.ts";

/**
 * A validated scorecard: the configuration as given, and the warnings found while checking it
 * (maxima that do not add up, for instance). Build one with {@link defineScorecard}.
 *
 * @example
 * ```ts
 * import { KEFU_ASSESSMENT_SCORECARD, type Scorecard } from "kuaidi-kefu/scoring";
 * const card: Scorecard = KEFU_ASSESSMENT_SCORECARD;
 * card.warnings.length; // => 2
 * ```
 */
export interface Scorecard {
  readonly kind: "scorecard";
  readonly config: ScorecardConfig;
  readonly warnings: readonly ScoringIssue[];
}

/**
 * Options of {@link defineScorecard}.
 *
 * @example
 * ```ts
 * import type { DefineScorecardOptions } from "kuaidi-kefu/scoring";
 * const options: DefineScorecardOptions = { strict: true, locale: "en" };
 * options.strict; // => true
 * ```
 */
export interface DefineScorecardOptions extends LocaleOptions {
  /** Treat maxima that do not add up as errors instead of warnings; default `false`. */
  readonly strict?: boolean;
}

interface Analysis {
  readonly errors: ScoringIssue[];
  readonly warnings: ScoringIssue[];
  readonly compiled: CompiledScorecard | undefined;
}

class Checker {
  readonly errors: ScoringIssue[] = [];
  readonly warnings: ScoringIssue[] = [];
  constructor(
    readonly locale: Locale,
    readonly strict: boolean,
  ) {}
  error<C extends ScoringIssueCode>(code: C, params: ScoringIssueParams[C], path: IssuePath): void {
    this.errors.push(makeIssue(code, params, this.locale, path));
  }
  warn<C extends ScoringIssueCode>(code: C, params: ScoringIssueParams[C], path: IssuePath): void {
    this.warnings.push(makeIssue(code, params, this.locale, path));
  }
  /** Points → tenths; reports and returns 0 when not a non-negative multiple of 0.1. */
  tenths(value: number, path: IssuePath): number {
    const t = toTenths(value);
    if (t === undefined || t < 0) {
      this.error("scoring/invalid-points", { value }, path);
      return 0;
    }
    return t;
  }
  mismatch(id: string, declaredT: number, sumT: number, path: IssuePath): void {
    const params = { id, declared: fromTenths(declaredT), sum: fromTenths(sumT) };
    if (this.strict) this.error("scoring/maxima-mismatch", params, path);
    else this.warn("scoring/maxima-mismatch", params, path);
  }
}

function analyze(config: ScorecardConfig, c: Checker): CompiledScorecard | undefined {
  const criteria: CompiledCriterion[] = [];
  const byId = new Map<string, CompiledCriterion>();
  const idPaths = new Map<string, IssuePath>();
  const sectionIds = new Map<string, IssuePath>();

  const unique = (seen: Map<string, IssuePath>, id: string, path: IssuePath): void => {
    const first = seen.get(id);
    if (first !== undefined)
      c.error("scoring/duplicate-id", { id, firstPath: first }, [...path, "id"]);
    else seen.set(id, [...path, "id"]);
  };

  const compileRule = (node: CriterionConfig, maxT: number, path: IssuePath): CompiledRule => {
    const rule = node.rule;
    const rulePath = [...path, "rule"];
    if (rule === undefined) {
      c.error("scoring/invalid-config", { reason: "rule-missing" }, rulePath);
      return { kind: "marked" };
    }
    switch (rule.kind) {
      case "per-occurrence":
        return { kind: "per-occurrence", perT: c.tenths(rule.points, [...rulePath, "points"]) };
      case "chances":
        if (maxT % rule.chances !== 0) {
          c.error(
            "scoring/invalid-chances",
            { id: node.id, max: fromTenths(maxT), chances: rule.chances },
            [...rulePath, "chances"],
          );
        }
        return { kind: "chances", perT: Math.floor(maxT / rule.chances) };
      case "marked":
        return { kind: "marked" };
      case "bonus":
        return {
          kind: "bonus",
          perT:
            rule.pointsPerEvent === undefined
              ? undefined
              : c.tenths(rule.pointsPerEvent, [...rulePath, "pointsPerEvent"]),
        };
      case "critical":
        return { kind: "critical" };
      case "banded":
        return {
          kind: "banded",
          source: rule.source ?? "kpi",
          bands: checkBands(node.id, rule.bands, rule.range ?? [0, 100], maxT, rulePath, c),
          whenMissing: rule.whenMissing ?? "full",
        };
    }
  };

  const compileCriterion = (
    node: CriterionConfig,
    section: number,
    path: IssuePath,
    bonusSection: boolean,
  ): CompiledCriterion => {
    unique(idPaths, node.id, path);
    const index = criteria.length;
    criteria.push(undefined as unknown as CompiledCriterion); // reserve the depth-first position
    const children: CompiledCriterion[] = [];
    let maxT: number;
    let rule: CompiledRule;
    if (node.criteria !== undefined && node.criteria.length > 0) {
      if (node.rule !== undefined)
        c.error("scoring/invalid-config", { reason: "rule-on-group" }, [...path, "rule"]);
      node.criteria.forEach((child, k) =>
        children.push(compileCriterion(child, section, [...path, "criteria", k], bonusSection)),
      );
      const sumT = children.reduce((s, ch) => s + ch.maxT, 0);
      if (node.max === undefined) maxT = sumT;
      else {
        maxT = c.tenths(node.max, [...path, "max"]);
        if (maxT !== sumT) c.mismatch(node.id, maxT, sumT, [...path, "max"]);
      }
      rule = { kind: "group" };
    } else {
      if (node.rule?.kind === "critical") {
        maxT = node.max === undefined ? 0 : c.tenths(node.max, [...path, "max"]);
        if (maxT !== 0)
          c.error("scoring/invalid-config", { reason: "critical-with-max" }, [...path, "max"]);
        maxT = 0;
      } else if (node.max === undefined) {
        c.error("scoring/invalid-config", { reason: "max-missing" }, [...path, "max"]);
        maxT = 0;
      } else maxT = c.tenths(node.max, [...path, "max"]);
      rule = compileRule(node, maxT, path);
      const isBonus = rule.kind === "bonus";
      if (isBonus !== bonusSection) {
        c.error(
          "scoring/wrong-criterion-kind",
          {
            criterion: node.id,
            kind: rule.kind,
            expected: bonusSection
              ? "bonus"
              : "per-occurrence | chances | marked | banded | critical",
          },
          [...path, "rule", "kind"],
        );
      }
    }
    const compiled: CompiledCriterion = {
      id: node.id,
      name: node.name,
      nameEn: node.nameEn ?? node.name,
      maxT,
      rule,
      children,
      section,
      index,
    };
    criteria[index] = compiled;
    if (!byId.has(node.id)) byId.set(node.id, compiled);
    return compiled;
  };

  const sections: CompiledSection[] = config.sections.map((s, i) => {
    const path: IssuePath = ["sections", i];
    unique(sectionIds, s.id, path);
    const kind = s.kind ?? "deduction";
    const list = s.criteria.map((node, k) =>
      compileCriterion(node, i, [...path, "criteria", k], kind === "bonus"),
    );
    const sumT = list.reduce((acc, ch) => acc + ch.maxT, 0);
    let maxT = sumT;
    if (s.max !== undefined) {
      maxT = c.tenths(s.max, [...path, "max"]);
      if (maxT !== sumT) c.mismatch(s.id, maxT, sumT, [...path, "max"]);
    }
    let pay: CompiledSection["pay"];
    if (s.pay !== undefined) {
      if (s.pay.fenPerPoint % 10 !== 0)
        c.error("scoring/invalid-money", { value: s.pay.fenPerPoint }, [
          ...path,
          "pay",
          "fenPerPoint",
        ]);
      pay = { component: s.pay.component, fenPerTenth: Math.floor(s.pay.fenPerPoint / 10) };
    }
    return { id: s.id, name: s.name, nameEn: s.nameEn ?? s.name, kind, maxT, criteria: list, pay };
  });

  const sectionsMaxT = sections.reduce((acc, s) => acc + s.maxT, 0);
  let totalT = sectionsMaxT;
  if (config.total !== undefined) {
    totalT = c.tenths(config.total, ["total"]);
    if (totalT !== sectionsMaxT) c.mismatch(config.id, totalT, sectionsMaxT, ["total"]);
  }

  const routes = new Map<string, CompiledCriterion>();
  for (const [type, target] of Object.entries(config.routes ?? {})) {
    if (target === undefined) continue;
    const path: IssuePath = ["routes", type];
    const node = byId.get(target);
    if (node === undefined)
      c.error("scoring/unknown-reference", { ref: target, kind: "criterion" }, path);
    else if (node.rule.kind === "group") c.error("scoring/not-a-leaf", { criterion: target }, path);
    else if (!acceptsEvent(node.rule, type)) {
      c.error(
        "scoring/wrong-criterion-kind",
        { criterion: target, kind: node.rule.kind, expected: expectedKinds(type) },
        path,
      );
    } else routes.set(type, node);
  }

  const fines = new Map<string, CompiledFine>();
  (config.fines ?? []).forEach((f, i) => {
    const path: IssuePath = ["fines", i];
    if (fines.has(f.id)) {
      c.error(
        "scoring/duplicate-id",
        { id: f.id, firstPath: ["fines", [...fines.keys()].indexOf(f.id), "id"] },
        [...path, "id"],
      );
      return;
    }
    const minFen = f.minFen ?? f.maxFen;
    const maxFen = f.maxFen ?? f.minFen;
    if (minFen !== undefined && maxFen !== undefined && minFen > maxFen) {
      c.error("scoring/invalid-config", { reason: "range-reversed" }, [...path, "minFen"]);
    }
    fines.set(f.id, { id: f.id, name: f.name, nameEn: f.nameEn ?? f.name, minFen, maxFen });
  });

  const sectionIndex = (id: string, path: IssuePath): number | undefined => {
    const k = sections.findIndex((s) => s.id === id);
    if (k < 0) c.error("scoring/unknown-reference", { ref: id, kind: "section" }, path);
    return k < 0 ? undefined : k;
  };

  const consequenceIds = new Map<string, IssuePath>();
  const consequences: CompiledConsequence[] = (config.consequences ?? []).map((q, i) => {
    const path: IssuePath = ["consequences", i];
    unique(consequenceIds, q.id, path);
    const section =
      q.section === undefined ? undefined : sectionIndex(q.section, [...path, "section"]);
    if (q.full !== true && q.below === undefined && q.events === undefined) {
      c.error("scoring/invalid-config", { reason: "no-trigger" }, path);
    }
    let suggestFine: CompiledFine | undefined;
    if (q.suggestFine !== undefined) {
      suggestFine = fines.get(q.suggestFine);
      if (suggestFine === undefined)
        c.error("scoring/unknown-reference", { ref: q.suggestFine, kind: "fine" }, [
          ...path,
          "suggestFine",
        ]);
    }
    return {
      id: q.id,
      name: q.name,
      nameEn: q.nameEn ?? q.name,
      section,
      full: q.full === true,
      belowT: q.below === undefined ? undefined : c.tenths(q.below, [...path, "below"]),
      events: q.events,
      rewardFen: q.rewardFen ?? 0,
      suggestFine,
    };
  });

  const streakIds = new Map<string, IssuePath>();
  const streaks: CompiledStreak[] = (config.streaks ?? []).map((s, i) => {
    const path: IssuePath = ["streaks", i];
    unique(streakIds, s.id, path);
    sectionIndex(s.section, [...path, "section"]);
    if (s.consecutive === undefined && s.inYear === undefined)
      c.error("scoring/invalid-config", { reason: "no-trigger" }, path);
    if (s.rewardFen !== undefined && s.rewardFen.min > s.rewardFen.max) {
      c.error("scoring/invalid-config", { reason: "range-reversed" }, [
        ...path,
        "rewardFen",
        "min",
      ]);
    }
    return {
      id: s.id,
      name: s.name,
      nameEn: s.nameEn ?? s.name,
      section: s.section,
      consecutive: s.consecutive,
      inYear: s.inYear,
      rewardFen: s.rewardFen,
    };
  });

  if (c.errors.length > 0) return undefined;
  return {
    id: config.id,
    totalT,
    sections,
    criteria,
    byId,
    routes,
    fines,
    consequences,
    streaks,
    trainingMonths: config.newStaff?.trainingMonths ?? 0,
    probationMonths: config.newStaff?.probationMonths ?? 0,
  };
}

function checkBands(
  id: string,
  bands: readonly { from: number; to?: number | undefined; points: number }[],
  range: readonly [number, number],
  maxT: number,
  rulePath: IssuePath,
  c: Checker,
): CompiledBand[] {
  const [lo, hi] = range;
  if (lo > hi)
    c.error("scoring/invalid-config", { reason: "range-reversed" }, [...rulePath, "range"]);
  const order = bands.map((b, k) => ({ b, k })).sort((x, y) => x.b.from - y.b.from || x.k - y.k);
  const out: CompiledBand[] = [];
  let previousTo: number | undefined;
  order.forEach(({ b, k }, n) => {
    const path: IssuePath = [...rulePath, "bands", k];
    const to = b.to ?? Number.POSITIVE_INFINITY;
    if (b.to === undefined && n !== order.length - 1)
      c.error("scoring/invalid-config", { reason: "open-band-not-last" }, [...path, "to"]);
    if (to <= b.from) c.error("scoring/invalid-config", { reason: "empty-band" }, [...path, "to"]);
    const pointsT = c.tenths(b.points, [...path, "points"]);
    if (pointsT > maxT)
      c.error("scoring/band-over-max", { id, points: b.points, max: fromTenths(maxT) }, [
        ...path,
        "points",
      ]);
    if (previousTo === undefined) {
      if (b.from > lo) c.error("scoring/band-gap", { id, from: lo, to: b.from }, [...path, "from"]);
    } else if (b.from < previousTo) {
      c.error("scoring/band-overlap", { id, from: b.from, previousTo }, [...path, "from"]);
    } else if (b.from > previousTo) {
      c.error("scoring/band-gap", { id, from: previousTo, to: b.from }, [...path, "from"]);
    }
    previousTo = Math.max(previousTo ?? Number.NEGATIVE_INFINITY, to);
    out.push({ from: b.from, to, pointsT });
  });
  if (previousTo !== undefined && previousTo < hi) {
    const last = order[order.length - 1];
    c.error("scoring/band-gap", { id, from: previousTo, to: hi }, [
      ...rulePath,
      "bands",
      last === undefined ? 0 : last.k,
      "to",
    ]);
  }
  return out;
}

function run(config: unknown, locale: Locale, strict: boolean): Analysis {
  const shape = checkShape(config, locale);
  if (shape.length > 0) return { errors: shape, warnings: [], compiled: undefined };
  const c = new Checker(locale, strict);
  const compiled = analyze(config as ScorecardConfig, c);
  return { errors: c.errors, warnings: c.warnings, compiled };
}

/**
 * Validates a scorecard configuration (zod for the shape, then every sum, band and reference)
 * and returns it ready for `scoreMonth`. Errors come back as issues with exact paths;
 * nothing throws. Maxima that do not add up are warnings (errors with `strict: true`).
 *
 * @example
 * ```ts
 * import { defineScorecard, KEFU_ASSESSMENT_CONFIG } from "kuaidi-kefu/scoring";
 * const card = defineScorecard(KEFU_ASSESSMENT_CONFIG, { locale: "en" });
 * card.ok; // => true
 * card.ok && card.value.warnings.map((w) => w.message);
 * // => ["production declares 10 points but its items add up to 8", "work declares 50 points but its items add up to 43"]
 * const bad = defineScorecard({ id: "x", name: "x", sections: [{ id: "s", name: "s", criteria: [{ id: "a", name: "a", max: 1, rule: { kind: "per-occurrence", points: 1 } }, { id: "a", name: "a2", max: 1, rule: { kind: "per-occurrence", points: 1 } }] }] });
 * !bad.ok && bad.error.map((e) => [e.code, e.path]);
 * // => [["scoring/duplicate-id", ["sections", 0, "criteria", 1, "id"]]]
 * ```
 */
export function defineScorecard(
  config: unknown,
  options?: DefineScorecardOptions,
): Result<Scorecard, readonly ScoringIssue[]> {
  const locale = resolveLocale(options?.locale);
  const analysis = run(config, locale, options?.strict === true);
  if (analysis.compiled === undefined) return err(analysis.errors);
  const card: Scorecard = {
    kind: "scorecard",
    config: config as ScorecardConfig,
    warnings: analysis.warnings,
  };
  cache().set(card, analysis.compiled);
  return ok(card);
}

let compiledCache: WeakMap<object, CompiledScorecard | readonly ScoringIssue[]> | undefined;
function cache(): WeakMap<object, CompiledScorecard | readonly ScoringIssue[]> {
  compiledCache ??= new WeakMap();
  return compiledCache;
}

/**
 * The compiled form of a scorecard (or of a raw configuration), validated once per object and
 * cached; the errors when it is invalid.
 */
export function compileScorecard(
  card: unknown,
  locale: Locale,
): CompiledScorecard | readonly ScoringIssue[] {
  const key = typeof card === "object" && card !== null ? card : undefined;
  if (key !== undefined) {
    const hit = cache().get(key);
    if (hit !== undefined && !Array.isArray(hit)) return hit;
  }
  const config = isScorecard(card) ? card.config : card;
  const analysis = run(config, locale, false);
  const value = analysis.compiled ?? analysis.errors;
  if (key !== undefined && analysis.compiled !== undefined) cache().set(key, analysis.compiled);
  return value;
}

function isScorecard(value: unknown): value is Scorecard {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { kind?: unknown }).kind === "scorecard" &&
    "config" in value
  );
}
