import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  chinaDate,
  formatSerial,
  markSmsResent,
  parseSerial,
  planDispatch,
  recordSmsFallback,
  type Dispatch,
  type DispatchBranch,
} from "kuaidi-kefu/sms";
import { SEED } from "./seed.ts";

describe("serials", () => {
  test("the manual's serials", () => {
    expect(parseSerial("110310221")).toEqual({
      ok: true,
      value: {
        serial: "110310221",
        date: { year: 2011, month: 3, day: 10 },
        isoDate: "2011-03-10",
        sequence: 221,
      },
    });
    expect(parseSerial("【110310284】")).toMatchObject({ ok: true, value: { sequence: 284 } });
    expect(formatSerial(Date.UTC(2011, 2, 10, 1, 0), 284)).toEqual({
      ok: true,
      value: "110310284",
    });
  });
  test("China date whatever the process time zone (UTC+08:00 midnight boundary)", () => {
    expect(formatSerial(new Date("2011-03-09T15:59:59.999Z"), 1)).toEqual({
      ok: true,
      value: "110309001",
    });
    expect(formatSerial(new Date("2011-03-09T16:00:00Z"), 1)).toEqual({
      ok: true,
      value: "110310001",
    });
    expect(chinaDate(Date.UTC(2024, 1, 28, 16))).toEqual({ year: 2024, month: 2, day: 29 });
  });
  test("overflow beyond 999 is explicit", () => {
    expect(formatSerial(Date.UTC(2011, 2, 10), 1000, { locale: "en" })).toEqual({
      ok: false,
      error: {
        code: "sms/serial-overflow",
        message: "daily sequence 1000 exceeds the three-digit maximum 999",
        sequence: 1000,
        max: 999,
      },
    });
    expect(formatSerial(Date.UTC(2011, 2, 10), 1000, { overflow: "widen" })).toEqual({
      ok: true,
      value: "1103101000",
    });
    expect(parseSerial("1103101000")).toMatchObject({ ok: true, value: { sequence: 1000 } });
    expect(parseSerial("1103100999")).toMatchObject({
      ok: false,
      error: { code: "sms/serial-invalid-sequence" },
    });
  });
  test("invalid inputs", () => {
    expect(formatSerial(Date.UTC(2011, 2, 10), 0)).toMatchObject({
      ok: false,
      error: { code: "sms/serial-invalid-sequence" },
    });
    expect(formatSerial(Date.UTC(2011, 2, 10), 1.5)).toMatchObject({
      ok: false,
      error: { code: "sms/serial-invalid-sequence" },
    });
    expect(formatSerial(new Date(Number.NaN), 1)).toMatchObject({
      ok: false,
      error: { code: "sms/serial-invalid-date" },
    });
    expect(formatSerial("x" as never, 1)).toMatchObject({
      ok: false,
      error: { code: "sms/serial-invalid-date" },
    });
    expect(parseSerial("110230001")).toMatchObject({
      ok: false,
      error: { code: "sms/serial-invalid-date" },
    });
    expect(parseSerial("240229001").ok).toBe(true);
    expect(parseSerial("230229001").ok).toBe(false);
    expect(parseSerial("110310000")).toMatchObject({
      ok: false,
      error: { code: "sms/serial-invalid-sequence" },
    });
    expect(parseSerial("11031022x")).toMatchObject({
      ok: false,
      error: { code: "sms/serial-malformed" },
    });
    expect(parseSerial(null as never)).toMatchObject({
      ok: false,
      error: { code: "sms/serial-malformed" },
    });
  });
  test("property: parseSerial(formatSerial(t, n)) gives back the China date and n", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) - 8 * 3600e3, max: Date.UTC(2099, 11, 31, 15, 59) }),
        fc.integer({ min: 1, max: 5000 }),
        (t, n) => {
          const s = formatSerial(t, n, { overflow: "widen" });
          if (!s.ok) throw new Error(s.error.message);
          const back = parseSerial(s.value);
          expect(back.ok && [back.value.date, back.value.sequence]).toEqual([chinaDate(t), n]);
        },
      ),
    );
  });
  test("never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.double(), (s, n) => {
        parseSerial(s);
        formatSerial(n, n);
      }),
    );
  });
});

const ORDER: Dispatch = SEED;

