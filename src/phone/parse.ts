import { checkTextInput } from "../core/bounds.ts";
import { createIssue } from "../core/issue.ts";
import { isNormalText, normalizeText } from "../core/normalize.ts";
import { err, ok, type Result } from "../core/result.ts";
import { classifyCandidate, isValidExtension, kindAllowed, type Failure } from "./classify.ts";
import { PHONE_MESSAGES, type PhoneError } from "./messages.ts";
import { isDash, isDigit, isExtensionFiller, isSeparator, markerAt } from "./scan.ts";
import type { ParsePhoneOptions, PhoneNumber } from "./types.ts";

/** Default longest input of {@link parsePhone}: a phone field, not a document. */
const DEFAULT_MAX = 100;

// Digits as read aloud over the phone: 幺 (1), 两 (2), 拐 (7), 洞 (0), 勾 (9) besides 零…九.
const SPOKEN = "零〇洞一幺二两三四五六七拐八九勾";
const SPOKEN_VALUE = "0001122345677899";

/** Replaces spoken digits one for one, so positions still map to the original text. */
function spokenToDigits(s: string): string {
  let out = "";
  for (const ch of s) {
    const k = SPOKEN.indexOf(ch);
    out += k >= 0 ? SPOKEN_VALUE[k] : ch;
  }
  return out;
}

function issue(f: Failure, options: ParsePhoneOptions | undefined): PhoneError {
  return createIssue(PHONE_MESSAGES, f.code, f.params as never, options) as PhoneError;
}

/**
 * Parses one mainland China phone number as people write it in order forms and customer
 * records. Accepts `+86` / `0086` / `86` prefixes; spaces, dashes, dots and slashes between
 * digit groups; full-width digits (`１３８…`); brackets around the area code (`(0571)`,
 * `（0571）`, `【0571】`); an extension after `转`, `分机`, `分机号`, `内线`, `ext`, `x` or `#`,
 * or as a dash group after a complete landline or 400/800 number (`0571-25852654-802`).
 * With `{ spokenDigits: true }`, digits written as spoken on a call are read too
 * (`幺三八…`, `洞五拐幺`: 幺 1, 两 2, 拐 7, 洞 0, 勾 9, and 零〇一…九).
 * Never throws: every problem is a {@link PhoneError} with a stable code.
 *
 * @example
 * ```ts
 * import { parsePhone } from "kuaidi-kefu/phone";
 * const m = parsePhone("+86 138-2303-3212");
 * m.ok && m.value.national; // => "13823033212"
 * m.ok && m.value.display; // => "138 2303 3212"
 * const l = parsePhone("（0571）25852654 分机 802");
 * l.ok && [l.value.areaCode, l.value.local, l.value.extension, l.value.e164]; // => ["0571", "25852654", "802", "+8657125852654"]
 * parsePhone("95338"); // => { ok: true, value: { kind: "short", national: "95338", display: "95338" } }
 * const spoken = parsePhone("幺三八 两三洞三 三两幺两", { spokenDigits: true });
 * spoken.ok && spoken.value.national; // => "13823033212"
 * const bad = parsePhone("1381234567", { locale: "en" });
 * bad.ok ? "" : bad.error.code; // => "phone/invalid-length"
 * ```
 */
export function parsePhone(
  text: string,
  options?: ParsePhoneOptions,
): Result<PhoneNumber, PhoneError> {
  const maxLength = options?.maxLength ?? DEFAULT_MAX;
  const checked = checkTextInput(text, { maxLength });
  if (!checked.ok) {
    const e = checked.error;
    return err(
      e.code === "input/not-text"
        ? createIssue(PHONE_MESSAGES, "phone/not-text", { received: e.received }, options)
        : createIssue(PHONE_MESSAGES, "phone/too-long", { length: e.length, max: e.max }, options),
    );
  }
  // Most numbers are normal already: normalizeText would return them unchanged, with each
  // character mapping to itself, so skip building its offset tables.
  const n = isNormalText(checked.value)
    ? undefined
    : normalizeText(checked.value, { lineBreaks: "remove" });
  const text0 = n ? n.text : checked.value;
  const s = options?.spokenDigits === true ? spokenToDigits(text0) : text0;
  const groups: string[] = [];
  const dashBefore: boolean[] = [];
  // Start of the digit group being read, -1 between groups (sliced once, not built by +=).
  let start = -1;
  let dash = false;
  let plus = false;
  let extension: string | undefined;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      if (start < 0) {
        dashBefore.push(dash);
        start = i;
      }
      continue;
    }
    if (start >= 0) {
      groups.push(s.slice(start, i));
      start = -1;
      dash = false;
    }
    if (isSeparator(c)) {
      if (isDash(c)) dash = true;
      continue;
    }
    if (c === 0x2b && groups.length === 0 && !plus) {
      plus = true;
      continue;
    }
    const marker = groups.length > 0 ? markerAt(s, i) : 0;
    if (marker > 0) {
      let j = i + marker;
      while (j < s.length && isExtensionFiller(s.charCodeAt(j))) j++;
      const ext = s.slice(j).trimEnd();
      if (!isValidExtension(ext)) {
        return err(issue({ code: "phone/invalid-extension", params: { extension: ext } }, options));
      }
      extension = ext;
      break;
    }
    const at = n ? (n.starts[i] as number) : i;
    const character = checked.value.slice(at, n ? (n.ends[i] as number) : i + 1);
    return err(
      issue({ code: "phone/invalid-characters", params: { character, index: at } }, options),
    );
  }
  if (start >= 0) groups.push(s.slice(start, i));
  if (groups.length === 0) return err(issue({ code: "phone/empty", params: {} }, options));
  const r = classifyCandidate({ groups, dashBefore, plus, extension });
  if (!r.ok) return err(issue(r.error, options));
  if (!kindAllowed(r.value.kind, options?.kinds)) {
    const allowed = options?.kinds ?? [];
    return err(
      issue({ code: "phone/kind-not-allowed", params: { kind: r.value.kind, allowed } }, options),
    );
  }
  return ok(r.value);
}

/**
 * True when the text is one valid mainland phone number of any kind (see {@link parsePhone}).
 * Never throws.
 *
 * @example
 * ```ts
 * import { isPhone } from "kuaidi-kefu/phone";
 * isPhone("0571-25852654"); // => true
 * isPhone("400-811-1111"); // => true
 * isPhone("12345"); // => true
 * isPhone("0571-2585265"); // => false
 * ```
 */
export function isPhone(text: string, options?: ParsePhoneOptions): boolean {
  return parsePhone(text, options).ok;
}

/**
 * True when the text is one valid mainland mobile number (11 digits, assigned prefix, not a
 * data-only 145/147/149 number). Never throws.
 *
 * @example
 * ```ts
 * import { isMobile } from "kuaidi-kefu/phone";
 * isMobile("138 2303 3212"); // => true
 * isMobile("+86 192 0000 0000"); // => true
 * isMobile("14712345678"); // => false
 * isMobile("0571-25852654"); // => false
 * ```
 */
export function isMobile(text: string, options?: ParsePhoneOptions): boolean {
  const r = parsePhone(text, options);
  return r.ok && r.value.kind === "mobile";
}
