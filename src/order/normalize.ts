import { foldText, isPlain } from "./fold.ts";
import { findPaymentMethod, parsePaymentMethod, type PaymentMethod } from "../core/payment.ts";
import {
  parsePieces,
  parseVolumeM3,
  parseWeightKg,
  readDecimal,
  readQuantityAt,
} from "../core/quantity.ts";
import { parsePhone } from "../phone/index.ts";
import type { PhoneNumber } from "../phone/index.ts";
import { recognizeCity } from "./cities.ts";
import { isoOfUtcMs, scanWallTime } from "./order-time.ts";
import type { OrderIssueCode, OrderIssueParams } from "./messages.ts";
import { daysInMonth } from "../core/civil.ts";

/** A field-level problem found while normalising: a code and its parameters (without `field`). */
export interface Problem {
  readonly code: OrderIssueCode;
  readonly params: Record<string, unknown>;
}

export type Normalized<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

const good = <T>(value: T): Normalized<T> => ({ ok: true, value });
const bad = <C extends OrderIssueCode>(
  code: C,
  params: Omit<OrderIssueParams[C], "field">,
): Normalized<never> => ({
  ok: false,
  problem: { code, params: params as Record<string, unknown> },
});

/** The courtesy titles a contact may be given with a surname (王先生). */
export type ContactTitle = "先生" | "小姐" | "女士";
const TITLES: readonly ContactTitle[] = ["先生", "小姐", "女士"];

