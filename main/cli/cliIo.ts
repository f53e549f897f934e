import { terminalJson } from './terminalText';

/** The outside world of one CLI run, injected so commands can be tested in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Whether stdout is a terminal, where search matches are shown in reverse video. */
  stdoutIsTerminal?: boolean;
  /** Resolves when the user asks a long-running command (serve) to stop. */
  untilInterrupted: () => Promise<void>;
  /**
   * Calls `stop` on the first Ctrl-C (SIGINT) while a command that can stop early (import) runs,
   * instead of killing the process; returns the function that stops listening.
   */
  onInterrupt?: (stop: () => void) => () => void;
  /**
   * Where the corpus, the build-time outputs and the built renderer are: a clone's folders by
   * default, the app's resources when the packaged app runs the CLI (`--cli`).
   */
  layout?: { seedsDir: string; generatedDir: string; rendererDir: string };
}

/** Writes `value` as the whole of stdout for `--json`, so scripts can parse it. */
export const printJson = (io: CliIo, value: unknown): void => io.stdout(terminalJson(value) + '\n');

/** Whether to style output with ANSI escapes: on a terminal, unless NO_COLOR asks otherwise. */
export const usesStyles = (io: CliIo): boolean =>
  io.stdoutIsTerminal === true && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
