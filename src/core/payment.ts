/**
 * How the freight is settled (运费结算方式), the three the manual names: 现付 (paid by the shipper
 * at pickup), 到付 (paid by the consignee on delivery), 月结 (monthly account).
 */
export type PaymentMethod = "现付" | "到付" | "月结";

/** Stable English ids of the payment methods. */
export const PAYMENT_METHOD_IDS: Readonly<
  Record<PaymentMethod, "prepaid" | "collect" | "monthly">
> = { 现付: "prepaid", 到付: "collect", 月结: "monthly" };

/**
 * The words carriers and customers use for each method (SF, JD, Kuaidi100, ZTO order forms and
 * spoken usage). Longest match wins, so 寄付月结 reads as 月结.
 */
export const PAYMENT_SYNONYMS: readonly (readonly [string, PaymentMethod])[] = [
  ["寄付月结", "月结"],
  ["月结账号", "月结"],
  ["月结账户", "月结"],
  ["月结卡号", "月结"],
  ["寄方月结", "月结"],
  ["月结", "月结"],
  ["月付", "月结"],
  ["记账", "月结"],
  ["寄件人付", "现付"],
  ["寄件方付", "现付"],
  ["发货人付", "现付"],
  ["寄方付款", "现付"],
  ["寄付现结", "现付"],
  ["寄方付", "现付"],
  ["寄付", "现付"],
  ["现付", "现付"],
  ["现结", "现付"],
  ["预付", "现付"],
  ["收件人付", "到付"],
  ["收件方付", "到付"],
  ["收货人付", "到付"],
  ["收方付款", "到付"],
  ["收方付", "到付"],
  ["到付款", "到付"],
  ["到付", "到付"],
  ["提付", "到付"],
];

/** A payment method found in text, with the words that said it and their span. */
export interface PaymentMatch {
  readonly method: PaymentMethod;
  readonly matched: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The first payment method mentioned in a text (earliest position; longest synonym there).
 * Pass normalised text (see `normalizeText`).
 */
export function findPaymentMethod(text: string): PaymentMatch | undefined {
  let best: PaymentMatch | undefined;
  for (const [word, method] of PAYMENT_SYNONYMS) {
    const at = text.indexOf(word);
    if (at < 0) continue;
    if (!best || at < best.start || (at === best.start && word.length > best.matched.length)) {
      best = { method, matched: word, start: at, end: at + word.length };
    }
  }
  return best;
}

/**
 * The payment method a whole field names (`寄付` → 现付, `收方付` → 到付, `月结账号` → 月结);
 * English ids (`prepaid`, `collect`, `monthly`) are accepted too. `undefined` otherwise.
 */
export function parsePaymentMethod(input: unknown): PaymentMethod | undefined {
  if (typeof input !== "string" || input.length > 32) return undefined;
  const text = input.trim();
  for (const [word, method] of PAYMENT_SYNONYMS) if (text === word) return method;
  for (const method of Object.keys(PAYMENT_METHOD_IDS) as PaymentMethod[]) {
    if (PAYMENT_METHOD_IDS[method] === text.toLowerCase()) return method;
  }
  return undefined;
}
