import type * as z from "zod";
import { resolveLocale, type IssuePath, type Locale, type LocaleOptions } from "../core/issue.ts";
import type { Err, Ok } from "../core/result.ts";
import type { GoodsMatcher } from "./goods-matcher.ts";
import {
  fieldOf,
  orderIssue,
  type OrderIssue,
  type OrderIssueCode,
  type OrderIssueParams,
} from "./messages.ts";
import { fastOrder } from "./fast-path.ts";
import { EXPRESS_PROFILE, type CarrierProfile } from "./profiles.ts";
import {
  applyGoodsRules,
  applyRules,
  defaultMatcher,
  goodsTextIssues,
  type CoverageQuery,
} from "./rules.ts";
import { GoodsSchema, PhoneOrderSchema, WebOrderSchema, type Order } from "./schemas.ts";

/**
 * Options of {@link validateOrder}.
 *
 * @example
 * ```ts
 * import { createFreightProfile, type ValidateOrderOptions } from "kuaidi-kefu/order";
 * const options: ValidateOrderOptions = {
 *   channel: "web",
 *   locale: "en",
 *   profile: createFreightProfile({ maxPieceWeightKg: 500 }),
 *   coverage: (d) => d.province !== "西藏自治区",
 * };
 * options.channel; // => "web"
 * ```
 */
export interface ValidateOrderOptions extends LocaleOptions {
  /** Which channel's schema applies; default: the input's `channel` if "web", else "phone". */
  readonly channel?: "phone" | "web";
  /** Single-piece limits; default {@link EXPRESS_PROFILE} (50 kg, 150 cm, 300 cm). */
  readonly profile?: CarrierProfile;
  /**
   * The host's delivery-coverage check (派送范围): `true` covered, `false` not covered (an
   * error), `undefined` unknown (a warning). Not called when absent.
   */
  readonly coverage?: (destination: CoverageQuery) => boolean | undefined;
  /** Goods names refused at the moment (禁运), matched inside the goods name and description. */
  readonly embargo?: readonly string[];
  /** A matcher with extra terms, from `createGoodsMatcher`; default the built-in lexicon. */
  readonly matcher?: GoodsMatcher;
}

/**
 * The answer of {@link validateOrder}: a `Result` whose value is the normalised order and whose
 * error is the list of errors, with the warnings beside it in both cases.
 *
 * @example
 * ```ts
 * import { validateOrder, type OrderValidation } from "kuaidi-kefu/order";
 * const r: OrderValidation = validateOrder(null);
 * r.ok ? [] : r.error.map((i) => i.code); // => ["order/not-an-object"]
 * ```
 */
export type OrderValidation = (Ok<Order> | Err<readonly OrderIssue[]>) & {
  readonly warnings: readonly OrderIssue[];
  /**
   * The normalised order whenever its shape was valid, even when business rules refused it
   * (for the review and the call script); `null` when the input itself was broken.
   */
  readonly order: Order | null;
};

