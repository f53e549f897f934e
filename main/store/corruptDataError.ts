/** Marks a data file whose bytes cannot be trusted, so recovery moves it aside instead of failing. */
export class CorruptDataError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CorruptDataError';
  }
}
