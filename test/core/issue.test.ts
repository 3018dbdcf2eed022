import { describe, expect, test } from "vitest";
import { createIssue, resolveLocale, type MessageCatalog } from "kuaidi-kefu";

const catalog: MessageCatalog<{
  "demo/too-long": { max: number };
  "demo/odd": { code: string; path: string; message: string };
}> = {
  "demo/too-long": { "zh-CN": (p) => `超过 ${p.max} 字`, en: (p) => `over ${p.max} characters` },
  "demo/odd": { "zh-CN": () => "奇怪", en: () => "odd" },
};

describe("createIssue", () => {
  test("zh-CN by default, English on request, params spread", () => {
    expect(createIssue(catalog, "demo/too-long", { max: 70 })).toEqual({
      code: "demo/too-long",
      message: "超过 70 字",
      max: 70,
    });
    expect(
      createIssue(catalog, "demo/too-long", { max: 70 }, { locale: "en", path: ["a", 0] }),
    ).toEqual({ code: "demo/too-long", message: "over 70 characters", path: ["a", 0], max: 70 });
  });
  test("params cannot overwrite code, message or path", () => {
    const issue = createIssue(
      catalog,
      "demo/odd",
      { code: "evil", path: "evil", message: "evil" },
      { path: ["x"] },
    );
    expect(issue).toEqual({ code: "demo/odd", message: "奇怪", path: ["x"] });
  });
  test("resolveLocale falls back to zh-CN", () => {
    expect(resolveLocale("en")).toBe("en");
    expect(resolveLocale("fr")).toBe("zh-CN");
    expect(resolveLocale(undefined)).toBe("zh-CN");
  });
});
