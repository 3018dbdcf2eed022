import type { IssuePath, Locale } from "../core/issue.ts";
import { buildAutomaton, type Automaton } from "./automaton.ts";
import type { GoodsMatcher } from "./goods-matcher.ts";
import { createGoodsMatcher } from "./goods-matcher.ts";
import { orderIssue, type OrderIssue } from "./messages.ts";
import type { CarrierProfile } from "./profiles.ts";
import type { Address } from "./normalize.ts";
import type { Goods, Order } from "./schemas.ts";

/**
 * The destination as the host's coverage predicate sees it.
 *
 * @example
 * ```ts
 * import type { CoverageQuery } from "kuaidi-kefu/order";
 * const q: CoverageQuery = { text: "杭州", province: "浙江省", city: "杭州市", cityCode: "3301", detail: "" };
 * q.cityCode; // => "3301"
 * ```
 */
export type CoverageQuery = Address;

/** Settings the rules read. */
export interface RuleSettings {
  readonly locale: Locale;
  readonly profile: CarrierProfile;
  readonly matcher: GoodsMatcher;
  readonly embargo: readonly string[] | undefined;
  readonly coverage: ((destination: CoverageQuery) => boolean | undefined) | undefined;
}

const embargoAutomata = new WeakMap<readonly string[], Automaton>();

/** Prohibited / review / restricted hits of one text field. */
export function goodsTextIssues(
  text: string,
  path: IssuePath,
  s: Pick<RuleSettings, "locale" | "matcher">,
  errors: OrderIssue[],
  warnings: OrderIssue[],
): void {
  const r = s.matcher.find(text);
  // Most goods match nothing: the field name is only built for a hit.
  if (!r.ok || r.value.length === 0) return;
  const field = path.join(".");
  for (const m of r.value) {
    if (m.kind === "restricted" && m.restricted) {
      warnings.push(
        orderIssue(
          "order/restricted-goods",
          {
            field,
            restrictedId: m.restricted.id,
            rule: m.restricted.rule,
            item: m.term,
            start: m.start,
            end: m.end,
          },
          path,
          s.locale,
        ),
      );
    } else if (m.category) {
      const params = {
        field,
        categoryNo: m.category.no,
        categoryName: m.category.name,
        item: m.term,
        start: m.start,
        end: m.end,
      };
      if (m.kind === "prohibited")
        errors.push(orderIssue("order/prohibited-goods", params, path, s.locale));
      else warnings.push(orderIssue("order/goods-needs-review", params, path, s.locale));
    }
  }
}

function embargoHit(text: string, terms: readonly string[]): string | undefined {
  let a = embargoAutomata.get(terms);
  if (!a) {
    a = buildAutomaton(terms);
    embargoAutomata.set(terms, a);
  }
  let hit: string | undefined;
  a.scan(text, (p) => {
    hit ??= terms[p];
  });
  return hit;
}

function sizeIssues(g: Goods, p: CarrierProfile, locale: Locale, errors: OrderIssue[]): void {
  const profile = p.name;
  const profileId = p.id;
  if (p.maxPieceWeightKg !== undefined && g.pieceWeightKg > p.maxPieceWeightKg) {
    errors.push(
      orderIssue(
        "order/overweight",
        {
          field: "goods.weight",
          weightKg: g.pieceWeightKg,
          maxKg: p.maxPieceWeightKg,
          profile,
          profileId,
        },
        ["goods", "weight"],
        locale,
      ),
    );
  }
  if (p.maxPieces !== undefined && g.pieces > p.maxPieces) {
    errors.push(
      orderIssue(
        "order/too-many-pieces",
        { field: "goods.pieces", pieces: g.pieces, max: p.maxPieces, profile, profileId },
        ["goods", "pieces"],
        locale,
      ),
    );
  }
  const pieceVolume = g.volumeM3 === null ? null : g.volumeM3 / g.pieces;
  if (
    p.maxPieceVolumeM3 !== undefined &&
    pieceVolume !== null &&
    pieceVolume > p.maxPieceVolumeM3
  ) {
    errors.push(
      orderIssue(
        "order/oversize-volume",
        {
          field: "goods.volume",
          volumeM3: Math.round(pieceVolume * 1e6) / 1e6,
          maxM3: p.maxPieceVolumeM3,
          profile,
          profileId,
        },
        ["goods", "volume"],
        locale,
      ),
    );
  }
  if (g.dimensionsCm) {
    const [a, b, c] = g.dimensionsCm;
    const longest = Math.max(a, b, c);
    const sum = Math.round((a + b + c) * 1e6) / 1e6;
    const path = ["goods", "dimensions"];
    if (p.maxSideCm !== undefined && longest > p.maxSideCm) {
      errors.push(
        orderIssue(
          "order/oversize-side",
          { field: "goods.dimensions", sideCm: longest, maxCm: p.maxSideCm, profile, profileId },
          path,
          locale,
        ),
      );
    }
    if (p.maxSumOfSidesCm !== undefined && sum > p.maxSumOfSidesCm) {
      errors.push(
        orderIssue(
          "order/oversize-sum",
          {
            field: "goods.dimensions",
            sumCm: sum,
            maxCm: p.maxSumOfSidesCm,
            profile,
            profileId,
            inferred: false,
          },
          path,
          locale,
        ),
      );
    }
  } else if (pieceVolume !== null && p.maxSumOfSidesCm !== undefined) {
    // Without dimensions, the volume still bounds the sides from below: a cube has the smallest
    // sum of sides for its volume, 3 × ∛V.
    const minSum = Math.round(3 * Math.cbrt(pieceVolume) * 100 * 10) / 10;
    if (minSum > p.maxSumOfSidesCm) {
      errors.push(
        orderIssue(
          "order/oversize-sum",
          {
            field: "goods.volume",
            sumCm: minSum,
            maxCm: p.maxSumOfSidesCm,
            profile,
            profileId,
            inferred: true,
          },
          ["goods", "volume"],
          locale,
        ),
      );
    }
  }
}

