import { cutBefore, isInert, type CutContext } from "./grapheme.ts";
import { gsmTable } from "./gsm.ts";

/**
 * The alphabet a message goes out in: GSM-7 when every character is in the GSM 03.38 basic or
 * extension table, else UCS-2 (UTF-16 on the air) for the whole message.
 *
 * @example
 * ```ts
 * import { countSmsSegments, type SmsEncoding } from "kuaidi-kefu/sms";
 * const encoding: SmsEncoding = countSmsSegments("客王先生").encoding;
 * encoding; // => "UCS-2"
 * ```
 */
export type SmsEncoding = "GSM-7" | "UCS-2";

/**
 * Options of {@link countSmsSegments} and {@link splitSms}.
 *
 * @example
 * ```ts
 * import { countSmsSegments, type SmsCountOptions } from "kuaidi-kefu/sms";
 * const options: SmsCountOptions = { gateway: "cn", signature: "某某物流" };
 * countSmsSegments("x".repeat(64), options).segments; // => 1
 * countSmsSegments("x".repeat(65), options).segments; // => 2
 * ```
 */
export interface SmsCountOptions {
  /**
   * `"3gpp"` (default): the air-interface rules of TS 23.038 / 23.040: GSM-7 160/153 septets
   * or UCS-2 70/67 code units. `"cn"`: the Chinese domestic gateway rule (Aliyun, Tencent,
   * Huawei): every character counts 1 (astral characters 2) whatever the alphabet, 70 for one
   * SMS, 67 per part beyond, at most 500 in all, signature included.
   */
  readonly gateway?: "3gpp" | "cn";
  /**
   * The gateway signature (签名), counted with its brackets. Given without brackets it is
   * wrapped in `【】`, as the gateways do when they send (`某某物流` counts 6).
   */
  readonly signature?: string;
  /** Where the gateway puts the signature; default `"start"`. */
  readonly signaturePosition?: "start" | "end";
  /**
   * Concatenation reference width: 8 (default; 6-octet header, 153 / 67 per part) or 16
   * (7-octet header, 152 / 66, e.g. US toll-free).
   */
  readonly referenceBits?: 8 | 16;
  /**
   * Keep grapheme clusters (emoji sequences, flags, letters with combining marks) whole, as
   * Twilio and Android do; default `true`. `false` keeps only surrogate pairs whole.
   */
  readonly graphemes?: boolean;
}

/**
 * What a message costs: its alphabet, the number of SMS parts, its length in septets (GSM-7)
 * or UTF-16 code units (UCS-2 and the `"cn"` rule), and the limits it was measured against.
 *
 * @example
 * ```ts
 * import { countSmsSegments, type SmsSegmentCount } from "kuaidi-kefu/sms";
 * const count: SmsSegmentCount = countSmsSegments("a".repeat(161));
 * [count.encoding, count.segments, count.units, count.partLimit]; // => ["GSM-7", 2, 161, 153]
 * ```
 */
export interface SmsSegmentCount {
  readonly encoding: SmsEncoding;
  /** Number of SMS parts (at least 1: the empty message is one empty SMS). */
  readonly segments: number;
  /** Septets (GSM-7, an extension character counts 2) or UTF-16 code units, signature included. */
  readonly units: number;
  /** Units of the signature (0 without one). */
  readonly signatureUnits: number;
  /** Capacity of a single SMS: 160 (GSM-7) or 70. */
  readonly singleLimit: number;
  /** Capacity of one part of a long SMS: 153 / 67 (or 152 / 66 with 16-bit references). */
  readonly partLimit: number;
  /** Units still free in the last part. */
  readonly remaining: number;
  /** Longest allowed message in units: 500 under the `"cn"` rule, else 255 parts' worth. */
  readonly maxUnits: number;
  /** True when the message is longer than {@link SmsSegmentCount.maxUnits} or 255 parts. */
  readonly overLimit: boolean;
}

/**
 * One part of a long SMS as {@link splitSms} cuts it.
 *
 * @example
 * ```ts
 * import { splitSms, type SmsPart } from "kuaidi-kefu/sms";
 * const part: SmsPart | undefined = splitSms("中".repeat(71)).parts[1];
 * part?.units; // => 4
 * ```
 */
export interface SmsPart {
  readonly text: string;
  /** Start of the part in the sent text (signature included when it comes first). */
  readonly start: number;
  readonly end: number;
  /** Septets or code units of the part. */
  readonly units: number;
}