function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/** Reads the raw input at a path, for telling a missing field from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key as string];
  }
  return v;
}

const EXPECTED: Readonly<Record<string, string>> = { date: "Date", tuple: "array" };

function mapIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
  base: readonly PropertyKey[],
  locale: Locale,
  out: OrderIssue[],
): void {
  const rawPath = [...base, ...issue.path];
  const path: IssuePath = rawPath.filter((k): k is string | number => typeof k !== "symbol");
  const field = fieldOf(path);
  const push = <C extends OrderIssueCode>(
    code: C,
    params: Omit<OrderIssueParams[C], "field">,
  ): void => {
    out.push(orderIssue(code, { ...params, field } as OrderIssueParams[C], path, locale));
  };
  const value = valueAt(input, rawPath);
  switch (issue.code) {
    case "custom": {
      const { orderCode, ...params } = (issue.params ?? {}) as { orderCode?: OrderIssueCode };
      if (orderCode) push(orderCode, params as never);
      else push("order/invalid-value", {});
      return;
    }
    case "invalid_type":
      if (value === undefined || value === null) push("order/required", {});
      else push("order/invalid-type", { expected: EXPECTED[issue.expected] ?? issue.expected });
      return;
    case "invalid_union": {
      if (value === undefined || value === null) {
        push("order/required", {});
        return;
      }
      // The branch that got furthest (its issues lie deeper) says what is wrong.
      const branches = issue.errors;
      const deep = branches.find(
        (b) => b.length > 0 && b.every((i) => i.path.length > 0 || i.code !== "invalid_type"),
      );
      if (deep) {
        for (const i of deep) mapIssue(i, input, rawPath, locale, out);
        return;
      }
      const expected = [
        ...new Set(
          branches.flatMap((b) =>
            b.map((i) => (i.code === "invalid_type" ? (EXPECTED[i.expected] ?? i.expected) : "?")),
          ),
        ),
      ].filter((x) => x !== "?");
      push("order/invalid-type", { expected: expected.join(" | ") || kindOf(value) });
      return;
    }
    case "too_big":
      if (issue.origin === "string") push("order/too-long", { max: Number(issue.maximum) });
      else push("order/invalid-value", {});
      return;
    default:
      push("order/invalid-value", {});
  }
}

/**
 * Validates an untrusted order (电话下单 or 网上下单) and normalises it: names trimmed (王先生 →
 * surname 王, title 先生), phones parsed, quantities to pieces / kg / m³, payment to 现付 / 到付 /
 * 月结, fees to yuan, order time to ISO. Then the business rules: prohibited goods (errors) and
 * restricted or needs-review goods (warnings), over-weight / over-size against the carrier
 * profile, used goods with a declared value, unpackaged or embargoed goods, address presence
 * and plausibility, destination city, and the host's coverage predicate.
 *
 * Anything can be passed: it never throws and never mutates its input. Errors and warnings have
 * stable `order/…` codes, a `path`, and a message in the requested locale (zh-CN default).
 *
 * @example
 * ```ts
 * import { validateOrder } from "kuaidi-kefu/order";
 * const r = validateOrder({
 *   shipper: { name: "王先生", phone: "13823033212" },
 *   consignee: { name: "马先生", phone: "0571-25852654" },
 *   goods: { name: "配件", pieces: "15件", weight: "200公斤", volume: "2.2方" },
 *   pickupAddress: "深圳市宝安区福永街道凤凰路1号",
 *   destination: "杭州",
 *   payment: "现付",
 *   pickupFee: 100,
 * });
 * r.ok && [r.value.goods.pieceWeightKg, r.value.destination.city, r.value.payment.method];
 * // => [13.333333, "杭州市", "现付"]
 * const bad = validateOrder({ goods: { name: "打火机", weight: 60 } }, { locale: "en" });
 * bad.ok ? [] : bad.error.map((i) => i.code).includes("order/prohibited-goods"); // => true
 * ```
 */
export function validateOrder(input: unknown, options?: ValidateOrderOptions): OrderValidation {
  const locale = resolveLocale(options?.locale);
  try {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      return {
        ok: false,
        error: [orderIssue("order/not-an-object", { received: kindOf(input) }, [], locale)],
        warnings: [],
        order: null,
      };
    }
    const channel =
      options?.channel ?? ((input as { channel?: unknown }).channel === "web" ? "web" : "phone");
    const fast = fastOrder(input as Record<string, unknown>, channel);
    const parsed = fast
      ? ({ success: true, data: fast } as const)
      : (channel === "web" ? WebOrderSchema : PhoneOrderSchema).safeParse(input);
    const errors: OrderIssue[] = [];
    const warnings: OrderIssue[] = [];
    const matcher = options?.matcher ?? defaultMatcher();
    const settings = {
      locale,
      matcher,
      profile: options?.profile ?? EXPRESS_PROFILE,
      embargo: options?.embargo,
      coverage: options?.coverage,
    };
    if (parsed.success) {
      applyRules(parsed.data, settings, errors, warnings);
      return errors.length === 0
        ? { ok: true, value: parsed.data, warnings, order: parsed.data }
        : { ok: false, error: errors, warnings, order: parsed.data };
    }
    for (const issue of parsed.error.issues) mapIssue(issue, input, [], locale, errors);
    // Even a broken order has its goods checked, so the agent can refuse it at once.
    const goods = (input as { goods?: unknown }).goods;
    const goodsParsed = GoodsSchema.safeParse(goods);
    if (goodsParsed.success) {
      applyGoodsRules(goodsParsed.data, settings, errors, warnings);
    } else if (typeof goods === "object" && goods !== null) {
      for (const key of ["name", "description"] as const) {
        const text = (goods as Record<string, unknown>)[key];
        if (typeof text === "string" && text.length <= 1000) {
          goodsTextIssues(text, ["goods", key], settings, errors, warnings);
        }
      }
    }
    return { ok: false, error: dedupe(errors), warnings, order: null };
  } catch {
    // A throwing getter or a revoked proxy: the data cannot be read.
    return {
      ok: false,
      error: [orderIssue("order/invalid-input", {}, [], locale)],
      warnings: [],
      order: null,
    };
  }
}

function dedupe(issues: OrderIssue[]): OrderIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.code}|${(i.path ?? []).join(".")}|${"start" in i ? String(i.start) : ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
