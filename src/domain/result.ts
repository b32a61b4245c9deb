/**
 * Expected failures are values, not exceptions (STYLE.md, after Loomio and documenso).
 * Only bugs throw. `src/conversation` alone turns a {@link DomainError} code into Dutch or English.
 */

/** A failure the user can do something about: a stable code plus the facts the message needs. */
export interface DomainError<Code extends string = string> {
  readonly code: Code;
  /** Values the message template interpolates (names, dates, suggestions). Plain data only. */
  readonly params?: Readonly<Record<string, string | number | readonly string[]>>;
}

/** Either a value or an expected failure. */
export type Result<T, E extends DomainError = DomainError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** Wraps a success. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** Wraps an expected failure with its code and message parameters. */
export function err<Code extends string>(
  code: Code,
  params?: DomainError['params'],
): { readonly ok: false; readonly error: DomainError<Code> } {
  return params === undefined ? { ok: false, error: { code } } : { ok: false, error: { code, params } };
}
