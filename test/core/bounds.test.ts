import { describe, expect, test } from "vitest";
import { checkTextInput, DEFAULT_MAX_TEXT_LENGTH } from "kuaidi-kefu";

describe("checkTextInput", () => {
  test("accepts strings up to the limit", () => {
    expect(checkTextInput("a".repeat(DEFAULT_MAX_TEXT_LENGTH))).toEqual({
      ok: true,
      value: "a".repeat(DEFAULT_MAX_TEXT_LENGTH),
    });
  });
  test("rejects over-long text with its length and the limit", () => {
    expect(checkTextInput("abcdef", { maxLength: 5, locale: "en" })).toEqual({
      ok: false,
      error: {
        code: "input/too-long",
        message: "input too long: 6 characters, limit 5",
        length: 6,
        max: 5,
      },
    });
  });
  test.each([
    [42, "number"],
    [null, "null"],
    [undefined, "undefined"],
    [[], "array"],
    [{}, "object"],
  ])("rejects %s as %s", (value, received) => {
    const r = checkTextInput(value);
    expect(r).toEqual({
      ok: false,
      error: { code: "input/not-text", message: `输入不是文本（收到 ${received}）`, received },
    });
  });
});
