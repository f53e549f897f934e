export const THEMES = ['light', 'dark', 'sepia'] as const;
export type Theme = (typeof THEMES)[number];

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export const FONT_SIZE_RANGE = { min: 14, max: 32, default: 20 } as const;

/** Pinyin above the characters: none, over every character, or only over those above the reader's level. */
export const PINYIN_MODES = ['off', 'all', 'above-level'] as const;
export type PinyinMode = (typeof PINYIN_MODES)[number];

/** Colouring by tone: none, the pinyin, or the characters themselves. */
export const TONE_COLOUR_MODES = ['off', 'pinyin', 'characters'] as const;
export type ToneColourMode = (typeof TONE_COLOUR_MODES)[number];

/** The reader's level: the number of most common characters they know. */
export const LEVELS = [500, 1000, 2000, 3000, 5000] as const;
export type Level = (typeof LEVELS)[number];

/** Reader preferences that persist across restarts. `language: 'system'` follows the OS. */
export interface Settings {
  fontSize: number;
  theme: Theme;
  language: Language | 'system';
  pinyin: PinyinMode;
  toneColours: ToneColourMode;
  level: Level;
  /** Whose notes the notes panel lists: 'mine', 'all' (everyone) or one study-group member's id. */
  notesFilter: string;
  /** Study-group members whose highlights the reader chose to hide. */
  hiddenMembers: string[];
}

/** Longest member id the notes filter and hidden members accept. */
export const MEMBER_ID_MAX_CHARS = 200;

export const DEFAULT_SETTINGS: Settings = {
  fontSize: FONT_SIZE_RANGE.default,
  theme: 'light',
  language: 'system',
  pinyin: 'off',
  toneColours: 'off',
  level: 1000,
  notesFilter: 'all',
  hiddenMembers: [],
};

/** Where the reader was in an article: a canonical-text offset, so it survives font and layout changes. */
export interface ReadingPosition {
  articleId: string;
  offset: number;
  /** 0..1 of the article read, for the progress shown in the library. */
  progress: number;
  updated: string;
}
