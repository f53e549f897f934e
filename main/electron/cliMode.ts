/** The flag that makes the app binary run the `yuedu` command instead of opening a window. */
export const CLI_FLAG = '--cli';

/**
 * The CLI arguments when the app was started as `Yuedu --cli <command> …` (packaged) or
 * `electron . --cli <command> …` (from a clone): everything after the flag. Null for a normal start.
 * A `--cli` after a `yuedu://` link or after `--` is an argument, not the flag.
 */
export function cliArgsFromArgv(argv: readonly string[]): string[] | null {
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--' || arg.startsWith('yuedu:')) return null;
    if (arg === CLI_FLAG) return argv.slice(i + 1);
  }
  return null;
}
