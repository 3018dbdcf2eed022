import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  COMPACT_FORMS,
  countSmsSegments,
  encodeDispatchSms,
  parseDispatchSms,
  parseSms,
  type Dispatch,
} from "kuaidi-kefu/sms";
import { dispatch } from "./arbitraries.ts";
import { SEED, SEED_TEXT } from "./seed.ts";

const MANDATORY = { ...SEED } as Record<string, unknown>;
delete MANDATORY["note"];
delete MANDATORY["extraCharges"];

describe("encodeDispatchSms", () => {
  test("without fitting it writes the manual's example exactly: 82 characters, 2 segments", () => {
    const r = encodeDispatchSms(SEED, { fit: false, maxSegments: 2 });
    expect(r.ok && r.value.text).toBe(SEED_TEXT);
    expect(r.ok && [r.value.length, r.value.segments]).toEqual([82, 2]);
  });
  test("with fit off and the default budget the 82 characters are refused honestly", () => {
    const r = encodeDispatchSms(SEED, { fit: false });
    expect(r.ok ? null : r.error).toMatchObject({
      code: "sms/does-not-fit",
      length: 82,
      limit: 70,
    });
  });
  test("the seed fits 70 with every mandatory field kept", () => {
    const r = encodeDispatchSms(SEED);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.countedLength).toBeLessThanOrEqual(70);
    expect(r.value.segments).toBe(1);
    expect(r.value.dropped).toEqual(["note"]);
    expect(r.value.shortened).toEqual([]);
    expect(r.value.sent).toMatchObject(MANDATORY);
    expect(r.value.sent.extraCharges).toEqual([{ name: "提货费", amount: 100 }]);
    const back = parseDispatchSms(r.value.text);
    expect(back.ok && back.value.dispatch).toEqual(r.value.sent);
  });
  test("two segments allowed: the full text, nothing lost", () => {
    const r = encodeDispatchSms(SEED, { maxSegments: 2 });
    expect(r.ok && [r.value.text, r.value.dropped, r.value.compactForms]).toEqual([
      SEED_TEXT,
      [],
      [],
    ]);
  });
  test("a signature counts against the budget", () => {
    const r = encodeDispatchSms(SEED, { signature: "某某物流" });
    expect(r.ok && [r.value.countedLength, r.value.length, r.value.dropped]).toEqual([
      70,
      64,
      ["note", "extraCharges"],
    ]);
  });
  test("the note is shortened to its deadline before being left out", () => {
    const r = encodeDispatchSms({ ...SEED, note: "下午3点前提" }, { budget: 73 });
    expect(r.ok && [r.value.sent.note, r.value.shortened, r.value.dropped]).toEqual([
      "15点前",
      ["note"],
      [],
    ]);
  });
  test("a long note is cut with an ellipsis", () => {
    const r = encodeDispatchSms(
      { ...SEED, note: "货物易碎请轻拿轻放并提前电话联系" },
      { budget: 80 },
    );
    expect(r.ok && r.value.sent.note).toBe("货物易碎请轻拿轻放并…");
    expect(r.ok && r.value.shortened).toEqual(["note"]);
  });
  test("extra charges go last first, after the note", () => {
    const two = {
      ...SEED,
      extraCharges: [
        { name: "提货费", amount: 100 },
        { name: "送货费", amount: 50 },
      ],
    };
    const r = encodeDispatchSms(two);
    expect(r.ok && r.value.sent.extraCharges).toEqual([{ name: "提货费", amount: 100 }]);
    expect(r.ok && r.value.dropped).toEqual(["note", "extraCharges"]);
  });
  test("too long even at its shortest: sms/does-not-fit with the minimum length", () => {
    const r = encodeDispatchSms(SEED, { budget: 40, locale: "en" });
    expect(r.ok ? null : r.error).toMatchObject({
      code: "sms/does-not-fit",
      limit: 40,
      minimumLength: 62,
    });
  });
  test("forced compact forms: every one of them reads back", () => {
    const r = encodeDispatchSms(SEED, { compact: COMPACT_FORMS, maxSegments: 2 });
    expect(r.ok && r.value.text).toBe(
      "110310221王先生13823033212配件15件0.2吨2.2方往杭州马先生057125852654现付提货费100,15点前提[8011]",
    );
  });
  test("synonyms and phone forms are written canonically", () => {
    const r = encodeDispatchSms(
      {
        ...SEED,
        payment: "寄付" as never,
        shipperPhone: "138 2303 3212",
        consigneePhone: "057125852654",
      },
      { maxSegments: 2 },
    );
    expect(r.ok && r.value.text).toBe(SEED_TEXT);
  });
  test("a destination and full name that cannot be told apart get a comma", () => {
    const r = encodeDispatchSms({ ...MANDATORY, consigneeName: "马云" } as unknown as Dispatch);
    expect(r.ok && r.value.text).toContain("往杭州,马云");
    const p = encodeDispatchSms({
      ...MANDATORY,
      destination: "杭州市",
      consigneeName: "马云",
    } as unknown as Dispatch);
    expect(p.ok && p.value.text).toContain("往杭州市马云");
  });
  test.each([
    ["serial", { serial: "111310221" }],
    ["shipperName", { shipperName: "" }],
    ["goods", { goods: "配[件]" }],
    ["destination", { destination: " 杭州" }],
    ["consigneeName", { consigneeName: "马\n先生" }],
    ["shipperPhone", { shipperPhone: "123" }],
    ["consigneePhone", { consigneePhone: 5 }],
    ["pieces", { pieces: 1.5 }],
    ["weightKg", { weightKg: -1 }],
    ["volumeM3", { volumeM3: 0.00001 }],
    ["payment", { payment: "赊账" }],
    ["staffNo", { staffNo: "A11" }],
    ["extraCharges", { extraCharges: {} }],
    ["extraCharges", { extraCharges: [{ name: "小费x", amount: 1 }] }],
    ["extraCharges", { extraCharges: [{ name: "提货费", amount: Number.NaN }] }],
    ["note", { note: 3 }],
    ["note", { note: "a[b]" }],
    ["shipperName", { shipperName: "x".repeat(21) }],
  ])("invalid %s", (field, patch) => {
    const r = encodeDispatchSms({ ...SEED, ...patch } as unknown as Dispatch, { locale: "en" });
    expect(r.ok ? null : r.error).toMatchObject({ code: "sms/invalid-field", field });
  });
  test("nonsense budgets fall back to the defaults", () => {
    const r = encodeDispatchSms(SEED, { budget: Number.NaN, maxSegments: "2" as never });
    expect(r.ok && r.value.limit).toBe(70);
  });
  test("not an object", () => {
    const r = encodeDispatchSms(null as unknown as Dispatch);
    expect(r.ok ? null : r.error.code).toBe("sms/invalid-field");
  });
  test("a goods name that reads as a quantity is sms/unreadable-field", () => {
    const r = encodeDispatchSms({ ...SEED, goods: "配件5件" });
    expect(r.ok ? null : r.error).toMatchObject({ code: "sms/unreadable-field", field: "goods" });
  });
  test("a note with only punctuation is no note; padding punctuation is trimmed", () => {
    const a = encodeDispatchSms({ ...SEED, note: "。" }, { maxSegments: 2 });
    expect(a.ok && a.value.sent.note).toBeUndefined();
    const b = encodeDispatchSms({ ...SEED, note: "，15点前提。" }, { maxSegments: 2 });
    expect(b.ok && b.value.sent.note).toBe("15点前提");
  });
  test("an empty charge list is no charge", () => {
    const r = encodeDispatchSms({ ...SEED, extraCharges: [] }, { maxSegments: 2 });
    expect(r.ok && r.value.text).toBe(
      "[110310221]客王先生13823033212配件15件200公斤2.2方往杭州马先生0571-25852654现付。15点前提。[8011]",
    );
  });
});

