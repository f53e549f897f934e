import type http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, COMPRESS_FROM_BYTES, encodeBody } from '../../../main/serve/compressBody';

const requestWith = (acceptEncoding?: string) =>
  ({
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  }) as http.IncomingMessage;

describe('acceptsGzip', () => {
  it('reads the codings a client takes, with their weights', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('deflate, br')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip(['deflate', 'gzip'])).toBe(true);
  });
});

describe('encodeBody', () => {
  it('gzips a large body for a client that takes gzip, keeping every byte', async () => {
    const body = JSON.stringify({ notes: '成员的笔记'.repeat(COMPRESS_FROM_BYTES / 10) });
    const encoded = await encodeBody(requestWith('gzip'), body);
    expect(encoded.headers['Content-Encoding']).toBe('gzip');
    expect(gunzipSync(encoded.body as Buffer).toString('utf8')).toBe(body);
  });

  it('sends a small body, or one for a client without gzip, as it is', async () => {
    const small = await encodeBody(requestWith('gzip'), '{"ok":true}');
    expect(small).toEqual({ body: '{"ok":true}', headers: { Vary: 'Accept-Encoding' } });
    const large = 'x'.repeat(COMPRESS_FROM_BYTES * 2);
    expect((await encodeBody(requestWith(), large)).body).toBe(large);
  });
});
