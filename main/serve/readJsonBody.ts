import type http from 'node:http';
import { JsonDepthGauge } from './jsonDepthGauge';

/** Why a body was not read: too many bytes (413) or nested too deeply (400). */
export type BodyRefusal = 'too-large' | 'too-deep';

export type BodyOutcome = { ok: true; text: string } | { ok: false; refused: BodyRefusal };

/**
 * Reads a request body of at most `maxBytes`, measuring its JSON nesting as it arrives. A body
 * declared or found too large, or nesting deeper than `maxDepth`, is refused at once, without
 * buffering the rest: the remainder is read and dropped, so the client still gets the answer.
 */
export function readJsonBody(
  req: http.IncomingMessage,
  limits: { maxBytes: number; maxDepth: number },
): Promise<BodyOutcome> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    req.resume();
    return Promise.resolve({ ok: false, refused: 'too-large' });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const gauge = new JsonDepthGauge(limits.maxDepth);
    let size = 0;
    let settled = false;
    const refuse = (refused: BodyRefusal) => {
      settled = true;
      chunks.length = 0;
      resolve({ ok: false, refused });
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limits.maxBytes) refuse('too-large');
      else if (!gauge.feed(chunk)) refuse('too-deep');
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (settled) return;
      settled = true;
      resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    });
    req.on('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
  });
}
