import type { LocaleOptions } from "../core/issue.ts";
import { describeValue, routingIssue, type RoutingIssue } from "./messages.ts";

/**
 * Where a shipment starts or ends, as far as routing cares: mainland China, Hong Kong, Macau,
 * Taiwan or abroad (the last four go to 关务组).
 *
 * @example
 * ```ts
 * import type { Region } from "kuaidi-kefu/routing";
 * const r: Region = "HK";
 * r; // => "HK"
 * ```
 */
export type Region = "mainland" | "HK" | "MO" | "TW" | "abroad";

/**
 * What the system knows about the shipment and the customer, beside the text. Every field is
 * optional; a field of the wrong type is ignored with a `routing/invalid-fact` warning.
 *
 * @example
 * ```ts
 * import type { ComplaintFacts } from "kuaidi-kefu/routing";
 * const facts: ComplaintFacts = { goodsCategory: "fresh", codAmount: 0, destination: "香港", contactCount: 2 };
 * facts.goodsCategory; // => "fresh"
 * ```
 */
export interface ComplaintFacts {
  /** `"fresh"` / `"food"` / `"生鲜"` / `"食品"` (→ 时令小组), anything else is ordinary goods. */
  readonly goodsCategory?: string;
  /** Cash-on-delivery amount in yuan; above 0 means a COD shipment (→ 代收货款组). */
  readonly codAmount?: number;
  /** Declared (insured) value in yuan; at or above `thresholds.highValue` a loss or damage goes to 理赔组. */
  readonly declaredValue?: number;
  /** Origin: a {@link Region}, an ISO 3166 alpha-2 code, or 香港 / 澳门 / 台湾 / 境外 / 国外 / 海外 / 内地. */
  readonly origin?: string;
  /** Destination, same forms as `origin`. */
  readonly destination?: string;
  /** The shipper is a key account with batch shipments (→ 大客户专项). */
  readonly keyAccount?: boolean;
  /** How many times this customer has contacted about this shipment, this contact included. */
  readonly contactCount?: number;
  /** How many times this case was escalated before. */
  readonly priorEscalations?: number;
}

/** @internal The facts after checking. */
export interface CheckedFacts {
  readonly perishable: boolean;
  readonly goodsCategory: string | undefined;
  readonly codAmount: number;
  readonly declaredValue: number | undefined;
  readonly origin: Region | undefined;
  readonly destination: Region | undefined;
  readonly keyAccount: boolean;
  readonly contactCount: number;
  readonly priorEscalations: number;
}

const PERISHABLE = [
  "fresh",
  "food",
  "perishable",
  "perishables",
  "生鲜",
  "食品",
  "生鲜食品",
  "水果",
  "冷链",
  "fruit",
  "seafood",
  "海鲜",
];

/**
 * Reads a place given as a {@link Region}, an ISO code or a Chinese name; `undefined` when it
 * is not one of those (a city name such as "广州" counts as unknown, not as abroad).
 *
 * @example
 * ```ts
 * import { toRegion } from "kuaidi-kefu/routing";
 * toRegion("香港"); // => "HK"
 * toRegion("mo"); // => "MO"
 * toRegion("US"); // => "abroad"
 * toRegion("CN"); // => "mainland"
 * toRegion("广州"); // => undefined
 * ```
 */
export function toRegion(value: unknown): Region | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim();
  const upper = v.toUpperCase();
  switch (upper) {
    case "MAINLAND":
    case "CN":
    case "CHN":
    case "内地":
    case "大陆":
    case "中国大陆":
    case "中国内地":
      return "mainland";
    case "HK":
    case "HKG":
    case "HONG KONG":
    case "香港":
    case "中国香港":
      return "HK";
    case "MO":
    case "MAC":
    case "MACAU":
    case "MACAO":
    case "澳门":
    case "中国澳门":
      return "MO";
    case "TW":
    case "TWN":
    case "TAIWAN":
    case "台湾":
    case "中国台湾":
      return "TW";
    case "ABROAD":
    case "境外":
    case "国外":
    case "海外":
    case "国际":
      return "abroad";
    default:
      break;
  }
  if (/^[A-Z]{2}$/.test(upper)) return "abroad";
  return undefined;
}

/** @internal Checks the facts; wrong types are dropped with a warning. */
export function checkFacts(
  input: unknown,
  issues: RoutingIssue[],
  options?: LocaleOptions,
): CheckedFacts {
  const get = (key: string): unknown =>
    typeof input === "object" && input !== null && Object.prototype.hasOwnProperty.call(input, key)
      ? (input as Record<string, unknown>)[key]
      : undefined;
  const bad = (field: string, value: unknown): void => {
    issues.push(
      routingIssue("routing/invalid-fact", { field, received: describeValue(value) }, options),
    );
  };
  const num = (field: string): number | undefined => {
    const v = get(field);
    if (v === undefined || v === null) return undefined;
    if (typeof v === "number" && Number.isFinite(v) && v >= 0) return v;
    bad(field, v);
    return undefined;
  };
  const bool = (field: string): boolean => {
    const v = get(field);
    if (v === undefined || v === null) return false;
    if (typeof v === "boolean") return v;
    bad(field, v);
    return false;
  };
  const place = (field: string): Region | undefined => {
    const v = get(field);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "string") {
      bad(field, v);
      return undefined;
    }
    return toRegion(v);
  };
  const goods = get("goodsCategory");
  let goodsCategory: string | undefined;
  if (typeof goods === "string") goodsCategory = goods;
  else if (goods !== undefined && goods !== null) bad("goodsCategory", goods);
  return {
    goodsCategory,
    perishable:
      goodsCategory !== undefined && PERISHABLE.includes(goodsCategory.trim().toLowerCase()),
    codAmount: num("codAmount") ?? 0,
    declaredValue: num("declaredValue"),
    origin: place("origin"),
    destination: place("destination"),
    keyAccount: bool("keyAccount"),
    contactCount: Math.floor(num("contactCount") ?? 0),
    priorEscalations: Math.floor(num("priorEscalations") ?? 0),
  };
}
