import { PAYMENT_SYNONYMS, type PaymentMethod } from "../core/payment.ts";
import { normalizeText, toOriginalSpan } from "../core/normalize.ts";
import { isDigit, isHan, isSeparator } from "./scan.ts";
import { smsPhone, type SmsPhone } from "./phone-adapter.ts";

/** Honorifics that end a name written as surname + title (王先生, 马小姐, 李总). */
const HONORIFICS = ["先生", "小姐", "女士", "太太", "师傅", "老板", "经理", "老师", "总"] as const;
/** Two-character surnames, so that 欧阳先生 keeps its whole surname. */
const COMPOUND_SURNAMES =
  "欧阳 司马 诸葛 上官 东方 慕容 令狐 皇甫 尉迟 公孙 长孙 宇文 司徒 夏侯 轩辕 端木 独孤 南宫 西门 百里";
/** Place-name endings after which a consignee name may start (杭州市张三). */
const PLACE_ENDINGS = "市县区镇乡村省旗盟";

export function skipSeparators(w: string, i: number, end: number): number {
  while (i < end && isSeparator(w.charCodeAt(i))) i++;
  return i;
}

export function trimSeparatorsEnd(w: string, start: number, end: number): number {
  while (end > start && isSeparator(w.charCodeAt(end - 1))) end--;
  return end;
}

/** A phone number read from the scan text: its span and forms. */
export interface PhoneRead {
  readonly start: number;
  readonly end: number;
  readonly phone: SmsPhone | undefined;
}

/**
 * Reads the digit run at `i` (dashes and single spaces allowed between digits) as a phone. A run
 * too long for one number (a phone glued to a count) is tried at the usual number lengths.
 */
export function readPhone(w: string, i: number, end: number): PhoneRead {
  let j = i;
  while (j < end) {
    const c = w.charCodeAt(j);
    if (isDigit(c)) j++;
    else if ((c === 0x2d || c === 0x20) && j > i && isDigit(w.charCodeAt(j + 1)) && j + 1 < end)
      j++;
    else break;
  }
  const phone = smsPhone(w.slice(i, j));
  if (phone || j - i <= 12) return { start: i, end: j, phone };
  for (const len of [11, 12]) {
    const p = smsPhone(w.slice(i, i + len));
    if (p && !w.slice(i, i + len).includes("-")) return { start: i, end: i + len, phone: p };
  }
  return { start: i, end: j, phone: undefined };
}

/** The payment method written at `i` (longest synonym), if any. */
export function paymentAt(
  w: string,
  i: number,
): { method: PaymentMethod; end: number } | undefined {
  let best: { method: PaymentMethod; end: number } | undefined;
  for (const [word, method] of PAYMENT_SYNONYMS) {
    if (w.startsWith(word, i) && (!best || i + word.length > best.end)) {
      best = { method, end: i + word.length };
    }
  }
  return best;
}

/**
 * Where the destination ends and the consignee name starts inside `w[start, end)`: at a
 * separator, before a surname + honorific at the end, or after the last place-name ending.
 * Returns `[destEnd, nameStart]`, or undefined when the split cannot be told.
 */
export function splitDestinationName(
  w: string,
  start: number,
  end: number,
): [number, number] | undefined {
  for (let k = start + 1; k < end - 1; k++) {
    if (isSeparator(w.charCodeAt(k))) {
      const nameStart = skipSeparators(w, k, end);
      return nameStart < end ? [k, nameStart] : undefined;
    }
  }
  for (const h of HONORIFICS) {
    if (end - start > h.length && w.endsWith(h, end)) {
      const base = end - h.length;
      const two = base - 2 > start ? w.slice(base - 2, base) : "";
      const nameStart = two.length === 2 && COMPOUND_SURNAMES.includes(two) ? base - 2 : base - 1;
      if (nameStart > start) return [nameStart, nameStart];
      return undefined;
    }
  }
  for (let k = end - 2; k > start; k--) {
    if (PLACE_ENDINGS.includes(w[k] as string)) return [k + 1, k + 1];
  }
  return undefined;
}

/** An extra charge read at `i`: optional 加/加收/另加, a name ending in 费, an amount, optional 元. */
export interface ChargeRead {
  readonly name: string;
  readonly amount: number;
  readonly start: number;
  readonly end: number;
  readonly nameStart: number;
}

