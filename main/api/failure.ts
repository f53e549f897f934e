import type { ErrorCode } from '../../shared/ipc/result';

/** Thrown by services for problems the user caused or can fix; the dispatcher turns it into an error value. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
