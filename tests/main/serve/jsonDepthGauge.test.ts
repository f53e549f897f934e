import { describe, expect, it } from 'vitest';
import { JsonDepthGauge } from '../../../main/serve/jsonDepthGauge';

/** Feeds `text` to a fresh gauge in pieces of `size` bytes; whether it stayed within `max`. */
function fits(text: string, max: number, size = Infinity): boolean {
  const gauge = new JsonDepthGauge(max);
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += Math.min(size, bytes.length)) {
    if (!gauge.feed(bytes.subarray(at, at + size))) return false;
  }
  return true;
}

/** The real nesting depth, by parsing: the reference the gauge must agree with. */
function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (value !== null && typeof value === 'object') {
    return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  }
  return 0;
}

const SAMPLES = [
  '{}',
  '[]',
  '"[[[["',
  '{"a":[1,{"b":"]]]}}}"}]}',
  '{"s":"\\\\"}',
  '{"s":"\\"[[[[\\""}',
  '{"s":"\\\\\\"{{{"}',
  '[[["大湾区{[", {"粤剧": [[]]}]]]',
  '{"files":[{"name":"a.txt","base64":"5aSn5rm+5Yy6"}]}',
  '{"annotation":{"target":{"position":{"start":1,"end":2,"unit":"utf16"}}}}',
];

describe('JsonDepthGauge', () => {
  it.each(SAMPLES)('agrees with JSON.parse on the depth of %s, whatever the chunking', (text) => {
    const depth = depthOf(JSON.parse(text));
    for (const size of [1, 2, 3, 7, Infinity]) {
      expect(fits(text, depth, size)).toBe(true);
      expect(fits(text, depth - 1, size)).toBe(depth === 0);
    }
  });

  it('refuses a deeply nested body within the first bytes past the limit', () => {
    const gauge = new JsonDepthGauge(32);
    expect(gauge.feed(Buffer.from('['.repeat(32)))).toBe(true);
    expect(gauge.feed(Buffer.from('['))).toBe(false);
  });

  it('ignores brackets inside strings, even long ones split across chunks', () => {
    const text = JSON.stringify({ json: `${'{['.repeat(100_000)}"\\` });
    expect(fits(text, 1, 4096)).toBe(true);
    expect(fits(text, 1, 5)).toBe(true);
  });
});
