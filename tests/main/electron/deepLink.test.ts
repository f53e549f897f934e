import { describe, expect, it } from 'vitest';
import {
  findDeepLinkInArgv,
  parseDeepLink,
  rendererUrlForDeepLink,
} from '../../../main/electron/deepLink';
import { annotationLink } from '../../../main/export/markdown';
import { parseRoute } from '../../../renderer/app/route';

const ANNOTATION = '3f0c8a52-1d7e-4b6a-9a40-5c1c6f3e2b11';

describe('parseDeepLink', () => {
  it('reads the article and annotation ids', () => {
    expect(parseDeepLink(`yuedu://article/greater-bay-area#${ANNOTATION}`)).toEqual({
      articleId: 'greater-bay-area',
      annotationId: ANNOTATION,
    });
  });

  it('reads an article link without an annotation', () => {
    expect(parseDeepLink('yuedu://article/greater-bay-area')).toEqual({
      articleId: 'greater-bay-area',
      annotationId: null,
    });
    expect(parseDeepLink('yuedu://article/greater-bay-area/#')).toEqual({
      articleId: 'greater-bay-area',
      annotationId: null,
    });
  });

  it('round-trips the links the Markdown export writes, including encoded Chinese ids', () => {
    expect(parseDeepLink(annotationLink('大湾区(2024)', ANNOTATION))).toEqual({
      articleId: '大湾区(2024)',
      annotationId: ANNOTATION,
    });
  });

  it('refuses other schemes, other kinds of link and extra path segments', () => {
    for (const url of [
      'https://article/x#y',
      'yuedu://settings/x',
      'yuedu://article/',
      'yuedu://article/a/b#c',
      'yuedu://article/a?evil=1',
      'yuedu:article/a',
      '',
    ]) {
      expect(parseDeepLink(url), url).toBeNull();
    }
  });

  it('refuses ids that decode to slashes, controls or spaces, or do not decode at all', () => {
    for (const url of [
      'yuedu://article/..%2F..%2Fetc',
      'yuedu://article/a%0Ab',
      'yuedu://article/a%20b',
      'yuedu://article/%E0%A4%A',
      `yuedu://article/a#${'x'.repeat(201)}`,
      'yuedu://article/a#b%00',
    ]) {
      expect(parseDeepLink(url), url).toBeNull();
    }
  });
});

describe('findDeepLinkInArgv', () => {
  it('finds the link among the arguments Windows and Linux pass to a second instance', () => {
    const argv = [
      'C:\\Yuedu\\Yuedu.exe',
      '--allow-file-access-from-files',
      `yuedu://article/x#${ANNOTATION}`,
    ];
    expect(findDeepLinkInArgv(argv)).toEqual({ articleId: 'x', annotationId: ANNOTATION });
  });

  it('returns null when no argument is a valid article link', () => {
    expect(findDeepLinkInArgv(['/usr/bin/yuedu', '--no-sandbox', 'yuedu://nothing'])).toBeNull();
    expect(findDeepLinkInArgv([])).toBeNull();
  });
});

describe('rendererUrlForDeepLink', () => {
  it("opens the article at the highlight through the renderer's hash route, replacing any current route", () => {
    const link = { articleId: '大湾区 2024', annotationId: ANNOTATION };
    expect(rendererUrlForDeepLink(link, 'app://yuedu/index.html#/article/old')).toBe(
      `app://yuedu/index.html#/article/%E5%A4%A7%E6%B9%BE%E5%8C%BA%202024/annotation/${ANNOTATION}`,
    );
    expect(rendererUrlForDeepLink(link, 'http://localhost:5173/')).toBe(
      `http://localhost:5173/#/article/%E5%A4%A7%E6%B9%BE%E5%8C%BA%202024/annotation/${ANNOTATION}`,
    );
  });

  it('opens just the article when the link names no highlight', () => {
    expect(
      rendererUrlForDeepLink({ articleId: 'x', annotationId: null }, 'app://yuedu/index.html'),
    ).toBe('app://yuedu/index.html#/article/x');
  });

  it('lands on the route the renderer reads, for every link the export writes', () => {
    for (const [articleId, annotationId] of [
      ['greater-bay-area', ANNOTATION],
      ['大湾区(2024)', "ann'(1)*"],
    ] as const) {
      const link = parseDeepLink(annotationLink(articleId, annotationId))!;
      const url = rendererUrlForDeepLink(link, 'app://yuedu/index.html');
      expect(parseRoute(new URL(url).hash)).toEqual({
        view: 'article',
        id: articleId,
        hit: null,
        note: annotationId,
      });
    }
  });
});
