import type { ErrorCode } from '../shared/ipc/result';

/**
 * A problem the user caused or can fix, thrown by services and turned into an error value by the
 * dispatcher. It lives below every service, not in api/, so services never import upward.
 */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
