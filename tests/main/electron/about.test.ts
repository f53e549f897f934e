import { describe, expect, it } from 'vitest';
import { aboutBox, BUNDLED_WORKS } from '../../../main/electron/about';

describe('aboutBox', () => {
  it('names the app and its version', () => {
    expect(aboutBox('1.2.3')).toMatchObject({ title: 'About Yuedu', message: 'Yuedu 阅读 1.2.3' });
  });

  it('lists the licences of the bundled fonts and data, each on its own line', () => {
    const { detail } = aboutBox('1.2.3');
    expect(detail).toMatch(/Noto Serif SC and Noto Sans SC.*SIL Open Font License 1\.1/);
    expect(detail).toMatch(/OpenCC.*Apache License 2\.0/);
    expect(detail).toMatch(/pinyin-pro: MIT/);
    expect(detail).toMatch(/CC-CEDICT.*Paul Andrew Denisowski.*Attribution-ShareAlike 4\.0/);
    expect(detail).toMatch(/人民日报.*rights remain with the publisher/);
    for (const work of BUNDLED_WORKS) expect(detail).toContain(`• ${work.what}: ${work.licence}`);
  });
});
