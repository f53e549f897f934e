/** The system code of a failed file operation (ENOENT, EACCES…), which messages name so a user can look it up. */
export const errorCode = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? String(error);
