import { CHANNELS } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/ipc/result';
import type { Yuedu } from '../api/yuedu';
import type { SenderCheck, SenderEvent } from './senderTrust';

/** The slice of Electron's `ipcMain` this file uses, so tests can pass a fake. */
export interface IpcHandlerRegistry {
  handle(
    channel: string,
    listener: (event: SenderEvent, payload: unknown) => Promise<Result<unknown>>,
  ): void;
}

/**
 * Connects each contract channel to the services: one handler per channel, each refusing untrusted
 * senders before the payload is even looked at. Payload validation is `dispatch`'s job.
 */
export function registerIpcHandlers(
  ipcMain: IpcHandlerRegistry,
  yuedu: Pick<Yuedu, 'dispatch'>,
  isTrustedSender: SenderCheck,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload) => {
      if (!isTrustedSender(event)) {
        return fail('forbidden', `This page may not call "${channel}".`);
      }
      return yuedu.dispatch(channel, payload);
    });
  }
}