/** The rules about the goods alone: prohibited, embargoed, unpackaged, used and insured, size. */
export function applyGoodsRules(
  g: Goods,
  s: RuleSettings,
  errors: OrderIssue[],
  warnings: OrderIssue[],
): void {
  const { locale } = s;
  goodsTextIssues(g.name, ["goods", "name"], s, errors, warnings);
  if (g.description) goodsTextIssues(g.description, ["goods", "description"], s, errors, warnings);
  if (g.embargoed) {
    errors.push(
      orderIssue(
        "order/embargoed",
        { field: "goods.embargoed", item: "" },
        ["goods", "embargoed"],
        locale,
      ),
    );
  } else if (s.embargo && s.embargo.length > 0) {
    const item = embargoHit(g.description ? `${g.name} ${g.description}` : g.name, s.embargo);
    if (item !== undefined)
      errors.push(
        orderIssue("order/embargoed", { field: "goods.name", item }, ["goods", "name"], locale),
      );
  }
  if (g.packaging === "unpacked") {
    errors.push(
      orderIssue("order/unpackaged", { field: "goods.packaging" }, ["goods", "packaging"], locale),
    );
  }
  if (g.condition === "used" && g.declaredValue !== null && g.declaredValue > 0) {
    errors.push(
      orderIssue(
        "order/used-goods-not-insurable",
        { field: "goods.declaredValue", declaredValue: g.declaredValue },
        ["goods", "declaredValue"],
        locale,
      ),
    );
  }
  sizeIssues(g, s.profile, locale, errors);
}

/** Runs every business rule on a normalised order. */
export function applyRules(
  order: Order,
  s: RuleSettings,
  errors: OrderIssue[],
  warnings: OrderIssue[],
): void {
  const { locale } = s;
  applyGoodsRules(order.goods, s, errors, warnings);
  if (order.shipper.name === null) {
    warnings.push(
      orderIssue(
        "order/contact-name-missing",
        { field: "shipper.name" },
        ["shipper", "name"],
        locale,
      ),
    );
  }
  if (order.consignee && order.consignee.name === null) {
    warnings.push(
      orderIssue(
        "order/contact-name-missing",
        { field: "consignee.name" },
        ["consignee", "name"],
        locale,
      ),
    );
  }
  if (order.pickupAddress.city !== null && order.pickupAddress.detail === "") {
    warnings.push(
      orderIssue("order/address-incomplete", { field: "pickupAddress" }, ["pickupAddress"], locale),
    );
  }
  const d = order.destination;
  if (d.city === null) {
    warnings.push(
      orderIssue(
        "order/destination-city-unknown",
        { field: "destination" },
        ["destination"],
        locale,
      ),
    );
  } else if (order.channel === "web" && d.detail === "") {
    warnings.push(
      orderIssue("order/address-incomplete", { field: "destination" }, ["destination"], locale),
    );
  }
  if (s.coverage) {
    let covered: boolean | undefined;
    try {
      covered = s.coverage({ ...d });
    } catch {
      covered = undefined;
    }
    const city = d.city ?? d.text;
    if (covered === false) {
      errors.push(
        orderIssue(
          "order/destination-not-covered",
          { field: "destination", city },
          ["destination"],
          locale,
        ),
      );
    } else if (covered !== true) {
      warnings.push(
        orderIssue(
          "order/coverage-unknown",
          { field: "destination", city },
          ["destination"],
          locale,
        ),
      );
    }
  }
}

/** The default matcher, built on first use. */
export function defaultMatcher(): GoodsMatcher {
  return createGoodsMatcher();
}
