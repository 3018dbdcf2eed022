/**
 * A deterministic corpus of mainland numbers, valid and invalid, shared by the libphonenumber
 * comparison test and bench/phone.bench.ts. Built from the generated tables so every prefix and
 * every area code is covered.
 */
import { AREA_CODE_LENGTHS } from "../../src/phone/data/area-codes.ts";
import { MOBILE_PREFIXES } from "../../src/phone/data/mobile-prefixes.ts";

/** A tiny linear congruential generator: the same corpus on every run and machine. */
function digitsFrom(seed: number): (n: number, first?: string) => string {
  let x = seed >>> 0;
  return (n, first = "0123456789") => {
    let s = "";
    for (let i = 0; i < n; i++) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      const set = i === 0 ? first : "0123456789";
      s += set[(x >>> 8) % set.length];
    }
    return s;
  };
}

export interface CorpusEntry {
  readonly input: string;
  /** Why it is in the corpus. */
  readonly note: string;
}

/** Numbers written in national digits, as libphonenumber takes them with region "CN". */
export function buildCorpus(): CorpusEntry[] {
  const d = digitsFrom(20110310);
  const out: CorpusEntry[] = [];
  for (const prefix of Object.keys(MOBILE_PREFIXES)) {
    for (let k = 0; k < 3; k++) out.push({ input: prefix + d(11 - prefix.length), note: "mobile" });
  }
  for (const p of [
    "140",
    "141",
    "142",
    "143",
    "144",
    "146",
    "148",
    "154",
    "160",
    "163",
    "164",
    "168",
    "169",
    "179",
    "194",
    "120",
    "110",
    "100",
    "127",
  ]) {
    out.push({ input: p + d(8), note: "unassigned mobile prefix" });
  }
  for (const p of ["145", "147", "149"]) out.push({ input: p + d(8), note: "data-only" });
  for (const [area, lengths] of Object.entries(AREA_CODE_LENGTHS)) {
    for (const len of lengths) {
      out.push({ input: area + d(Number(len), "2345678"), note: "landline" });
    }
    const wrong = lengths.includes("8") ? 6 : 9;
    out.push({ input: area + d(wrong, "2345678"), note: "landline wrong length" });
  }
  // Local numbers starting with 0, 1 or 9 on a sample of area codes (every 16th).
  Object.entries(AREA_CODE_LENGTHS).forEach(([area, lengths], k) => {
    if (k % 16 !== 0) return;
    const len = Number(lengths[lengths.length - 1]);
    for (const first of "019")
      out.push({ input: area + first + d(len - 1), note: `local starting with ${first}` });
  });
  for (const area of ["026", "0300", "0320", "0401", "0600", "0800", "0888"]) {
    if (!(area in AREA_CODE_LENGTHS))
      out.push({ input: area + d(8, "2345678"), note: "unknown area code" });
  }
  for (let k = 0; k < 20; k++) {
    out.push({ input: "400" + d(7), note: "service" });
    out.push({ input: "800" + d(7), note: "service" });
  }
  for (let k = 0; k < 20; k++) {
    out.push({ input: "1" + d(9, "3456789"), note: "too short mobile" });
    out.push({ input: "1" + d(11, "3456789"), note: "too long mobile" });
  }
  return out;
}

/** Formatted inputs, as customer records hold them. */
export const FORMATTED: readonly CorpusEntry[] = [
  { input: "138 2303 3212", note: "spaces" },
  { input: "138-2303-3212", note: "dashes" },
  { input: "+86 138 2303 3212", note: "+86" },
  { input: "0086 13823033212", note: "0086" },
  { input: "(0571)25852654", note: "brackets" },
  { input: "（0571）25852654", note: "full-width brackets" },
  { input: "0571-25852654", note: "seed landline" },
  { input: "0571-25852654 ext 802", note: "ext" },
  { input: "0571-25852654#802", note: "#" },
  { input: "0571-25852654转802", note: "转 extension" },
  { input: "0571-25852654-802", note: "dash extension" },
  { input: "400-811-1111", note: "400" },
  { input: "95338", note: "short" },
  { input: "１３８２３０３３２１２", note: "full-width digits" },
];