describe("planDispatch", () => {
  const both: DispatchBranch = {
    name: "杭州分公司",
    recipients: "driver-and-dispatcher",
    driver: { name: "李师傅", phone: "13900001111" },
    dispatcher: { name: "调度张", phone: "+86 137 0000 2222" },
  };
  test("driver with the dispatcher in copy, same text, sent within 3 minutes", () => {
    const r = planDispatch(ORDER, both, { confirmedAt: Date.UTC(2011, 2, 10, 2, 0) });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.messages.map((m) => [m.role, m.to, m.cc, m.name])).toEqual([
      ["driver", "13900001111", false, "李师傅"],
      ["dispatcher", "13700002222", true, "调度张"],
    ]);
    expect(r.value.messages.every((m) => m.text === r.value.sms.text)).toBe(true);
    expect(r.value.sms.countedLength).toBeLessThanOrEqual(70);
    expect(r.value.sendBy).toBe("2011-03-10T02:03:00.000Z");
  });
  test("dispatcher alone, no confirmation time", () => {
    const r = planDispatch(ORDER, {
      recipients: "dispatcher",
      dispatcher: { phone: "13700002222" },
    });
    expect(r.ok && r.value.messages).toEqual([
      { to: "13700002222", role: "dispatcher", cc: false, text: r.ok ? r.value.sms.text : "" },
    ]);
    expect(r.ok && r.value.sendBy).toBeUndefined();
  });
  test("errors: landline dispatcher, missing driver, bad time, bad order", () => {
    expect(
      planDispatch(ORDER, { recipients: "dispatcher", dispatcher: { phone: "0571-25852654" } }),
    ).toMatchObject({
      ok: false,
      error: { code: "sms/invalid-recipient", role: "dispatcher" },
    });
    expect(
      planDispatch(ORDER, {
        recipients: "driver-and-dispatcher",
        dispatcher: { phone: "13700002222" },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: "sms/invalid-recipient", role: "driver" },
    });
    expect(planDispatch(ORDER, both, { confirmedAt: Number.NaN })).toMatchObject({
      ok: false,
      error: { code: "sms/invalid-time" },
    });
    expect(planDispatch({ ...ORDER, staffNo: "x" }, both)).toMatchObject({
      ok: false,
      error: { code: "sms/invalid-field" },
    });
    expect(planDispatch(ORDER, null as never)).toMatchObject({
      ok: false,
      error: { code: "sms/invalid-recipient" },
    });
  });
});

describe("phone fallback record", () => {
  test("call recorded, then the re-send", () => {
    const rec = recordSmsFallback({
      reason: "短信网关故障",
      calledAt: new Date("2011-03-10T06:05:00Z"),
      callee: "李师傅",
    });
    if (!rec.ok) throw new Error(rec.error.message);
    expect(rec.value).toEqual({
      reason: "短信网关故障",
      calledAt: "2011-03-10T06:05:00.000Z",
      callee: "李师傅",
      remark: "短信未能送达（短信网关故障），已于 2011-03-10 14:05 电话下单（李师傅）",
    });
    const resent = markSmsResent(rec.value, Date.UTC(2011, 2, 10, 7, 20));
    expect(resent.ok && resent.value.remark).toBe(
      "短信未能送达（短信网关故障），已于 2011-03-10 14:05 电话下单（李师傅）；短信已于 2011-03-10 15:20 补发",
    );
    expect(resent.ok && resent.value.resentAt).toBe("2011-03-10T07:20:00.000Z");
    const en = recordSmsFallback(
      { reason: "no signal", calledAt: 0, callee: "Li" },
      { locale: "en" },
    );
    expect(en.ok && en.value.remark).toBe(
      "SMS not delivered (no signal); order given by phone to Li at 1970-01-01 08:00 (China time)",
    );
  });
  test("errors", () => {
    expect(recordSmsFallback({ reason: " ", calledAt: 0 })).toMatchObject({
      ok: false,
      error: { code: "sms/invalid-field", field: "reason" },
    });
    expect(recordSmsFallback({ reason: "x", calledAt: new Date("bad") })).toMatchObject({
      ok: false,
      error: { code: "sms/invalid-time", field: "calledAt" },
    });
    const rec = recordSmsFallback({ reason: "x", calledAt: 1000 });
    if (!rec.ok) throw new Error("no record");
    expect(markSmsResent(rec.value, 999)).toMatchObject({
      ok: false,
      error: { field: "resentAt" },
    });
    expect(markSmsResent({ ...rec.value, calledAt: "nope" }, 2000)).toMatchObject({
      ok: false,
      error: { field: "calledAt" },
    });
    expect(recordSmsFallback(null as never).ok).toBe(false);
  });
});
