import type { VocabularyEntry } from '../../shared/model/vocabulary';
import { revealControls } from '../../shared/text/revealControls';
import { escapeMarkdownText } from '../export/escape';

/** The vocabulary file formats: an Obsidian-friendly Markdown table, or Anki's tab-separated import. */
export const VOCABULARY_FORMATS = ['markdown', 'anki'] as const;
export type VocabularyFormat = (typeof VOCABULARY_FORMATS)[number];

/** One line of text: line breaks and tabs become spaces, control characters visible stand-ins. */
const oneLine = (text: string) => revealControls(text.replace(/[\t\r\n]+/g, ' ')).trim();

/** A Markdown table cell: one line, table pipes and other syntax escaped. */
const cell = (text: string) => escapeMarkdownText(oneLine(text));

/** The link back to where the word was found: the app opens the article. */
export const articleLink = (articleId: string) =>
  `yuedu://article/${encodeURIComponent(articleId)}`;

/** The vocabulary as a Markdown table (word, pinyin, meaning, sentence, source link). */
export function vocabularyMarkdown(
  entries: readonly VocabularyEntry[],
  titleOf: (articleId: string) => string | undefined,
): string {
  const rows = entries.map((entry) => {
    const title = titleOf(entry.articleId) ?? entry.articleId;
    const link = `[${cell(title)}](<${articleLink(entry.articleId)}>)`;
    return `| ${cell(entry.word)} | ${cell(entry.pinyin)} | ${cell(entry.definitions.join('; '))} | ${cell(entry.sentence)} | ${link} |`;
  });
  return [
    '# Vocabulary',
    '',
    '| Word | Pinyin | Meaning | Sentence | Source |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** A tab-separated field Anki reads literally: no tabs or line breaks inside. */
const field = (text: string) => oneLine(text);

/**
 * Anki's plain-text import: front (word), back (pinyin and meaning), sentence, tags, one note a
 * line, with the header lines Anki 2.1.54+ reads so it needs no settings in its import dialog.
 */
export function vocabularyAnki(entries: readonly VocabularyEntry[]): string {
  const lines = entries.map((entry) =>
    [
      field(
        entry.traditional && entry.traditional !== entry.word
          ? `${entry.word} (${entry.traditional})`
          : entry.word,
      ),
      field(`${entry.pinyin} — ${entry.definitions.join('; ')}`),
      field(entry.sentence),
      field(`yuedu ${entry.articleId.replace(/\s+/g, '_')}`),
    ].join('\t'),
  );
  return ['#separator:tab', '#html:false', '#tags column:4', ...lines, ''].join('\n');
}

/** The file name an export is saved under. */
export function vocabularyFilename(format: VocabularyFormat, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  return format === 'markdown' ? `yuedu-vocabulary-${day}.md` : `yuedu-vocabulary-${day}.txt`;
}