/**
 * A message cut into the parts a carrier sends: the count of {@link countSmsSegments} plus the
 * parts themselves.
 *
 * @example
 * ```ts
 * import { splitSms, type SmsSplit } from "kuaidi-kefu/sms";
 * const split: SmsSplit = splitSms("短信");
 * split.parts.map((p) => p.text); // => ["短信"]
 * ```
 */
export interface SmsSplit extends SmsSegmentCount {
  readonly parts: readonly SmsPart[];
}

/** The 500-character total of the Chinese domestic gateways (Aliyun, Tencent, Huawei). */
const CN_MAX_UNITS = 500;
/** total and sequence number are one octet each (TS 23.040 §9.2.3.24.1). */
const MAX_PARTS = 255;

interface Prepared {
  readonly text: string;
  readonly signatureUnits: number;
  readonly cn: boolean;
  readonly wide: boolean;
  readonly graphemes: boolean;
}

/** Wraps a signature in 【】 unless it already carries brackets. */
export function bracketSignature(signature: string): string {
  if (signature.length === 0) return "";
  const first = signature.charCodeAt(0);
  const last = signature.charCodeAt(signature.length - 1);
  const bracketed = (first === 0x3010 && last === 0x3011) || (first === 0x5b && last === 0x5d);
  return bracketed ? signature : `【${signature}】`;
}

function prepare(text: unknown, options: SmsCountOptions | undefined): Prepared {
  if (options === undefined && typeof text === "string") {
    return { text, signatureUnits: 0, cn: false, wide: false, graphemes: true };
  }
  const body = typeof text === "string" ? text : "";
  const raw = options?.signature;
  const signature = typeof raw === "string" ? bracketSignature(raw) : "";
  const atEnd = options?.signaturePosition === "end";
  return {
    text: signature.length === 0 ? body : atEnd ? body + signature : signature + body,
    signatureUnits: signature.length,
    cn: options?.gateway === "cn",
    wide: options?.referenceBits === 16,
    graphemes: options?.graphemes !== false,
  };
}

/**
 * Septets of a GSM-7 text, or -1 when a character has no GSM-7 form. One character outside
 * GSM decides UCS-2 for the whole message, so the middle character is probed first: in a
 * Chinese SMS it is almost always a Hanzi, and the scan is skipped.
 */
function gsmSeptetCount(text: string): number {
  const table = gsmTable();
  const size = table.length;
  const n = text.length;
  if (n === 0) return 0;
  const probe = text.charCodeAt(n >> 1);
  if (probe >= size || table[probe] === 0) return -1;
  let septets = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const v = c < size ? (table[c] as number) : 0;
    if (v === 0) return -1;
    septets += v;
  }
  return septets;
}

interface Layout {
  readonly segments: number;
  readonly lastUnits: number;
}

/** Greedy GSM-7 parts: an escape pair that no longer fits moves whole to the next part. */
function layoutGsm(text: string, cap: number, cuts: number[] | undefined): Layout {
  const table = gsmTable();
  let used = 0;
  let segments = 1;
  for (let i = 0; i < text.length; i++) {
    const cost = table[text.charCodeAt(i)] as number;
    if (used + cost > cap) {
      segments++;
      used = 0;
      cuts?.push(i);
    }
    used += cost;
  }
  return { segments, lastUnits: used };
}

/** Greedy UTF-16 parts of `cap` units, cut only where {@link cutBefore} allows. */
function layoutUnits(
  text: string,
  cap: number,
  graphemes: boolean,
  cuts: number[] | undefined,
): Layout {
  const ctx: CutContext = { text, graphemes };
  let pos = 0;
  let segments = 1;
  const len = text.length;
  while (len - pos > cap) {
    const end = cutBefore(ctx, pos, pos + cap);
    cuts?.push(end);
    pos = end;
    segments++;
  }
  return { segments, lastUnits: len - pos };
}

function measure(p: Prepared, cuts: number[] | undefined): SmsSegmentCount {
  const text = p.text;
  const septets = p.cn ? -1 : gsmSeptetCount(text);
  const gsm = septets >= 0;
  const single = gsm ? 160 : 70;
  const part = gsm ? (p.wide ? 152 : 153) : p.wide ? 66 : 67;
  const units = gsm ? septets : text.length;
  let layout: Layout;
  if (units <= single) layout = { segments: 1, lastUnits: units };
  else if (gsm) layout = layoutGsm(text, part, cuts);
  else layout = layoutUnits(text, part, p.graphemes, cuts);
  const maxUnits = p.cn ? CN_MAX_UNITS : MAX_PARTS * part;
  return {
    encoding: gsm ? "GSM-7" : "UCS-2",
    segments: layout.segments,
    units,
    signatureUnits: p.signatureUnits,
    singleLimit: single,
    partLimit: part,
    remaining: (layout.segments === 1 ? single : part) - layout.lastUnits,
    maxUnits,
    overLimit: units > maxUnits || layout.segments > MAX_PARTS,
  };
}

