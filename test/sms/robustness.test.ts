import fc from "fast-check";
import { expect, test } from "vitest";
import {
  countSmsSegments,
  encodeDispatchSms,
  encodeOverdueSms,
  markSmsResent,
  planDispatch,
  recordSmsFallback,
  splitSms,
  type Dispatch,
} from "kuaidi-kefu/sms";
import { dispatch } from "./arbitraries.ts";

test("encoders, planner and fallback helpers never throw on any value", () => {
  fc.assert(
    fc.property(fc.anything(), fc.anything(), (a, b) => {
      encodeDispatchSms(a as Dispatch, b as never);
      encodeOverdueSms(a as never);
      planDispatch(a as Dispatch, b as never);
      const rec = recordSmsFallback(a as never);
      if (rec.ok) markSmsResent(rec.value, b as never);
      markSmsResent(a as never, 0);
    }),
    { numRuns: 500 },
  );
});

test("free-text fields with any characters: encode either fails cleanly or reads back", () => {
  fc.assert(
    fc.property(
      dispatch,
      fc.string({ unit: "binary", maxLength: 12 }),
      fc.constantFrom("goods", "shipperName", "destination", "consigneeName", "note"),
      (x, text, field) => {
        const r = encodeDispatchSms({ ...x, [field]: text }, { maxSegments: 8 });
        if (r.ok)
          expect(countSmsSegments(r.value.text, { gateway: "cn" }).units).toBeLessThanOrEqual(
            r.value.limit,
          );
        else
          expect(["sms/invalid-field", "sms/unreadable-field", "sms/does-not-fit"]).toContain(
            r.error.code,
          );
      },
    ),
    { numRuns: 400 },
  );
});

test("cuts next to Greek, Cyrillic, kana, currency and full-width forms are plain", () => {
  for (const ch of ["ω", "Ж", "あ", "ア", "₩", "Ａ", "ｱ", "\u2019", "\u3000", "㐀"]) {
    const text = ch.repeat(140);
    expect(splitSms(text).parts.map((p) => p.units)).toEqual([67, 67, 6]);
  }
  // A combining kana sound mark and a variation selector keep their base in the same part.
  expect(splitSms(`${"あ".repeat(66)}か\u3099${"あ".repeat(10)}`).parts[0]?.units).toBe(66);
  expect(splitSms(`${"中".repeat(66)}✌\ufe0f${"中".repeat(10)}`).parts[0]?.units).toBe(66);
});
