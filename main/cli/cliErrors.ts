/** A mistake in how the command was typed: the CLI prints it with a hint and exits with status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    /** The command whose help the hint points to; the general help when absent. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** A request Yuedu refused or could not do: the CLI prints the message and exits with status 1. */
export class CommandError extends Error {
  override name = 'CommandError';
}
