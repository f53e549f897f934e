import type { ArgsOf, Channel, ResultOf } from '../../shared/ipc/contract';

/**
 * One implementation of the whole contract, shared by the Electron IPC handlers, the CLI and
 * `yuedu serve`. Handlers receive already-validated arguments and throw `AppFailure` for user errors.
 */
export type Handlers = { [C in Channel]: (args: ArgsOf<C>) => Promise<ResultOf<C>> };
