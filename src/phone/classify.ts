/**
 * The number rules, shared by parsePhone and findPhones: from digit groups (as written, split
 * by separators) to a PhoneNumber or the reason it is not one. Internal: not exported from the
 * barrel.
 */
import { AREA_CODE_LENGTHS, AREA_CODE_PLACES } from "./data/area-codes.ts";
import { DATA_ONLY_11, DATA_ONLY_13, MOBILE_PREFIXES } from "./data/mobile-prefixes.ts";
import type { PhoneIssueParams } from "./messages.ts";
import type { MobileNetwork, PhoneKind, PhoneNumber } from "./types.ts";

/** A failure before messages are attached (findPhones never needs the message). */
export type Failure = {
  [C in keyof PhoneIssueParams]: { readonly code: C; readonly params: PhoneIssueParams[C] };
}[keyof PhoneIssueParams];

export type Classified =
  | { readonly ok: true; readonly value: PhoneNumber }
  | { readonly ok: false; readonly error: Failure };

/** Digit groups as written: `groups[k]` digits, `dashBefore[k]` true when a dash precedes group k. */
export interface Candidate {
  readonly groups: readonly string[];
  readonly dashBefore: readonly boolean[];
  readonly plus: boolean;
  /** Extension given with a marker (转, 分机, ext, #), digits only, or undefined. */
  readonly extension?: string | undefined;
}

const fail = <C extends keyof PhoneIssueParams>(code: C, params: PhoneIssueParams[C]): Classified =>
  ({ ok: false, error: { code, params } }) as Classified;

const NETWORKS = {
  M: { id: "china-mobile", name: "移动", nameEn: "China Mobile" },
  U: { id: "china-unicom", name: "联通", nameEn: "China Unicom" },
  T: { id: "china-telecom", name: "电信", nameEn: "China Telecom" },
  B: { id: "china-broadnet", name: "广电", nameEn: "China Broadnet" },
} as const;

// One frozen object per table letter (upper case = the carrier, lower case = a virtual operator
// on its network), built on first use: a parse shares them instead of copying per call.
let networkCache: Map<string, MobileNetwork> | undefined;

function networkOf(letter: string): MobileNetwork | undefined {
  if (!networkCache) {
    networkCache = new Map();
    for (const [upper, base] of Object.entries(NETWORKS)) {
      networkCache.set(upper, Object.freeze({ ...base, virtual: false, mayBePorted: true }));
      networkCache.set(
        upper.toLowerCase(),
        Object.freeze({ ...base, virtual: true, mayBePorted: true }),
      );
    }
  }
  return networkCache.get(letter);
}

function lookupMobile(d: string): string | undefined {
  return (
    MOBILE_PREFIXES[d.slice(0, 5)] ??
    MOBILE_PREFIXES[d.slice(0, 4)] ??
    MOBILE_PREFIXES[d.slice(0, 3)]
  );
}

// Emergency numbers; 100xx (carrier) and 12xxx (public service) are checked by shape.
const EMERGENCY = new Set(["110", "112", "119", "120", "122"]);

function isDigitsOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function mobile(d: string): Classified {
  const p3 = d.slice(0, 3);
  if (DATA_ONLY_11.includes(p3)) return fail("phone/data-only-number", { prefix: p3 });
  const letter = lookupMobile(d);
  if (letter === undefined) return fail("phone/invalid-prefix", { prefix: p3 });
  const network = networkOf(letter);
  const value: PhoneNumber = {
    kind: "mobile",
    national: d,
    display: `${p3} ${d.slice(3, 7)} ${d.slice(7)}`,
    e164: `+86${d}`,
  };
  // Set after, not spread in: the same keys in the same order, without a temporary object.
  if (network) (value as { network?: unknown }).network = network;
  return { ok: true, value };
}

function landline(d: string): Classified {
  const areaCode = d[1] === "1" || d[1] === "2" ? d.slice(0, 3) : d.slice(0, 4);
  const lengths = AREA_CODE_LENGTHS[areaCode];
  if (lengths === undefined) {
    if (d.length < 3) return fail("phone/invalid-length", { digits: d.length });
    return fail("phone/unknown-area-code", { areaCode });
  }
  const local = d.slice(areaCode.length);
  if (!lengths.includes(String(local.length)) || local.length < 7) {
    return fail("phone/invalid-length", { digits: d.length });
  }
  if (local[0] === "0" || local[0] === "1") {
    return fail("phone/invalid-local-number", { areaCode, local });
  }
  const place = AREA_CODE_PLACES[areaCode];
  const bar = place === undefined ? -1 : place.indexOf("|");
  const province = place === undefined ? "" : place.slice(0, bar);
  const city = place === undefined ? "" : place.slice(bar + 1);
  const value: PhoneNumber = {
    kind: "landline",
    national: d,
    display: `${areaCode}-${local}`,
    e164: `+86${d.slice(1)}`,
    areaCode,
    local,
  };
  if (province) (value as { province?: string }).province = province;
  if (city) (value as { city?: string }).city = city;
  return { ok: true, value };
}

function service(d: string): Classified {
  return {
    ok: true,
    value: {
      kind: "service",
      national: d,
      display: `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`,
      e164: `+86${d}`,
    },
  };
}

function short(d: string): Classified {
  return { ok: true, value: { kind: "short", national: d, display: d } };
}

