import { describe, expect, test } from "vitest";
import { err, isErr, isOk, ok, unwrap, UnwrapError } from "kuaidi-kefu";

describe("Result", () => {
  test("ok and err are plain data that survive JSON and structuredClone", () => {
    const r = ok({ n: 1 });
    expect(JSON.parse(JSON.stringify(r))).toEqual({ ok: true, value: { n: 1 } });
    expect(structuredClone(err({ code: "x/y" }))).toEqual({ ok: false, error: { code: "x/y" } });
  });
  test("isOk / isErr narrow", () => {
    expect(isOk(ok(1))).toBe(true);
    expect(isOk(err(1))).toBe(false);
    expect(isErr(err(1))).toBe(true);
    expect(isErr(ok(1))).toBe(false);
  });
  test("unwrap returns the value or throws UnwrapError carrying the error", () => {
    expect(unwrap(ok("v"))).toBe("v");
    const error = { code: "phone/empty", message: "电话号码为空" };
    let caught: unknown;
    try {
      unwrap(err(error));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UnwrapError);
    expect(caught).toBeInstanceOf(Error);
    expect((caught as UnwrapError).error).toBe(error);
    expect((caught as UnwrapError).message).toBe(
      "[kuaidi-kefu] unwrap() called on a failed result: phone/empty",
    );
    expect((caught as UnwrapError).name).toBe("UnwrapError");
  });
  test("unwrap of a non-object error names it", () => {
    expect(() => unwrap(err("boom"))).toThrow("failed result: boom");
  });
});
