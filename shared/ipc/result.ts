/** Errors cross process boundaries as values so the renderer can show a message instead of a stack trace. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** What went wrong, in a form a user can act on. `code` is stable for programs; `message` is for people. */
export interface AppError {
  code: ErrorCode;
  message: string;
}

export type ErrorCode =
  | 'invalid-payload'
  | 'not-found'
  | 'quote-not-found'
  | 'invalid-range'
  | 'forbidden'
  /** Over one of the size limits in shared/limits.ts; the UI says which in its own words. */
  | 'too-large'
  /** An export with no highlights in it; the UI explains how to make some. */
  | 'nothing-to-export'
  | 'storage'
  | 'internal';

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
