import { CHANNELS, type Channel } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { AppFailure } from '../appFailure';
import type { Handlers } from './handlers';
import { PAYLOAD_SCHEMAS } from './payloadSchemas';

const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);

/** Describes a zod failure in one line a user (or a CLI script) can act on. */
function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 3)
    .map(
      (issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ` : '') + issue.message,
    )
    .join('; ');
}

/**
 * The single gate between an untrusted caller and the services: unknown channels and malformed
 * payloads are refused before anything runs, and every outcome (even a bug) comes back as a value.
 */
export function createDispatcher(
  handlers: Handlers,
  log: (error: unknown) => void = (error) => console.error(error),
): (channel: unknown, payload: unknown) => Promise<Result<unknown>> {
  return async (channel, payload) => {
    if (!isChannel(channel))
      return fail('invalid-payload', `Unknown request "${String(channel)}".`);
    const parsed = PAYLOAD_SCHEMAS[channel].safeParse(payload ?? {});
    if (!parsed.success) {
      return fail(
        'invalid-payload',
        `Invalid ${channel} request: ${describeIssues(parsed.error.issues)}.`,
      );
    }
    try {
      const handler = handlers[channel] as (args: unknown) => Promise<unknown>;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message);
      log(error);
      return fail(
        'internal',
        'Something went wrong inside Yuedu; nothing was changed. Please try again.',
      );
    }
  };
}
