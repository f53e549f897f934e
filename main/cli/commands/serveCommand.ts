import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Yuedu } from '../../api/yuedu';
import { SOURCE_LAYOUT } from '../../paths/projectPaths';
import { startHttpServer } from '../../serve/httpServer';
import { createSessionToken } from '../../serve/sessionToken';
import { CommandError } from '../cliErrors';
import type { CliIo } from '../cliIo';

/** `yuedu serve`: prints the tokenised address first, then serves until interrupted. */
export async function serveCommand(yuedu: Yuedu, io: CliIo, port: number): Promise<void> {
  const rendererDir = (io.layout ?? SOURCE_LAYOUT).rendererDir;
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new CommandError(
      `The app is not built yet (${rendererDir} is missing); run "npm run build" first.`,
    );
  }
  let server;
  try {
    server = await startHttpServer({ yuedu, rendererDir, port, token: createSessionToken() });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CommandError(
      code === 'EADDRINUSE'
        ? `Port ${port} is already in use; choose another with --port.`
        : String(error),
    );
  }
  io.stdout(`Serving Yuedu at ${server.url}\n`);
  await io.untilInterrupted();
  await server.close();
}
