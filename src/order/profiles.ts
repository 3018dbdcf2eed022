import { EXPRESS_LIMITS } from "./data/goods-lexicon.ts";

/**
 * The single-piece limits of a carrier product. Every limit is optional; a missing one is not
 * checked. Weights in kg, lengths in cm, volume in m³.
 *
 * @example
 * ```ts
 * import type { CarrierProfile } from "kuaidi-kefu/order";
 * const p: CarrierProfile = { id: "sf-standard", name: "顺丰标快", maxPieceWeightKg: 30 };
 * p.maxPieceWeightKg; // => 30
 * ```
 */
export interface CarrierProfile {
  /** Stable id, e.g. "express". */
  readonly id: string;
  /** Name shown in messages, e.g. "快递". */
  readonly name: string;
  readonly maxPieceWeightKg?: number;
  /** Longest side of one piece. */
  readonly maxSideCm?: number;
  /** Length + width + height of one piece. */
  readonly maxSumOfSidesCm?: number;
  readonly maxPieceVolumeM3?: number;
  /** Pieces per order (KDNiao allows 30). */
  readonly maxPieces?: number;
}

/**
 * The express (快递) profile with the national service-standard figures (YZ/T 0128, GB/T 27917,
 * "不宜超过"): 50 kg per piece, 150 cm on any side, 300 cm for the three sides together.
 *
 * @example
 * ```ts
 * import { EXPRESS_PROFILE } from "kuaidi-kefu/order";
 * [EXPRESS_PROFILE.maxPieceWeightKg, EXPRESS_PROFILE.maxSideCm, EXPRESS_PROFILE.maxSumOfSidesCm];
 * // => [50, 150, 300]
 * ```
 */
export const EXPRESS_PROFILE: CarrierProfile = {
  id: "express",
  name: "快递",
  maxPieceWeightKg: EXPRESS_LIMITS.maxPieceWeightKg,
  maxSideCm: EXPRESS_LIMITS.maxSideCm,
  maxSumOfSidesCm: EXPRESS_LIMITS.maxSumOfSidesCm,
};

/**
 * Limits a host gives for a freight (零担/物流) product.
 *
 * @example
 * ```ts
 * import type { FreightLimits } from "kuaidi-kefu/order";
 * const l: FreightLimits = { maxPieceWeightKg: 500, maxSideCm: 400 };
 * l.maxSideCm; // => 400
 * ```
 */
export type FreightLimits = Partial<Omit<CarrierProfile, "id" | "name">> & {
  readonly id?: string;
  readonly name?: string;
};

/**
 * A freight (物流) profile with the host's limits: freight carriers take far larger pieces
 * than express, and each sets its own figures, so there are no defaults.
 *
 * @throws RangeError `[kuaidi-kefu] …` when a limit is not a positive finite number.
 * @example
 * ```ts
 * import { createFreightProfile } from "kuaidi-kefu/order";
 * const p = createFreightProfile({ maxPieceWeightKg: 1000, maxSideCm: 600 });
 * [p.id, p.name, p.maxPieceWeightKg]; // => ["freight", "物流", 1000]
 * ```
 */
export function createFreightProfile(limits: FreightLimits): CarrierProfile {
  const keys = [
    "maxPieceWeightKg",
    "maxSideCm",
    "maxSumOfSidesCm",
    "maxPieceVolumeM3",
    "maxPieces",
  ] as const;
  const profile: Record<string, unknown> = {
    id: limits.id ?? "freight",
    name: limits.name ?? "物流",
  };
  for (const k of keys) {
    const v = limits[k];
    if (v === undefined) continue;
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) {
      throw new RangeError(`[kuaidi-kefu] freight profile: ${k} must be a positive number`);
    }
    profile[k] = v;
  }
  return profile as unknown as CarrierProfile;
}
