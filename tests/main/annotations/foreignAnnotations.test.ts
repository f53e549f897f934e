import { describe, expect, it } from 'vitest';
import {
  placeForeign,
  readForeignAnnotations,
  readForeignFile,
} from '../../../main/annotations/foreignAnnotations';

const TEXT = '春天来了。大湾区的朋友在大湾区的公园里散步，朋友们都很高兴。';

/** Hypothesis's API answer (`/api/search`): the note in `text`, selectors in `target[0]`. */
const HYPOTHESIS = {
  total: 2,
  rows: [
    {
      id: 'Hx1',
      created: '2026-10-01T08:00:00.000000+00:00',
      updated: '2026-10-01T08:00:00.000000+00:00',
      user: 'acct:reader@hypothes.is',
      uri: 'https://example.org/article',
      text: '第二个大湾区',
      tags: [],
      target: [
        {
          source: 'https://example.org/article',
          selector: [
            {
              type: 'RangeSelector',
              startContainer: '/p[1]',
              startOffset: 12,
              endContainer: '/p[1]',
              endOffset: 15,
            },
            { type: 'TextPositionSelector', start: 9999, end: 10002 },
            { type: 'TextQuoteSelector', exact: '大湾区', prefix: '的朋友在', suffix: '的公园' },
          ],
        },
      ],
    },
    { id: 'Hx2', text: 'a page note', target: [{ source: 'https://example.org/article' }] },
  ],
};

/** Thorium's export: a Readium annotation set, the note in a TextualBody with Thorium's extras. */
const THORIUM = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'urn:uuid:5b6f1a0e-1111-4222-8333-444455556666',
  type: 'AnnotationSet',
  generator: { id: 'https://github.com/edrlab/thorium-reader', type: 'Software', name: 'Thorium' },
  generated: '2026-10-02T09:00:00.000Z',
  items: [
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:aaaa',
      type: 'Annotation',
      created: '2026-10-02T09:00:00.000Z',
      modified: '2026-10-02T09:00:00.000Z',
      body: {
        type: 'TextualBody',
        value: '大家都开心',
        format: 'text/plain',
        color: '#FFFF00',
        highlight: 'solid',
      },
      target: {
        source: 'OEBPS/chapter1.xhtml',
        selector: [
          {
            type: 'FragmentSelector',
            conformsTo: 'http://www.idpf.org/epub/linking/cfi/epub-cfi.html',
            value: '/4/2',
          },
          { type: 'TextQuoteSelector', exact: '朋友们', prefix: '散步，', suffix: '都很' },
          { type: 'ProgressionSelector', value: 0.5 },
        ],
      },
    },
  ],
};

/** A W3C AnnotationCollection as another W3C tool (or a Yuedu backup) writes it. */
const COLLECTION = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'AnnotationCollection',
  first: {
    type: 'AnnotationPage',
    items: [
      {
        type: 'Annotation',
        motivation: 'highlighting',
        target: {
          source: 'x',
          selector: { type: 'TextQuoteSelector', exact: '春天' },
        },
      },
      { type: 'Annotation', body: 'just a bookmark', target: 'x' },
    ],
  },
};

describe("another tool's W3C annotations", () => {
  it('reads Hypothesis’s rows: the quote with its context, the note from `text`, page notes skipped', () => {
    const { found, problems } = readForeignAnnotations(HYPOTHESIS);
    expect(found).toEqual([
      {
        quote: { exact: '大湾区', prefix: '的朋友在', suffix: '的公园' },
        position: { start: 9999, end: 10002 },
        note: '第二个大湾区',
      },
    ]);
    expect(problems).toEqual(['item 2 skipped: it has no TextQuoteSelector with text.']);
  });

  it('reads the Hypothesis client’s export file the same way as its API answer', () => {
    const exported = {
      export_date: '2026-11-30T09:00:00.000Z',
      export_userid: 'acct:reader@hypothes.is',
      client_version: '1.1000.0',
      annotations: HYPOTHESIS.rows,
    };
    expect(readForeignAnnotations(exported)).toEqual(readForeignAnnotations(HYPOTHESIS));
    expect(readForeignAnnotations(exported).found).toHaveLength(1);
  });

  it('reads a Thorium (Readium) annotation set: the note from its TextualBody', () => {
    const { found } = readForeignAnnotations(THORIUM);
    expect(found).toEqual([
      {
        quote: { exact: '朋友们', prefix: '散步，', suffix: '都很' },
        position: null,
        note: '大家都开心',
      },
    ]);
  });

  it('reads a W3C AnnotationCollection, a selector given alone, and skips an item without one', () => {
    const { found, problems } = readForeignAnnotations(COLLECTION);
    expect(found).toEqual([
      { quote: { exact: '春天', prefix: '', suffix: '' }, position: null, note: '' },
    ]);
    expect(problems).toHaveLength(1);
  });

  it('places each on the article by quote and context, whatever offsets the other tool counted', () => {
    const [second] = readForeignAnnotations(HYPOTHESIS).found;
    const range = placeForeign(TEXT, second!);
    // Both 大湾区 are in the text; the context picks the second.
    expect(range).toEqual({
      start: TEXT.lastIndexOf('大湾区'),
      end: TEXT.lastIndexOf('大湾区') + 3,
    });
    const [thorium] = readForeignAnnotations(THORIUM).found;
    expect(placeForeign(TEXT, thorium!)).toEqual({
      start: TEXT.indexOf('朋友们'),
      end: TEXT.indexOf('朋友们') + 3,
    });
    expect(
      placeForeign(TEXT, {
        quote: { exact: '秋天', prefix: '', suffix: '' },
        position: null,
        note: '',
      }),
    ).toBeNull();
  });

  it('refuses, with a reason, what is not JSON, nests absurdly deep, or is not an annotation set', () => {
    expect(readForeignFile('{"rows": [').problems).toEqual(['it is not JSON.']);
    expect(readForeignFile('['.repeat(100)).problems[0]).toContain('nests deeper than 32');
    expect(readForeignFile('{"title": "x"}').problems).toEqual([
      'it is not a W3C annotation set, collection or list.',
    ]);
    expect(readForeignFile(JSON.stringify(THORIUM)).found).toHaveLength(1);
  });
});
