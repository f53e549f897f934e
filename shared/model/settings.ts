export const THEMES = ['light', 'dark', 'sepia'] as const;
export type Theme = (typeof THEMES)[number];

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export const FONT_SIZE_RANGE = { min: 14, max: 32, default: 20 } as const;

/** Reader preferences that persist across restarts. `language: 'system'` follows the OS. */
export interface Settings {
  fontSize: number;
  theme: Theme;
  language: Language | 'system';
}

export const DEFAULT_SETTINGS: Settings = {
  fontSize: FONT_SIZE_RANGE.default,
  theme: 'light',
  language: 'system',
};

/** Where the reader was in an article: a canonical-text offset, so it survives font and layout changes. */
export interface ReadingPosition {
  articleId: string;
  offset: number;
  /** 0..1 of the article read, for the progress shown in the library. */
  progress: number;
  updated: string;
}
