import { isValidPhoneNumber } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import { isPhone, parsePhone } from "kuaidi-kefu/phone";
import { buildCorpus, FORMATTED } from "./corpus.ts";

/**
 * Where kuaidi-kefu deliberately answers differently from libphonenumber-js/max
 * (`isValidPhoneNumber(x, "CN")`), with the reason. Everything else must agree.
 */
const EXCEPTIONS: {
  readonly test: (input: string) => boolean;
  readonly ours: boolean;
  readonly why: string;
}[] = [
  {
    test: (s) => /^14[57]\d{8}$/.test(s),
    ours: false,
    why: "145/147 are data-only (上网卡) ranges: not contact phones; libphonenumber lists them as mobile",
  },
  {
    test: (s) => /转|-\d{1,6}$/.test(s) && /\d{7}/.test(s.replace(/\D/g, "")),
    ours: true,
    why: "libphonenumber rejects 转 extensions and glues a trailing -802 into the number",
  },
  {
    test: (s) => /^9[56]\d{3,4}$/.test(s),
    ours: true,
    why: "short numbers such as 95338 are valid here (kind short); libphonenumber-js has no short-number metadata",
  },
  {
    test: (s) => /^(?:10|2\d|[3-9]\d\d)[2-9]\d{6,7}$/.test(s),
    ours: false,
    why: "a landline without its trunk 0 (libphonenumber accepts the national significant number)",
  },
  {
    test: (s) => /^0(?:10|2\d|[3-9]\d\d)[01]/.test(s),
    ours: false,
    why: "a local number starting with 0 (trunk prefix) or 1 (special services): subscriber numbers start with 2-9 in the national numbering plan; libphonenumber allows most of them",
  },
];

function exceptionFor(input: string): (typeof EXCEPTIONS)[number] | undefined {
  return EXCEPTIONS.find((e) => e.test(input));
}

describe("agreement with libphonenumber-js/max", () => {
  const corpus = [...buildCorpus(), ...FORMATTED];

  it("covers every prefix and every area code, valid and invalid", () => {
    expect(corpus.length).toBeGreaterThan(900);
    expect(corpus.filter((e) => isPhone(e.input)).length).toBeGreaterThan(600);
    expect(corpus.filter((e) => !isPhone(e.input)).length).toBeGreaterThan(300);
  });

  it("gives the same verdict on every number except the documented exceptions", () => {
    const unexplained: string[] = [];
    let exceptions = 0;
    for (const { input, note } of corpus) {
      const ours = isPhone(input);
      const theirs = isValidPhoneNumber(input, "CN");
      if (ours === theirs) continue;
      const e = exceptionFor(input);
      if (e !== undefined && e.ours === ours) exceptions++;
      else unexplained.push(`${input} (${note}): ours ${ours}, libphonenumber ${theirs}`);
    }
    expect(unexplained).toEqual([]);
    // 2 data-only, 2 extensions, 1 short number, 42 local numbers starting with 0 or 1.
    expect(exceptions).toBe(47);
  });

  it("shows each documented exception on an example", () => {
    const cases: [string, boolean, boolean][] = [
      ["14512345678", false, true],
      ["0571-25852654转802", true, false],
      ["0571-25852654-802", true, false],
      ["95338", true, false],
      ["57125852654", false, true],
      ["01012345678", false, true],
    ];
    for (const [input, ours, theirs] of cases) {
      expect([input, isPhone(input)]).toEqual([input, ours]);
      expect([input, isValidPhoneNumber(input, "CN")]).toEqual([input, theirs]);
      expect(exceptionFor(input)?.ours).toBe(ours);
    }
  });

  it("agrees on extensions libphonenumber understands, and on E.164 forms", () => {
    for (const input of [
      "0571-25852654 ext. 802",
      "0571-25852654#802",
      "+86 571 2585 2654",
      "+8613823033212",
    ]) {
      expect(isValidPhoneNumber(input, "CN")).toBe(true);
      expect(isPhone(input)).toBe(true);
    }
    const r = parsePhone("0571 2585 2654");
    expect(r.ok && r.value.e164).toBe("+8657125852654");
  });
});
