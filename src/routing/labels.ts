/**
 * The closed vocabularies of complaint routing: the regulator's eight categories, the four
 * front-line classes of the 95338 hotline and the eight back-office groups, each with a stable
 * English id (for code, logs and URLs) and its Chinese name (the value the results carry).
 */

/**
 * The regulator's (国家邮政局 12305) complaint categories, in Chinese, as results carry them.
 *
 * @example
 * ```ts
 * import type { Category } from "kuaidi-kefu/routing";
 * const c: Category = "损毁";
 * c; // => "损毁"
 * ```
 */
export type Category =
  "延误" | "丢失短少" | "损毁" | "投递服务" | "收寄服务" | "违规收费" | "代收货款" | "其他";

/**
 * Stable English ids of the {@link Category} values.
 *
 * @example
 * ```ts
 * import type { CategoryId } from "kuaidi-kefu/routing";
 * const id: CategoryId = "damage";
 * id; // => "damage"
 * ```
 */
export type CategoryId =
  | "delay"
  | "loss"
  | "damage"
  | "delivery-service"
  | "pickup-service"
  | "improper-charge"
  | "cod"
  | "other";

/**
 * Every category: English id, Chinese label and the front-line class it belongs to, in the
 * regulator's order of frequency (2016–17 breakdown).
 *
 * @example
 * ```ts
 * import { CATEGORIES } from "kuaidi-kefu/routing";
 * CATEGORIES.length; // => 8
 * CATEGORIES[2]; // => { id: "delay", label: "延误", frontLine: "timeliness" }
 * ```
 */
export const CATEGORIES: readonly {
  readonly id: CategoryId;
  readonly label: Category;
  readonly frontLine: FrontLineClassId;
}[] = [
  { id: "delivery-service", label: "投递服务", frontLine: "service" },
  { id: "loss", label: "丢失短少", frontLine: "safety" },
  { id: "delay", label: "延误", frontLine: "timeliness" },
  { id: "damage", label: "损毁", frontLine: "safety" },
  { id: "pickup-service", label: "收寄服务", frontLine: "service" },
  { id: "improper-charge", label: "违规收费", frontLine: "service" },
  { id: "cod", label: "代收货款", frontLine: "service" },
  { id: "other", label: "其他", frontLine: "service" },
];

/**
 * The front-line classes of the hotline (SF 95338), in Chinese.
 *
 * @example
 * ```ts
 * import type { FrontLineClass } from "kuaidi-kefu/routing";
 * const f: FrontLineClass = "快件时效";
 * f; // => "快件时效"
 * ```
 */
export type FrontLineClass = "快件时效" | "快件安全" | "客户需求" | "服务类";

/**
 * Stable English ids of the {@link FrontLineClass} values.
 *
 * @example
 * ```ts
 * import type { FrontLineClassId } from "kuaidi-kefu/routing";
 * const id: FrontLineClassId = "customer-request";
 * id; // => "customer-request"
 * ```
 */
export type FrontLineClassId = "timeliness" | "safety" | "customer-request" | "service";

/**
 * Every front-line class: English id and Chinese label.
 *
 * @example
 * ```ts
 * import { FRONT_LINE_CLASSES } from "kuaidi-kefu/routing";
 * FRONT_LINE_CLASSES.map((f) => f.label); // => ["快件时效", "快件安全", "客户需求", "服务类"]
 * ```
 */
export const FRONT_LINE_CLASSES: readonly {
  readonly id: FrontLineClassId;
  readonly label: FrontLineClass;
}[] = [
  { id: "timeliness", label: "快件时效" },
  { id: "safety", label: "快件安全" },
  { id: "customer-request", label: "客户需求" },
  { id: "service", label: "服务类" },
];

/**
 * The back-office groups (区部售后小组), in Chinese.
 *
 * @example
 * ```ts
 * import type { Team } from "kuaidi-kefu/routing";
 * const t: Team = "理赔组";
 * t; // => "理赔组"
 * ```
 */
