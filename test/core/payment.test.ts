import { describe, expect, test } from "vitest";
import { findPaymentMethod, parsePaymentMethod } from "../../src/core/payment.ts";

describe("payment methods", () => {
  test.each([
    ["现付", "现付"],
    ["寄付", "现付"],
    ["寄方付", "现付"],
    ["到付", "到付"],
    ["收方付", "到付"],
    ["月结", "月结"],
    ["月结账号", "月结"],
    ["寄付月结", "月结"],
    [" 到付 ", "到付"],
    ["prepaid", "现付"],
    ["Collect", "到付"],
    ["monthly", "月结"],
  ])("%s → %s", (input, method) => {
    expect(parsePaymentMethod(input)).toBe(method);
  });
  test("unknown or non-text is undefined", () => {
    expect(parsePaymentMethod("信用卡")).toBeUndefined();
    expect(parsePaymentMethod(3)).toBeUndefined();
    expect(parsePaymentMethod("x".repeat(40))).toBeUndefined();
  });
  test("finds the earliest, longest mention with its span", () => {
    expect(findPaymentMethod("马先生0571-25852654现付。加提货费100")).toEqual({
      method: "现付",
      matched: "现付",
      start: 16,
      end: 18,
    });
    expect(findPaymentMethod("运费寄付月结")).toEqual({
      method: "月结",
      matched: "寄付月结",
      start: 2,
      end: 6,
    });
    expect(findPaymentMethod("没有说")).toBeUndefined();
  });
});