/** Classifies a national number (digits only, trunk 0 on landlines, no extension). */
export function classifyNational(d: string): Classified {
  const n = d.length;
  if (n === 0) return fail("phone/invalid-length", { digits: 0 });
  const c0 = d[0];
  if (c0 === "0") {
    if (d[1] === "0") return fail("phone/not-mainland", { prefix: d.slice(0, 5) });
    return landline(d);
  }
  if (c0 === "1") {
    if (n === 11) return mobile(d);
    if (n === 13) {
      for (const p of DATA_ONLY_13) {
        if (d.startsWith(p)) return fail("phone/data-only-number", { prefix: p });
      }
      return fail("phone/invalid-length", { digits: n });
    }
    if (
      (n === 3 && EMERGENCY.has(d)) ||
      (n === 5 && (d[1] === "2" || (d[1] === "0" && d[2] === "0")))
    ) {
      return short(d);
    }
    return fail("phone/invalid-length", { digits: n });
  }
  if (d.startsWith("400") || d.startsWith("800")) {
    return n === 10 ? service(d) : fail("phone/invalid-length", { digits: n });
  }
  if (c0 === "9" && (d[1] === "5" || d[1] === "6")) {
    if (n === 5 || n === 6) return short(d);
    if (d[1] === "5" && d[2] === "0" && (n === 10 || n === 11)) return service(d);
    return fail("phone/invalid-length", { digits: n });
  }
  if (n === 7 || n === 8) return fail("phone/missing-area-code", { digits: n });
  return fail("phone/invalid-length", { digits: n });
}

function withExtension(r: Classified, extension: string): Classified {
  if (!r.ok) return r;
  const v = r.value;
  if (v.kind !== "landline" && v.kind !== "service") {
    return fail("phone/invalid-extension", { extension });
  }
  return { ok: true, value: { ...v, display: `${v.display}转${extension}`, extension } };
}

/** Removes the first `count` digits from the groups (an international prefix). */
function dropLeading(groups: readonly string[], count: number): string[] {
  const out: string[] = [];
  let left = count;
  for (const g of groups) {
    if (left >= g.length) {
      left -= g.length;
      continue;
    }
    out.push(g.slice(left));
    left = 0;
  }
  return out;
}

/**
 * Strips +86 / 0086 / 86 and restores the trunk 0 of landlines dialled internationally.
 * Returns the national groups, or a failure for a foreign country code.
 */
function nationalGroups(c: Candidate): { groups: readonly string[]; digits: string } | Failure {
  const all = c.groups.join("");
  let strip = 0;
  if (c.plus) {
    if (!all.startsWith("86"))
      return { code: "phone/not-mainland", params: { prefix: `+${all.slice(0, 3)}` } };
    strip = 2;
  } else if (all.startsWith("00")) {
    if (!all.startsWith("0086"))
      return { code: "phone/not-mainland", params: { prefix: all.slice(0, 5) } };
    strip = 4;
  } else if (all.startsWith("86") && all.length >= 12) {
    strip = 2;
  }
  // Nothing to strip: the groups as written (only read from here on) and their digits.
  if (strip === 0) return { groups: c.groups, digits: all };
  const groups = dropLeading(c.groups, strip);
  const nsn = groups.join("");
  const first = groups[0] ?? "";
  if (nsn.startsWith("0")) {
    // "+86 (0)571…" keeps its trunk; "+86 (0)138…" had a stray one.
    if (/^01[3-9]/.test(nsn)) groups[0] = first.slice(1);
    if (groups[0] === "") groups.shift();
  } else if (nsn.length > 6 && !/^(?:1[3-9]|400|800|950)/.test(nsn)) {
    // Landlines dialled from abroad drop the trunk 0 ("+86 571 …", "+86 955 …" for Zhongwei);
    // mobiles, 400/800/950 numbers and short numbers have none to restore.
    groups[0] = `0${first}`;
  }
  return { groups, digits: groups.join("") };
}

/**
 * From a candidate to a number: international prefix, then the whole digit string, then (when
 * that is too long) a trailing dash group as an extension ("0571-25852654-802").
 */
export function classifyCandidate(c: Candidate): Classified {
  const nat = nationalGroups(c);
  if ("code" in nat) return { ok: false, error: nat };
  const groups = nat.groups;
  const d = nat.digits;
  const whole = classifyNational(d);
  if (c.extension !== undefined) return withExtension(whole, c.extension);
  if (whole.ok || groups.length < 2) return whole;
  const last = groups[groups.length - 1] as string;
  // The last national group is always the last group as written (prefixes are at the front).
  if (last.length > 6 || c.dashBefore[c.groups.length - 1] !== true) return whole;
  const head = classifyNational(d.slice(0, d.length - last.length));
  if (head.ok && (head.value.kind === "landline" || head.value.kind === "service")) {
    return withExtension(head, last);
  }
  return whole;
}

/** True when `extension` is 1 to 6 digits. */
export function isValidExtension(extension: string): boolean {
  return extension.length >= 1 && extension.length <= 6 && isDigitsOnly(extension);
}

/** True when the kind is in the allowed list (all kinds when the list is absent). */
export function kindAllowed(kind: PhoneKind, kinds: readonly PhoneKind[] | undefined): boolean {
  return kinds === undefined || kinds.includes(kind);
}
