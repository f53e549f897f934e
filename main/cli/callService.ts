import type { ArgsOf, Channel, ResultOf } from '../../shared/ipc/contract';
import type { Yuedu } from '../api/yuedu';
import { CommandError } from './cliErrors';

/** Runs a request through the same validating dispatcher as IPC, turning an error value into a CLI error. */
export async function callService<C extends Channel>(
  yuedu: Yuedu,
  channel: C,
  args: ArgsOf<C>,
): Promise<ResultOf<C>> {
  const result = await yuedu.dispatch(channel, args);
  if (!result.ok) throw new CommandError(result.error.message);
  return result.value as ResultOf<C>;
}
