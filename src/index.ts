/**
 * kuaidi-kefu: the domain library for Chinese express, freight and e-commerce customer service
 * (快递客服). The root entry holds only the shared primitives: the `Result` type and its
 * helpers, the issue shape every module reports with, text normalisation and input bounds.
 * Each domain module has its own subpath: `kuaidi-kefu/phone`, `kuaidi-kefu/order`,
 * `kuaidi-kefu/sms`, `kuaidi-kefu/calendar`, `kuaidi-kefu/sla`, `kuaidi-kefu/routing`,
 * `kuaidi-kefu/scoring`.
 *
 * @packageDocumentation
 * @module kuaidi-kefu
 */
export { ok, err, isOk, isErr, unwrap, UnwrapError } from "./core/result.ts";
export type { Ok, Err, Result } from "./core/result.ts";
export { createIssue, resolveLocale } from "./core/issue.ts";
export type {
  Locale,
  LocaleOptions,
  IssuePath,
  KefuIssue,
  MessageTemplate,
  MessageCatalog,
} from "./core/issue.ts";
export { normalizeText, toOriginalSpan } from "./core/normalize.ts";
export type { NormalizeTextOptions, NormalizedText } from "./core/normalize.ts";
export { checkTextInput, DEFAULT_MAX_TEXT_LENGTH } from "./core/bounds.ts";
export type { TextInputIssue, TextInputOptions } from "./core/bounds.ts";
