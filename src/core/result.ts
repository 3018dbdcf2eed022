/**
 * A success: the computed value.
 *
 * @example
 * ```ts
 * import { ok, type Ok } from "kuaidi-kefu";
 * const r: Ok<number> = ok(1);
 * r.value; // => 1
 * ```
 */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/**
 * A failure: the error, as plain data.
 *
 * @example
 * ```ts
 * import { err, type Err } from "kuaidi-kefu";
 * const r: Err<string> = err("nope");
 * r.error; // => "nope"
 * ```
 */
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/**
 * The outcome of every parse, validate and calculate function of kuaidi-kefu: plain data
 * (no classes, no methods) so that it survives `JSON.stringify`, `structuredClone` and queues,
 * and narrows with `if (result.ok)`.
 *
 * @example
 * ```ts
 * import { ok, err, type Result } from "kuaidi-kefu";
 * const half = (n: number): Result<number, string> => (n % 2 === 0 ? ok(n / 2) : err("odd"));
 * half(4); // => { ok: true, value: 2 }
 * half(3); // => { ok: false, error: "odd" }
 * ```
 */
export type Result<T, E> = Ok<T> | Err<E>;

/**
 * Wraps a value as a success.
 *
 * @example
 * ```ts
 * import { ok } from "kuaidi-kefu";
 * ok(42); // => { ok: true, value: 42 }
 * ```
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Wraps an error as a failure.
 *
 * @example
 * ```ts
 * import { err } from "kuaidi-kefu";
 * err({ code: "phone/empty" }); // => { ok: false, error: { code: "phone/empty" } }
 * ```
 */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}

/**
 * True when the result is a success; narrows its type.
 *
 * @example
 * ```ts
 * import { ok, err, isOk } from "kuaidi-kefu";
 * isOk(ok(1)); // => true
 * isOk(err("x")); // => false
 * ```
 */
export function isOk<T, E>(result: Result<T, E>): result is Ok<T> {
  return result.ok;
}

/**
 * True when the result is a failure; narrows its type.
 *
 * @example
 * ```ts
 * import { ok, err, isErr } from "kuaidi-kefu";
 * isErr(err("x")); // => true
 * isErr(ok(1)); // => false
 * ```
 */
export function isErr<T, E>(result: Result<T, E>): result is Err<E> {
  return !result.ok;
}

/**
 * Thrown by {@link unwrap} when the result is a failure; `error` holds the failure's data.
 *
 * @example
 * ```ts
 * import { err, unwrap, UnwrapError } from "kuaidi-kefu";
 * try {
 *   unwrap(err({ code: "phone/empty" }));
 * } catch (e) {
 *   (e instanceof UnwrapError); // => true
 *   (e as UnwrapError).error; // => { code: "phone/empty" }
 * }
 * ```
 */
export class UnwrapError<E = unknown> extends Error {
  /** The error carried by the failed result. */
  readonly error: E;
  constructor(error: E) {
    const code =
      typeof error === "object" && error !== null && "code" in error
        ? String((error as { code: unknown }).code)
        : String(error);
    super(`[kuaidi-kefu] unwrap() called on a failed result: ${code}`);
    this.name = "UnwrapError";
    this.error = error;
  }
}

/**
 * Returns the value of a success, or throws {@link UnwrapError} carrying the error: for callers
 * who prefer exceptions.
 *
 * @throws {@link UnwrapError} when the result is a failure.
 * @example
 * ```ts
 * import { ok, unwrap } from "kuaidi-kefu";
 * unwrap(ok(7)); // => 7
 * ```
 */
export function unwrap<T, E>(result: Result<T, E>): T {
  if (result.ok) return result.value;
  throw new UnwrapError(result.error);
}
