import type { LocaleOptions } from "../core/issue.ts";
import { err, ok, type Result } from "../core/result.ts";
import { instantMs, type InstantInput } from "./instant.ts";
import { describe, slaIssue, type SlaIssue } from "./messages.ts";

/**
 * How soon the customer needs a rush job (加急, seed 003 三.2): 立即要, 半天要, 当天要, 第二天要.
 *
 * @example
 * ```ts
 * import type { RushUrgency } from "kuaidi-kefu/sla";
 * const u: RushUrgency = "half-day";
 * u; // => "half-day"
 * ```
 */
export type RushUrgency = "immediate" | "half-day" | "same-day" | "next-day";

/**
 * A rush request. `companyCaused` marks rework the company owes (missing or damaged prints,
 * 漏片、坏片、返工): it counts as the most urgent whatever `urgency` says.
 *
 * @example
 * ```ts
 * import type { RushRequest } from "kuaidi-kefu/sla";
 * const r: RushRequest = { id: "A-17", urgency: "same-day", pastRushCount: 3, keyAccount: true };
 * r.keyAccount; // => true
 * ```
 */
export interface RushRequest {
  readonly id: string;
  /** Required unless `companyCaused`. */
  readonly urgency?: RushUrgency;
  readonly companyCaused?: boolean;
  /** How many rush requests the customer made before (fewer go first); default 0. */
  readonly pastRushCount?: number;
  /** Key account (重点客户); default false. */
  readonly keyAccount?: boolean;
  /** Capacity the job takes (prints, albums, …); default 1. */
  readonly units?: number;
  /** When the request came in; earlier first among otherwise equal requests. */
  readonly receivedAt?: InstantInput;
}

/**
 * Options of {@link prioritizeRushRequests}: the day's rush capacity in units (default:
 * unlimited).
 *
 * @example
 * ```ts
 * import type { RushPlanOptions } from "kuaidi-kefu/sla";
 * const o: RushPlanOptions = { capacity: 40 };
 * o.capacity; // => 40
 * ```
 */
export interface RushPlanOptions extends LocaleOptions {
  readonly capacity?: number;
}

/**
 * The plan: every request in priority order with its rank and whether it fits the day's
 * capacity, plus the accepted and deferred ids.
 *
 * @example
 * ```ts
 * import { prioritizeRushRequests } from "kuaidi-kefu/sla";
 * const r = prioritizeRushRequests([{ id: "x", urgency: "next-day" }]);
 * r.ok ? r.value.ordered[0] : null; // => { id: "x", rank: 1, accepted: true, units: 1 }
 * ```
 */
export interface RushPlan {
  readonly ordered: readonly {
    readonly id: string;
    readonly rank: number;
    readonly accepted: boolean;
    readonly units: number;
  }[];
  readonly accepted: readonly string[];
  readonly deferred: readonly string[];
  readonly usedUnits: number;
}

const URGENCY_RANK: Readonly<Record<RushUrgency, number>> = {
  immediate: 0,
  "half-day": 1,
  "same-day": 2,
  "next-day": 3,
};
const MAX_REQUESTS = 100_000;

interface Keyed {
  id: string;
  urgency: number;
  company: boolean;
  past: number;
  key: boolean;
  received: number;
  index: number;
  units: number;
}

function compare(a: Keyed, b: Keyed): number {
  return (
    a.urgency - b.urgency ||
    Number(b.company) - Number(a.company) ||
    a.past - b.past ||
    Number(b.key) - Number(a.key) ||
    a.received - b.received ||
    a.index - b.index
  );
}

/**
 * Orders the day's rush requests by the seed's rules, then fills the day's capacity:
 *
 * 1. urgency first (immediately, half day, same day, next day); company-caused rework counts as
 *    "immediately" and goes first among equals (根据程度，先急后缓);
 * 2. then customers with fewer past rush requests (根据次数，先少后多);
 * 3. then key accounts (根据客户，先重后次);
 * 4. then earlier `receivedAt`, then input order.
 *
 * Requests are accepted in that order while their `units` fit the remaining capacity; one that
 * does not fit is deferred and the next is tried (总量控制). Invalid requests give an error
 * result listing every bad field.
 *
 * @example
 * ```ts
 * import { prioritizeRushRequests } from "kuaidi-kefu/sla";
 * const r = prioritizeRushRequests(
 *   [
 *     { id: "next-day", urgency: "next-day" },
 *     { id: "frequent", urgency: "same-day", pastRushCount: 9 },
 *     { id: "key", urgency: "same-day", pastRushCount: 0, keyAccount: true },
 *     { id: "ours", companyCaused: true, units: 2 },
 *     { id: "first-time", urgency: "same-day", pastRushCount: 0 },
 *   ],
 *   { capacity: 4 },
 * );
 * r.ok ? r.value.accepted : null; // => ["ours", "key", "first-time"]
 * r.ok ? r.value.deferred : null; // => ["frequent", "next-day"]
 * ```
 */