/** A contact name after normalisation. */
export interface NormalizedName {
  readonly name: string | null;
  readonly surname: string | null;
  readonly title: ContactTitle | null;
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

function allHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isHan(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/** Trims and folds a name; 王先生 / 欧阳女士 give surname and title. Digits are refused. */
export function normalizeName(input: string | null | undefined): Normalized<NormalizedName> {
  if (input === null || input === undefined)
    return good({ name: null, surname: null, title: null });
  const name = foldText(input);
  if (name.length === 0) return good({ name: null, surname: null, title: null });
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return bad("order/name-invalid", {});
  }
  for (const title of TITLES) {
    if (name.length > title.length && name.endsWith(title)) {
      const head = name.slice(0, -title.length);
      // A one- or two-character head is a surname (王, 欧阳); longer is a full name.
      return good({ name, surname: head.length <= 2 && allHan(head) ? head : null, title });
    }
  }
  return good({ name, surname: null, title: null });
}

/** A contact phone: mobile, landline with area code, or a 400/800 number. */
export function normalizeContactPhone(input: string | number): Normalized<PhoneNumber> {
  const text =
    typeof input === "number"
      ? Number.isSafeInteger(input) && input > 0
        ? String(input)
        : ""
      : input;
  const r = parsePhone(text);
  if (!r.ok) {
    const {
      code,
      message: _m,
      path: _p,
      ...detail
    } = r.error as { code: string; message: string; path?: unknown };
    return bad("order/phone-invalid", { reason: code, detail });
  }
  const kind = r.value.kind;
  if (kind !== "mobile" && kind !== "landline" && kind !== "service")
    return bad("order/phone-not-contactable", { kind: r.value.kind });
  return good(r.value);
}

/** Which quantity a field holds. */
export type QuantityField = "pieces" | "weight" | "volume";

const UNIT: Readonly<Record<QuantityField, string>> = { pieces: "件", weight: "kg", volume: "m³" };

const READERS: Readonly<Record<QuantityField, (input: unknown) => number | undefined>> = {
  weight: parseWeightKg,
  volume: parseVolumeM3,
  pieces: parsePieces,
};

// What core's readers do for a text that needs no normalising (most form fields), without the
// normalising: a bare number, or one number with its unit covering the whole text.
function readPlain(text: string, kind: QuantityField): number | undefined {
  // Only a text ending in a digit can be a bare number: "15件" goes straight to the unit reader.
  const last = text.charCodeAt(text.length - 1);
  const num = last >= 0x30 && last <= 0x39 ? readDecimal(text, 0) : undefined;
  if (num && num[1] === text.length) {
    return kind === "pieces" && !Number.isInteger(num[0]) ? undefined : num[0];
  }
  const match = readQuantityAt(text, 0);
  if (!match || match.end !== text.length || match.kind !== kind) return undefined;
  return match.value;
}

/** A positive quantity from a number or a text with units (15件, 200公斤, 0.2吨, 2.2方). */
export function normalizeQuantity(input: number | string, kind: QuantityField): Normalized<number> {
  const value =
    typeof input === "number"
      ? Number.isFinite(input) && input >= 0 && (kind !== "pieces" || Number.isInteger(input))
        ? input
        : undefined
      : input.length > 0 && input.length <= 64 && isPlain(input)
        ? readPlain(input, kind)
        : READERS[kind](input);
  if (value === undefined) return bad("order/quantity-invalid", { unit: UNIT[kind] });
  if (value <= 0) return bad("order/quantity-not-positive", {});
  return good(value);
}

/** Piece dimensions in centimetres, as given. */
export type Dimensions = readonly [number, number, number];

const LENGTH_UNITS: readonly (readonly [string, number])[] = [
  ["厘米", 1],
  ["公分", 1],
  ["毫米", 0.1],
  ["cm", 1],
  ["mm", 0.1],
  ["米", 100],
  ["m", 100],
];

/** "120x80x60", "120*80*60cm", "1.2×0.8×0.6米", [120, 80, 60] or {length, width, height}. */
export function normalizeDimensions(
  input: string | readonly number[] | { length: number; width: number; height: number },
): Normalized<Dimensions> {
  let dims: number[];
  if (typeof input === "string") {
    const t = foldText(input).replace(/ /g, "").toLowerCase();
    dims = [];
    let i = 0;
    let factor = 1;
    while (i < t.length) {
      const num = readDecimal(t, i);
      if (!num) return bad("order/dimensions-invalid", {});
      dims.push(num[0]);
      i = num[1];
      const unit = LENGTH_UNITS.find(([u]) => t.startsWith(u, i));
      if (unit && (i + unit[0].length === t.length || dims.length < 3)) {
        factor = unit[1];
        i += unit[0].length;
        if (i === t.length) break;
      }
      const sep = t.charAt(i);
      if (dims.length < 3 && (sep === "x" || sep === "*" || sep === "×" || sep === "乘")) i++;
      else break;
    }
    if (i !== t.length || dims.length !== 3) return bad("order/dimensions-invalid", {});
    dims = dims.map((d) => Math.round(d * factor * 1e6) / 1e6);
  } else if (Array.isArray(input)) {
    dims = [...(input as readonly number[])];
  } else {
    const o = input as { length: number; width: number; height: number };
    dims = [o.length, o.width, o.height];
  }
  if (dims.length !== 3 || !dims.every((d) => Number.isFinite(d) && d > 0)) {
    return bad("order/dimensions-invalid", {});
  }
  return good([dims[0]!, dims[1]!, dims[2]!]);
}

/** New or used goods. */
export type GoodsCondition = "new" | "used";
const CONDITIONS: Readonly<Record<string, GoodsCondition>> = {
  new: "new",
  used: "used",
  新: "new",
  新货: "new",
  全新: "new",
  新品: "new",
  旧: "used",
  旧货: "used",
  二手: "used",
  二手货: "used",
};

export function normalizeCondition(input: string): Normalized<GoodsCondition> {
  const c = CONDITIONS[input.trim().toLowerCase()];
  return c ? good(c) : bad("order/invalid-value", {});
}

/** Packed or bare (裸装). */
export type Packaging = "packed" | "unpacked";
const PACKAGINGS: Readonly<Record<string, Packaging>> = {
  packed: "packed",
  unpacked: "unpacked",
  有包装: "packed",
  已包装: "packed",
  包装: "packed",
  纸箱: "packed",
  木箱: "packed",
  木架: "packed",
  编织袋: "packed",
  裸装: "unpacked",
  无包装: "unpacked",
  没有包装: "unpacked",
  未包装: "unpacked",
};

export function normalizePackaging(input: string | boolean): Normalized<Packaging> {
  if (typeof input === "boolean") return good(input ? "packed" : "unpacked");
  const p = PACKAGINGS[input.trim().toLowerCase()];
  return p ? good(p) : bad("order/invalid-value", {});
}

/** An amount of money in yuan: 100, "100", "100元", "￥100", "免费"/"无" (0). */
export function normalizeMoney(
  input: number | string,
  code: "order/fee-invalid" | "order/quantity-invalid",
): Normalized<number> {
  if (typeof input === "number") {
    return Number.isFinite(input) && input >= 0 ? good(input) : bad(code, { unit: "元" });
  }
  const folded = foldText(input);
  const t = folded.includes(" ") ? folded.replace(/ /g, "") : folded;
  if (t === "" || t === "无" || t === "免费" || t === "不收" || t === "没有" || t === "免")
    return good(0);
  let i = 0;
  while (i < t.length && !(t.charCodeAt(i) >= 0x30 && t.charCodeAt(i) <= 0x39)) i++;
  const num = readDecimal(t, i);
  if (!num) return bad(code, { unit: "元" });
  const rest = t.slice(num[1]);
  if (rest !== "" && rest !== "元" && rest !== "块" && rest !== "rmb" && rest !== "RMB")
    return bad(code, { unit: "元" });
  // Leading words are allowed (加提货费100), leading other digits are not.
  return good(num[0]);
}

/** How the freight is settled, with the monthly account for 月结. */
export interface Payment {
  readonly method: PaymentMethod;
  readonly monthlyAccount: string | null;
}

function validAccount(a: string): boolean {
  if (a.length < 4 || a.length > 20) return false;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)))
      return false;
  }
  return true;
}