export type Team =
  | "时令小组"
  | "代收货款组"
  | "大客户专项"
  | "个案组"
  | "关务组"
  | "损遗小组"
  | "升级小组"
  | "理赔组";

/**
 * Stable English ids of the {@link Team} values.
 *
 * @example
 * ```ts
 * import type { TeamId } from "kuaidi-kefu/routing";
 * const id: TeamId = "claims";
 * id; // => "claims"
 * ```
 */
export type TeamId =
  | "perishables"
  | "cod"
  | "key-account"
  | "individual-case"
  | "customs"
  | "damage-loss"
  | "escalation"
  | "claims";

/**
 * Every back-office group: English id, Chinese label and what it takes (seed 004).
 *
 * @example
 * ```ts
 * import { TEAMS } from "kuaidi-kefu/routing";
 * TEAMS.length; // => 8
 * TEAMS.find((t) => t.id === "customs")?.label; // => "关务组"
 * ```
 */
export const TEAMS: readonly {
  readonly id: TeamId;
  readonly label: Team;
  readonly takes: string;
}[] = [
  { id: "perishables", label: "时令小组", takes: "生鲜、食品类快件" },
  { id: "cod", label: "代收货款组", takes: "货到付款（代收货款）快件" },
  { id: "key-account", label: "大客户专项", takes: "品牌大客户的批量发件" },
  { id: "individual-case", label: "个案组", takes: "普通物品快件" },
  { id: "customs", label: "关务组", takes: "港澳台及清关快件" },
  { id: "damage-loss", label: "损遗小组", takes: "普通快件的破损、遗失" },
  { id: "escalation", label: "升级小组", takes: "客户投诉强烈的快件" },
  { id: "claims", label: "理赔组", takes: "价值较大的损坏、遗失及有争议的理赔" },
];

/**
 * The category id for a Chinese label or an id (`undefined` for anything else).
 *
 * @example
 * ```ts
 * import { toCategoryId } from "kuaidi-kefu/routing";
 * toCategoryId("丢失短少"); // => "loss"
 * toCategoryId("loss"); // => "loss"
 * toCategoryId("丢了"); // => undefined
 * ```
 */
export function toCategoryId(value: unknown): CategoryId | undefined {
  if (typeof value !== "string") return undefined;
  for (const c of CATEGORIES) if (c.id === value || c.label === value) return c.id;
  return undefined;
}

/**
 * The team id for a Chinese label or an id (`undefined` for anything else).
 *
 * @example
 * ```ts
 * import { toTeamId } from "kuaidi-kefu/routing";
 * toTeamId("时令小组"); // => "perishables"
 * toTeamId("claims"); // => "claims"
 * ```
 */
export function toTeamId(value: unknown): TeamId | undefined {
  if (typeof value !== "string") return undefined;
  for (const t of TEAMS) if (t.id === value || t.label === value) return t.id;
  return undefined;
}

/** @internal Chinese label of a category id. */
export function categoryLabel(id: CategoryId): Category {
  return (CATEGORIES.find((c) => c.id === id) ?? (CATEGORIES[7] as (typeof CATEGORIES)[number]))
    .label;
}

/** @internal Chinese label of a team id. */
export function teamLabel(id: TeamId): Team {
  return (TEAMS.find((t) => t.id === id) ?? (TEAMS[3] as (typeof TEAMS)[number])).label;
}

/** @internal Chinese label of a front-line class id. */
export function frontLineLabel(id: FrontLineClassId): FrontLineClass {
  return (
    FRONT_LINE_CLASSES.find((f) => f.id === id) ??
    (FRONT_LINE_CLASSES[3] as (typeof FRONT_LINE_CLASSES)[number])
  ).label;
}

/** @internal Front-line class of a category. */
export function frontLineOf(id: CategoryId): FrontLineClassId {
  return (CATEGORIES.find((c) => c.id === id) ?? (CATEGORIES[7] as (typeof CATEGORIES)[number]))
    .frontLine;
}