/**
 * Counts the SMS parts a text is sent as, per 3GPP TS 23.038 / 23.040: GSM-7 when every
 * character is in the GSM 03.38 tables (160 septets, 153 per part; `^{}\[~]|€` and form feed
 * cost 2 and are never split), else UCS-2 for the whole message (70 code units, 67 per part;
 * astral characters cost 2; surrogate pairs and grapheme clusters are never split). With
 * `gateway: "cn"` the Chinese domestic rule applies (1 per character whatever the alphabet,
 * 70 / 67, signature included, 500 at most). Never throws; a non-string counts as empty.
 *
 * @example
 * ```ts
 * import { countSmsSegments } from "kuaidi-kefu/sms";
 * const seed = "[110310221]客王先生13823033212配件15件200公斤2.2方往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]";
 * countSmsSegments(seed).segments; // => 2
 * countSmsSegments(seed).units; // => 82
 * countSmsSegments("]".repeat(153)).segments; // => 3
 * countSmsSegments("").segments; // => 1
 * countSmsSegments("中".repeat(70), { signature: "某某物流", gateway: "cn" }).units; // => 76
 * ```
 */
export function countSmsSegments(text: string, options?: SmsCountOptions): SmsSegmentCount {
  if (options === undefined && typeof text === "string") {
    // Hot path of a gateway: a single SMS, or a UCS-2 one whose every cut falls between plain
    // characters, depends only on its alphabet and length, so its (frozen, shared) answer is
    // built once per length instead of per call.
    const n = text.length;
    if (n > 0 && n <= CN_MAX_UNITS) {
      const table = gsmTable();
      const probe = text.charCodeAt(n >> 1);
      if (probe >= table.length || table[probe] === 0) {
        if (n <= 70 || cleanCuts(text)) return (ucs2Shared ??= [])[n] ?? sharedCount(false, n);
      } else if (n <= 160) {
        const septets = gsmSeptetCount(text);
        if (septets < 0) {
          if (n <= 70 || cleanCuts(text)) return sharedCount(false, n);
        } else if (septets <= 160) return sharedCount(true, septets);
      }
    }
  }
  return measure(prepare(text, options), undefined);
}

/** True when every 67-unit cut of a UCS-2 text falls between two inert characters. */
function cleanCuts(text: string): boolean {
  for (let end = 67; end < text.length; end += 67) {
    if (!isInert(text.charCodeAt(end - 1)) || !isInert(text.charCodeAt(end))) return false;
  }
  return true;
}

let ucs2Shared: SmsSegmentCount[] | undefined;
let gsmShared: SmsSegmentCount[] | undefined;

function sharedCount(gsm: boolean, units: number): SmsSegmentCount {
  const cache = gsm ? (gsmShared ??= []) : (ucs2Shared ??= []);
  let hit = cache[units];
  if (!hit) {
    hit = Object.freeze(
      measure(
        {
          text: (gsm ? "a" : "中").repeat(units),
          signatureUnits: 0,
          cn: false,
          wide: false,
          graphemes: true,
        },
        undefined,
      ),
    );
    cache[units] = hit;
  }
  return hit;
}

/**
 * Cuts a text into the SMS parts a carrier sends (see {@link countSmsSegments} for the rules):
 * an escape pair, a surrogate pair or (by default) a grapheme cluster is never split. The
 * signature, when configured, is part of the text cut.
 *
 * @example
 * ```ts
 * import { splitSms } from "kuaidi-kefu/sms";
 * splitSms("中".repeat(140)).parts.map((p) => p.units); // => [67, 67, 6]
 * splitSms("hello").parts.map((p) => p.text); // => ["hello"]
 * ```
 */
export function splitSms(text: string, options?: SmsCountOptions): SmsSplit {
  const p = prepare(text, options);
  const cuts: number[] = [];
  const count = measure(p, cuts);
  const parts: SmsPart[] = [];
  const table = gsmTable();
  let start = 0;
  const bounds = [...cuts, p.text.length];
  for (const end of bounds) {
    const slice = p.text.slice(start, end);
    let units = slice.length;
    if (count.encoding === "GSM-7") {
      units = 0;
      for (let i = 0; i < slice.length; i++) units += table[slice.charCodeAt(i)] as number;
    }
    parts.push({ text: slice, start, end, units });
    start = end;
  }
  return { ...count, parts };
}