describe("round trip", () => {
  test("parse(encode(x)) = x for every valid dispatch, in every compact form", () => {
    fc.assert(
      fc.property(dispatch, fc.subarray([...COMPACT_FORMS]), (x, compact) => {
        const r = encodeDispatchSms(x, { compact, maxSegments: 8 });
        if (!r.ok) throw new Error(`${r.error.message} ${JSON.stringify(x)}`);
        expect(r.value.sent).toEqual(x);
        const back = parseDispatchSms(r.value.text);
        expect(back.ok && back.value.dispatch).toEqual(x);
      }),
      { numRuns: 400 },
    );
  });
  test("whatever the budget, a successful encoding reads back as `sent` and keeps every mandatory field", () => {
    fc.assert(
      fc.property(dispatch, fc.integer({ min: 40, max: 120 }), (x, budget) => {
        const r = encodeDispatchSms(x, { budget });
        if (!r.ok) {
          expect(r.error.code).toBe("sms/does-not-fit");
          return;
        }
        expect(countSmsSegments(r.value.text, { gateway: "cn" }).units).toBeLessThanOrEqual(budget);
        const back = parseDispatchSms(r.value.text);
        expect(back.ok && back.value.dispatch).toEqual(r.value.sent);
        const { note: _n, extraCharges: _c, ...mandatory } = x;
        expect(r.value.sent).toMatchObject(mandatory);
      }),
      { numRuns: 200 },
    );
  });
  test("wrapped at any positions and full-width, the text still parses to x", () => {
    fc.assert(
      fc.property(dispatch, fc.array(fc.nat(), { maxLength: 8 }), (x, breaks) => {
        const r = encodeDispatchSms(x, { maxSegments: 8 });
        if (!r.ok) throw new Error(r.error.message);
        let text = r.value.text.replace(/[0-9,[\]]/g, (c) =>
          String.fromCharCode(c.charCodeAt(0) + 0xfee0),
        );
        for (const b of breaks) {
          const at = b % (text.length + 1);
          text = `${text.slice(0, at)}\n${text.slice(at)}`;
        }
        const back = parseSms(text);
        expect(back.ok && back.value.kind === "dispatch" && back.value.dispatch.dispatch).toEqual(
          x,
        );
      }),
      { numRuns: 200 },
    );
  });
});
