import { foldText } from "./normalize.ts";

/**
 * What a quantity measures: pieces (件), weight (normalised to kilograms) or volume (方, cubic
 * metres).
 */
export type QuantityKind = "pieces" | "weight" | "volume";

/** A quantity read from text: `value` is in pieces, kilograms or cubic metres. */
export interface QuantityMatch {
  readonly kind: QuantityKind;
  /** Normalised value: pieces, kg or m³. */
  readonly value: number;
  /** The number as written, before unit conversion. */
  readonly amount: number;
  /** The unit as written (`公斤`, `kg`, `斤`, `方`, `m3` ...). */
  readonly unit: string;
  readonly start: number;
  readonly end: number;
}

interface UnitDef {
  readonly unit: string;
  readonly kind: QuantityKind;
  /** Multiplier to the base unit (pieces, kg, m³); results are rounded by roundQuantity. */
  readonly factor: number;
}

// Longest first, so that 公斤 wins over 斤, 立方米 over 立方 over 方, kg over g.
const UNITS: readonly UnitDef[] = [
  { unit: "立方米", kind: "volume", factor: 1 },
  { unit: "公斤", kind: "weight", factor: 1 },
  { unit: "千克", kind: "weight", factor: 1 },
  { unit: "立方", kind: "volume", factor: 1 },
  { unit: "cbm", kind: "volume", factor: 1 },
  { unit: "CBM", kind: "volume", factor: 1 },
  { unit: "kg", kind: "weight", factor: 1 },
  { unit: "KG", kind: "weight", factor: 1 },
  { unit: "Kg", kind: "weight", factor: 1 },
  { unit: "kG", kind: "weight", factor: 1 },
  { unit: "m3", kind: "volume", factor: 1 },
  { unit: "M3", kind: "volume", factor: 1 },
  { unit: "m³", kind: "volume", factor: 1 },
  { unit: "件", kind: "pieces", factor: 1 },
  { unit: "箱", kind: "pieces", factor: 1 },
  { unit: "包", kind: "pieces", factor: 1 },
  { unit: "袋", kind: "pieces", factor: 1 },
  { unit: "托", kind: "pieces", factor: 1 },
  { unit: "斤", kind: "weight", factor: 0.5 },
  { unit: "吨", kind: "weight", factor: 1000 },
  { unit: "克", kind: "weight", factor: 0.001 },
  { unit: "g", kind: "weight", factor: 0.001 },
  { unit: "方", kind: "volume", factor: 1 },
];

/** Rounds away binary floating-point noise (0.1 * 3); quantities never need more than 6 places. */
export function roundQuantity(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Reads `123` or `12.5` at `index`; returns the value and the index after it. */
export function readDecimal(text: string, index: number): [number, number] | undefined {
  let i = index;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  if (i === index) return undefined;
  let end = i;
  if (text.charCodeAt(i) === 0x2e && isDigit(text.charCodeAt(i + 1))) {
    i++;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    end = i;
  }
  // Over 15 significant digits is not a quantity (a phone or tracking number).
  if (end - index > 16) return undefined;
  return [Number(text.slice(index, end)), end];
}

function readUnit(text: string, index: number): UnitDef | undefined {
  for (const def of UNITS) {
    if (text.startsWith(def.unit, index)) {
      const after = text.charCodeAt(index + def.unit.length);
      // "kg" in "kgs" is fine, but a Latin unit glued to more letters ("gap") is not a unit.
      if (isAsciiLetter(def.unit.charCodeAt(def.unit.length - 1)) && isAsciiLetter(after)) continue;
      return def;
    }
  }
  return undefined;
}

/**
 * Reads a quantity (number, optional space, unit) starting exactly at `index` of an already
 * normalised text (see `normalizeText`).
 */
export function readQuantityAt(text: string, index: number): QuantityMatch | undefined {
  const num = readDecimal(text, index);
  if (!num) return undefined;
  const [amount, numEnd] = num;
  let unitStart = numEnd;
  if (text.charCodeAt(unitStart) === 0x20) unitStart++;
  const def = readUnit(text, unitStart);
  if (!def) return undefined;
  if (def.kind === "pieces" && !Number.isInteger(amount)) return undefined;
  const end = unitStart + def.unit.length;
  return {
    kind: def.kind,
    value: roundQuantity(amount * def.factor),
    amount,
    unit: def.unit,
    start: index,
    end,
  };
}

/**
 * Every quantity in an already normalised text, left to right. A number glued to a longer
 * digit run, a decimal point or a Latin letter before it is not read (`A12件`, `138001件`).
 */
export function findQuantities(text: string): QuantityMatch[] {
  const found: QuantityMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) {
      i++;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (i > 0 && (isAsciiLetter(prev) || prev === 0x2e)) {
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      continue;
    }
    const match = readQuantityAt(text, i);
    if (match) {
      found.push(match);
      i = match.end;
    } else {
      while (
        i < text.length &&
        (isDigit(text.charCodeAt(i)) ||
          (text.charCodeAt(i) === 0x2e && isDigit(text.charCodeAt(i + 1))))
      )
        i++;
    }
  }
  return found;
}

function parseWhole(input: unknown, kind: QuantityKind): number | undefined {
  if (typeof input === "number") {
    if (!Number.isFinite(input) || input < 0) return undefined;
    if (kind === "pieces" && !Number.isInteger(input)) return undefined;
    return input;
  }
  if (typeof input !== "string" || input.length > 64) return undefined;
  const text = foldText(input, { collapseSpaces: true });
  if (text.length === 0) return undefined;
  const num = readDecimal(text, 0);
  if (num && num[1] === text.length) {
    if (kind === "pieces" && !Number.isInteger(num[0])) return undefined;
    return num[0];
  }
  const match = readQuantityAt(text, 0);
  if (!match || match.end !== text.length || match.kind !== kind) return undefined;
  return match.value;
}

/**
 * A weight in kilograms from a number (taken as kg) or a text with a unit: `200公斤`, `200kg`,
 * `200 KG`, `200千克`, `400斤`, `0.2吨`, `500克`, full-width digits. `undefined` when it is not
 * one weight.
 */
export function parseWeightKg(input: unknown): number | undefined {
  return parseWhole(input, "weight");
}

/**
 * A volume in cubic metres from a number (taken as m³) or a text with a unit: `2.2方`,
 * `2.2立方`, `2.2立方米`, `2.2m³`, `2.2m3`, `2.2cbm`. `undefined` when it is not one volume.
 */
export function parseVolumeM3(input: unknown): number | undefined {
  return parseWhole(input, "volume");
}

/**
 * A whole number of pieces from a number or a text: `15`, `15件`, `15箱`, `15包`, `15袋`, `15托`.
 * `undefined` when it is not a whole non-negative count.
 */
export function parsePieces(input: unknown): number | undefined {
  return parseWhole(input, "pieces");
}