export function readCharge(w: string, i: number, end: number): ChargeRead | undefined {
  let k = i;
  if (w.startsWith("加收", k) || w.startsWith("另加", k) || w.startsWith("另收", k)) k += 2;
  else if (w.charCodeAt(k) === 0x52a0) k += 1; // 加
  const nameStart = k;
  let f = k;
  while (f < end && f - k < 8 && isHan(w.charCodeAt(f))) {
    if (w.charCodeAt(f) === 0x8d39 && f > k && isDigit(w.charCodeAt(f + 1))) break; // 费
    f++;
  }
  if (f >= end || w.charCodeAt(f) !== 0x8d39 || f === k || !isDigit(w.charCodeAt(f + 1)))
    return undefined;
  let j = f + 1;
  while (j < end && isDigit(w.charCodeAt(j))) j++;
  if (w.charCodeAt(j) === 0x2e && isDigit(w.charCodeAt(j + 1))) {
    j++;
    while (j < end && isDigit(w.charCodeAt(j))) j++;
  }
  const digits = j - (f + 1);
  if (digits > 9) return undefined;
  const amount = Number(w.slice(f + 1, j));
  if (w.charCodeAt(j) === 0x5143) j++; // 元
  return { name: w.slice(nameStart, f + 1), amount, start: i, end: j, nameStart };
}

/**
 * A deadline found in a text: hour and minute of the China day, and where it was written.
 *
 * @example
 * ```ts
 * import { parseDeadline, type Deadline } from "kuaidi-kefu/sms";
 * const d: Deadline | undefined = parseDeadline("15点前提");
 * d?.hour; // => 15
 * ```
 */
export interface Deadline {
  readonly hour: number;
  readonly minute: number;
  /** Span of the deadline words inside the text given. */
  readonly start: number;
  readonly end: number;
}

const PERIODS: readonly (readonly [string, number])[] = [
  ["上午", 0],
  ["早上", 0],
  ["中午", 12],
  ["下午", 12],
  ["傍晚", 12],
  ["晚上", 12],
];

function readInt(w: string, i: number, maxDigits: number): [number, number] | undefined {
  let j = i;
  while (j < w.length && j - i < maxDigits && isDigit(w.charCodeAt(j))) j++;
  if (j === i || isDigit(w.charCodeAt(j))) return undefined;
  return [Number(w.slice(i, j)), j];
}

/** Finds the first deadline in an already normalised text. */
export function findDeadline(w: string): Deadline | undefined {
  for (let i = 0; i < w.length; i++) {
    let k = i;
    let shift = -1;
    for (const [word, add] of PERIODS) {
      if (w.startsWith(word, i)) {
        shift = add;
        k = i + word.length;
        break;
      }
    }
    if (!isDigit(w.charCodeAt(k)) || (k > 0 && isDigit(w.charCodeAt(k - 1)))) continue;
    const h = readInt(w, k, 2);
    if (!h) continue;
    let [hour, j] = h;
    const unit = w.charCodeAt(j);
    if (unit !== 0x70b9 && unit !== 0x65f6 && unit !== 0x3a) continue; // 点 时 :
    j++;
    let minute = 0;
    if (w.charCodeAt(j) === 0x534a) {
      minute = 30; // 半
      j++;
    } else if (isDigit(w.charCodeAt(j))) {
      const m = readInt(w, j, 2);
      if (!m) continue;
      minute = m[0];
      j = m[1];
      if (w.charCodeAt(j) === 0x5206) j++; // 分
    } else if (unit === 0x3a) continue;
    if (w.charCodeAt(j) !== 0x524d) continue; // 前
    j++;
    if (shift === 12 && hour < 12) hour += 12;
    if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) continue;
    if (w.charCodeAt(j) === 0x63d0) j++; // 提
    return { hour, minute, start: i, end: j };
  }
  return undefined;
}

/**
 * Reads a pickup deadline from a note: `15点前提`, `下午3点前提`, `15:30前`, `3点半前`,
 * full-width digits too. `start` / `end` are positions in the text given. Never throws.
 *
 * @example
 * ```ts
 * import { parseDeadline } from "kuaidi-kefu/sms";
 * parseDeadline("下午3点前提"); // => { hour: 15, minute: 0, start: 0, end: 6 }
 * parseDeadline("请１５：３０前送达")?.minute; // => 30
 * parseDeadline("请尽快"); // => undefined
 * ```
 */
export function parseDeadline(text: string): Deadline | undefined {
  if (typeof text !== "string" || text.length > 2000) return undefined;
  const norm = normalizeText(text, { lineBreaks: "remove" });
  const d = findDeadline(norm.text);
  if (!d) return undefined;
  const [start, end] = toOriginalSpan(norm, d.start, d.end);
  return { hour: d.hour, minute: d.minute, start, end };
}
