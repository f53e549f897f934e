import type { HighlightColor } from '../../shared/model/annotation';
import type { Language } from '../../shared/model/settings';

/** The words the export itself writes around the user's text, in the user's language. */
export interface ExportLabels {
  allNotesTitle: string;
  colour: string;
  colours: Record<HighlightColor, string>;
  highlighted: string;
  openInYuedu: string;
  /** The study-group export's title and the heading over a highlight's replies. */
  groupNotesTitle: string;
  replies: string;
}

const LABELS: Record<Language, ExportLabels> = {
  en: {
    allNotesTitle: 'Yuedu notes',
    colour: 'Colour',
    colours: { yellow: 'yellow', green: 'green', blue: 'blue', pink: 'pink' },
    highlighted: 'Highlighted',
    openInYuedu: 'Open in Yuedu',
    groupNotesTitle: 'Study group notes',
    replies: 'Replies',
  },
  zh: {
    allNotesTitle: '阅读笔记',
    colour: '颜色',
    colours: { yellow: '黄色', green: '绿色', blue: '蓝色', pink: '粉色' },
    highlighted: '标注于',
    openInYuedu: '在阅读中打开',
    groupNotesTitle: '学习小组笔记',
    replies: '回复',
  },
};

/** The labels for an export in `language`. */
export function exportLabels(language: Language): ExportLabels {
  return LABELS[language];
}
