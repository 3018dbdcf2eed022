/**
 * The languages messages come in. zh-CN is the default everywhere.
 *
 * @example
 * ```ts
 * import type { Locale } from "kuaidi-kefu";
 * const locale: Locale = "en";
 * locale; // => "en"
 * ```
 */
export type Locale = "zh-CN" | "en";

/**
 * Options every function that produces messages accepts. The locale is chosen per call, never
 * through global state.
 *
 * @example
 * ```ts
 * import type { LocaleOptions } from "kuaidi-kefu";
 * const options: LocaleOptions = { locale: "en" };
 * options.locale; // => "en"
 * ```
 */
export interface LocaleOptions {
  /** Language of the `message` fields; default `"zh-CN"`. */
  readonly locale?: Locale;
}

/**
 * Where in the input an issue was found: object keys and array indexes, as zod and valibot do.
 *
 * @example
 * ```ts
 * import type { IssuePath } from "kuaidi-kefu";
 * const path: IssuePath = ["goods", 0, "weight"];
 * path.length; // => 3
 * ```
 */
export type IssuePath = readonly (string | number)[];

/**
 * The shape every error and warning of every module has: a stable, namespaced `code`
 * (`"phone/invalid-length"`), a human `message` in the requested locale, an optional `path`,
 * and the code's own parameters. Codes are public API and listed in `docs/errors.md`.
 *
 * @example
 * ```ts
 * import type { KefuIssue } from "kuaidi-kefu";
 * const issue: KefuIssue<"phone/empty"> = { code: "phone/empty", message: "电话号码为空" };
 * issue.code; // => "phone/empty"
 * ```
 */
export type KefuIssue<C extends string = string, P extends object = Record<never, never>> = {
  readonly code: C;
  readonly message: string;
  readonly path?: IssuePath;
} & Readonly<P>;

/**
 * One message template per locale, each a function of the issue's parameters.
 *
 * @example
 * ```ts
 * import type { MessageTemplate } from "kuaidi-kefu";
 * const t: MessageTemplate<{ max: number }> = {
 *   "zh-CN": (p) => `超过 ${p.max} 个字符`,
 *   en: (p) => `longer than ${p.max} characters`,
 * };
 * t.en({ max: 5 }); // => "longer than 5 characters"
 * ```
 */
export type MessageTemplate<P> = { readonly [L in Locale]: (params: P) => string };

/**
 * A module's message catalogue: for every code, its zh-CN and English template. Typed so that a
 * missing code or locale is a compile error.
 *
 * @example
 * ```ts
 * import type { MessageCatalog } from "kuaidi-kefu";
 * const catalog: MessageCatalog<{ "demo/empty": Record<never, never> }> = {
 *   "demo/empty": { "zh-CN": () => "为空", en: () => "empty" },
 * };
 * catalog["demo/empty"].en({}); // => "empty"
 * ```
 */
export type MessageCatalog<M extends { [K in keyof M]: object }> = {
  readonly [C in keyof M]: MessageTemplate<M[C]>;
};

/**
 * Builds an issue from a catalogue: the code, its message in the requested locale, the path (if
 * any) and the parameters.
 *
 * @example
 * ```ts
 * import { createIssue, type MessageCatalog } from "kuaidi-kefu";
 * const catalog: MessageCatalog<{ "demo/too-long": { max: number } }> = {
 *   "demo/too-long": { "zh-CN": (p) => `超过 ${p.max} 字`, en: (p) => `over ${p.max} characters` },
 * };
 * createIssue(catalog, "demo/too-long", { max: 70 }, { locale: "en" });
 * // => { code: "demo/too-long", message: "over 70 characters", max: 70 }
 * ```
 */
export function createIssue<M extends { [K in keyof M]: object }, C extends keyof M & string>(
  catalog: MessageCatalog<M>,
  code: C,
  params: M[C],
  options?: LocaleOptions & { readonly path?: IssuePath | undefined },
): KefuIssue<C, M[C]> {
  const locale = resolveLocale(options?.locale);
  const message = catalog[code][locale](params);
  const issue: Record<string, unknown> = { code, message };
  if (options?.path !== undefined) issue["path"] = options.path;
  for (const key of Object.keys(params)) {
    if (key === "code" || key === "message" || key === "path") continue;
    issue[key] = (params as Record<string, unknown>)[key];
  }
  return issue as KefuIssue<C, M[C]>;
}

/**
 * The locale to use for a possibly missing or unknown value: anything but `"en"` gives zh-CN.
 *
 * @example
 * ```ts
 * import { resolveLocale } from "kuaidi-kefu";
 * resolveLocale(undefined); // => "zh-CN"
 * resolveLocale("en"); // => "en"
 * ```
 */
export function resolveLocale(locale: unknown): Locale {
  return locale === "en" ? "en" : "zh-CN";
}
