import { createIssue, type KefuIssue, type LocaleOptions, type MessageCatalog } from "./issue.ts";
import { err, ok, type Result } from "./result.ts";

/**
 * The default ceiling on text given to a parser: 10,000 UTF-16 code units, far above any SMS,
 * complaint note or address, so that a 100 MB paste is refused in constant time instead of
 * being scanned.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_TEXT_LENGTH } from "kuaidi-kefu";
 * DEFAULT_MAX_TEXT_LENGTH; // => 10000
 * ```
 */
export const DEFAULT_MAX_TEXT_LENGTH = 10_000;

/**
 * The issues {@link checkTextInput} reports: `input/not-text` when the value is not a string,
 * `input/too-long` when it is longer than the limit.
 *
 * @example
 * ```ts
 * import type { TextInputIssue } from "kuaidi-kefu";
 * const issue: TextInputIssue = { code: "input/not-text", message: "输入不是文本", received: "number" };
 * issue.code; // => "input/not-text"
 * ```
 */
export type TextInputIssue =
  | KefuIssue<"input/not-text", { readonly received: string }>
  | KefuIssue<"input/too-long", { readonly length: number; readonly max: number }>;

const messages: MessageCatalog<{
  "input/not-text": { received: string };
  "input/too-long": { length: number; max: number };
}> = {
  "input/not-text": {
    "zh-CN": (p) => `输入不是文本（收到 ${p.received}）`,
    en: (p) => `input is not text (got ${p.received})`,
  },
  "input/too-long": {
    "zh-CN": (p) => `输入过长：${p.length} 个字符，上限 ${p.max}`,
    en: (p) => `input too long: ${p.length} characters, limit ${p.max}`,
  },
};

/**
 * Options of {@link checkTextInput}.
 *
 * @example
 * ```ts
 * import type { TextInputOptions } from "kuaidi-kefu";
 * const options: TextInputOptions = { maxLength: 500, locale: "en" };
 * options.maxLength; // => 500
 * ```
 */
export interface TextInputOptions extends LocaleOptions {
  /** Longest accepted text in UTF-16 code units; default {@link DEFAULT_MAX_TEXT_LENGTH}. */
  readonly maxLength?: number;
}

/**
 * The guard every text-taking function runs first: accepts a string no longer than the limit,
 * and returns an issue (never throws) for anything else.
 *
 * @example
 * ```ts
 * import { checkTextInput } from "kuaidi-kefu";
 * checkTextInput("13800138000"); // => { ok: true, value: "13800138000" }
 * checkTextInput(42, { locale: "en" }).ok; // => false
 * checkTextInput("x".repeat(20), { maxLength: 10 }).ok; // => false
 * ```
 */
export function checkTextInput(
  value: unknown,
  options?: TextInputOptions,
): Result<string, TextInputIssue> {
  if (typeof value !== "string") {
    const received = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
    return err(createIssue(messages, "input/not-text", { received }, options));
  }
  const max = options?.maxLength ?? DEFAULT_MAX_TEXT_LENGTH;
  if (value.length > max) {
    return err(createIssue(messages, "input/too-long", { length: value.length, max }, options));
  }
  return ok(value);
}