export function prioritizeRushRequests(
  requests: readonly RushRequest[],
  options?: RushPlanOptions,
): Result<RushPlan, readonly SlaIssue[]> {
  const locale = options?.locale;
  const issues: SlaIssue[] = [];
  const capacity = options?.capacity ?? Number.POSITIVE_INFINITY;
  if (typeof capacity !== "number" || Number.isNaN(capacity) || capacity < 0) {
    issues.push(
      slaIssue(
        "sla/invalid-option",
        { expected: "a capacity ≥ 0", received: describe(capacity) },
        ["capacity"],
        locale,
      ),
    );
  }
  if (!Array.isArray(requests) || requests.length > MAX_REQUESTS) {
    issues.push(
      Array.isArray(requests)
        ? slaIssue(
            "sla/too-many-items",
            { count: requests.length, max: MAX_REQUESTS },
            ["requests"],
            locale,
          )
        : slaIssue(
            "sla/invalid-option",
            { expected: "an array of requests", received: describe(requests) },
            ["requests"],
            locale,
          ),
    );
    return err(issues);
  }
  const keyed: Keyed[] = [];
  for (let i = 0; i < requests.length; i++) {
    const r = requests[i] as unknown as Record<string, unknown> | null;
    const path = ["requests", i];
    if (typeof r !== "object" || r === null) {
      issues.push(
        slaIssue(
          "sla/invalid-option",
          { expected: "a request object", received: describe(r) },
          path,
          locale,
        ),
      );
      continue;
    }
    const bad = (field: string, expected: string): void => {
      issues.push(
        slaIssue(
          "sla/invalid-option",
          { expected, received: describe(r[field]) },
          [...path, field],
          locale,
        ),
      );
    };
    const id = r["id"];
    if (typeof id !== "string" || id.length === 0) bad("id", "a non-empty id");
    const company = r["companyCaused"] ?? false;
    if (typeof company !== "boolean") bad("companyCaused", "true | false");
    const urgency = r["urgency"];
    const rank =
      typeof urgency === "string" && Object.hasOwn(URGENCY_RANK, urgency)
        ? URGENCY_RANK[urgency as RushUrgency]
        : undefined;
    if (rank === undefined && !(company === true && urgency === undefined)) {
      issues.push(
        slaIssue(
          "sla/invalid-urgency",
          { received: describe(urgency) },
          [...path, "urgency"],
          locale,
        ),
      );
    }
    const past = r["pastRushCount"] ?? 0;
    if (typeof past !== "number" || !Number.isInteger(past) || past < 0)
      bad("pastRushCount", "a whole number ≥ 0");
    const key = r["keyAccount"] ?? false;
    if (typeof key !== "boolean") bad("keyAccount", "true | false");
    const units = r["units"] ?? 1;
    if (typeof units !== "number" || !Number.isFinite(units) || units < 0)
      bad("units", "a number ≥ 0");
    let received = Number.POSITIVE_INFINITY;
    if (r["receivedAt"] !== undefined) {
      received = instantMs(r["receivedAt"]);
      if (Number.isNaN(received)) {
        issues.push(
          slaIssue(
            "sla/invalid-instant",
            { received: describe(r["receivedAt"]) },
            [...path, "receivedAt"],
            locale,
          ),
        );
      }
    }
    keyed.push({
      id: id as string,
      urgency: company === true ? 0 : (rank ?? 0),
      company: company === true,
      past: past as number,
      key: key === true,
      received,
      index: i,
      units: units as number,
    });
  }
  if (issues.length > 0) return err(issues);
  keyed.sort(compare);
  let used = 0;
  const ordered: { id: string; rank: number; accepted: boolean; units: number }[] = [];
  const accepted: string[] = [];
  const deferred: string[] = [];
  for (let i = 0; i < keyed.length; i++) {
    const k = keyed[i] as Keyed;
    const fits = used + k.units <= capacity;
    if (fits) {
      used += k.units;
      accepted.push(k.id);
    } else deferred.push(k.id);
    ordered.push({ id: k.id, rank: i + 1, accepted: fits, units: k.units });
  }
  return ok({ ordered, accepted, deferred, usedUnits: used });
}