/** 现付 / 到付 / 月结 from their synonyms; "月结 7551234567" carries the account. */
export function normalizePayment(
  input: string | { method: string; monthlyAccount?: string | number | null | undefined },
): Normalized<Payment> {
  const methodText = typeof input === "string" ? input : input.method;
  let method = parsePaymentMethod(methodText);
  let account: string | null = null;
  if (
    typeof input !== "string" &&
    input.monthlyAccount !== undefined &&
    input.monthlyAccount !== null
  ) {
    account = foldText(String(input.monthlyAccount)).replace(/ /g, "");
  }
  if (method === undefined) {
    const t = foldText(methodText);
    const m = findPaymentMethod(t);
    if (!m) return bad("order/payment-unknown", {});
    method = m.method;
    // What follows the method may be the account: 月结账号:7551234567
    const rest = t
      .slice(m.end)
      .replace(/^[\s:：号]+/, "")
      .trim();
    if (rest !== "" && account === null) account = rest;
  }
  if (method === "月结") {
    if (account === null || account === "") return bad("order/monthly-account-required", {});
    if (!validAccount(account)) return bad("order/monthly-account-invalid", {});
    return good({ method, monthlyAccount: account });
  }
  return good({ method, monthlyAccount: null });
}

/** An address as text, with its recognised province and city. */
export interface Address {
  readonly text: string;
  readonly province: string | null;
  readonly city: string | null;
  readonly cityCode: string | null;
  /** The address after the province and city, empty when it names only a city. */
  readonly detail: string;
}

export interface AddressParts {
  province?: string | null | undefined;
  city?: string | null | undefined;
  district?: string | null | undefined;
  detail?: string | null | undefined;
}

// A recognised city is plausible by itself (a phone order's destination may be "杭州"); any
// other text needs some length, two Chinese characters and not one character repeated.
function plausible(text: string): boolean {
  if (text.length < 5) return false;
  let han = 0;
  const distinct = new Set<string>();
  for (const ch of text) {
    if (isHan(ch.charCodeAt(0))) han++;
    distinct.add(ch);
  }
  return han >= 2 && distinct.size >= 3;
}

/** Joins the parts, recognises the city and checks the address is plausible. */
export function normalizeAddress(input: string | AddressParts): Normalized<Address> {
  const raw =
    typeof input === "string"
      ? input
      : [input.province, input.city, input.district, input.detail]
          .filter((p) => typeof p === "string")
          .join("");
  const text = foldText(raw);
  if (text.length === 0) return bad("order/required", {});
  const c = recognizeCity(text);
  if (!c?.city && !plausible(text)) return bad("order/address-implausible", {});
  return good({
    text,
    province: c?.province ?? null,
    city: c?.city ?? null,
    cityCode: c?.cityCode ?? null,
    detail: c ? c.detail : text.replace(/ /g, ""),
  });
}

/**
 * An instant as an ISO string (UTC): a Date, epoch milliseconds, an ISO 8601 text with its
 * offset, or a wall time without offset, read as China time (UTC+8, no daylight saving).
 */
export function normalizeOrderTime(input: Date | number | string): Normalized<string> {
  let ms: number;
  if (input instanceof Date) ms = input.getTime();
  else if (typeof input === "number") ms = input;
  else {
    const t = foldText(input);
    const m = scanWallTime(t);
    if (m) {
      const [y, mo, d, h, mi, sec] = m;
      if (
        y < 1000 ||
        mo < 1 ||
        mo > 12 ||
        d < 1 ||
        d > daysInMonth(y, mo) ||
        h > 23 ||
        mi > 59 ||
        sec > 59
      ) {
        return bad("order/order-time-invalid", {});
      }
      // Years 1000-9999 checked above: the instant has a four-digit year, as isoOfUtcMs needs.
      return good(isoOfUtcMs(Date.UTC(y, mo - 1, d, h, mi, sec) - 8 * 3_600_000));
    } else if (
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/.test(t)
    ) {
      ms = Date.parse(t);
    } else {
      return bad("order/order-time-invalid", {});
    }
  }
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return bad("order/order-time-invalid", {});
  return good(new Date(ms).toISOString());
}
