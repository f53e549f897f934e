import type { Language } from '../../shared/model/settings';

/** Every UI string in English; its keys are the typed vocabulary the other languages must cover. */
const en = {
  'app.title': 'Yuedu',
  'app.tagline': 'Offline Chinese reader',
  'app.dismiss': 'Dismiss',
  'app.notices': 'Notices',
  'app.loading': 'Loading…',
  'nav.back': 'Back to library',
  'library.heading': 'Library',
  'library.empty': 'No articles yet.',
  'library.chars': '{count} characters',
  'library.progress': 'Reading progress',
  'library.read': '{percent}% read',
  'export.markdown': 'Export Markdown',
  'export.all': 'Export all as Markdown',
  'search.label': 'Search',
  'search.placeholder': 'Search articles…',
  'search.results': 'Search results',
  'search.none': 'No matches.',
  'search.close': 'Close search results',
  'settings.open': 'Settings',
  'settings.heading': 'Settings',
  'settings.close': 'Close settings',
  'settings.fontSize': 'Font size',
  'settings.smaller': 'Smaller text',
  'settings.larger': 'Larger text',
  'settings.theme': 'Theme',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.theme.sepia': 'Sepia',
  'settings.language': 'Language',
  'settings.language.system': 'System',
  'settings.language.en': 'English',
  'settings.language.zh': '中文（简体）',
  'reader.article': 'Article',
  'reader.source': 'Source: {source}',
  'highlight.toolbar': 'Highlight selection',
  'highlight.create': 'Highlight',
  'highlight.note': 'Note',
  'highlight.notePlaceholder': 'Add a note (optional)',
  'highlight.color': 'Colour',
  'highlight.edit': 'Edit highlight',
  'highlight.save': 'Save',
  'highlight.delete': 'Delete',
  'highlight.close': 'Close',
  'color.yellow': 'Yellow',
  'color.green': 'Green',
  'color.blue': 'Blue',
  'color.pink': 'Pink',
  'notes.heading': 'Notes',
  'notes.empty': 'Select text in the article to highlight it.',
  'notes.count': '{count} highlights',
} as const;

/** A key of the message catalogue; misspelt keys fail to compile. */
export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  'app.title': '阅读',
  'app.tagline': '离线中文阅读器',
  'app.dismiss': '关闭',
  'app.notices': '通知',
  'app.loading': '加载中…',
  'nav.back': '返回书库',
  'library.heading': '书库',
  'library.empty': '还没有文章。',
  'library.chars': '{count} 字',
  'library.progress': '阅读进度',
  'library.read': '已读 {percent}%',
  'export.markdown': '导出 Markdown',
  'export.all': '全部导出为 Markdown',
  'search.label': '搜索',
  'search.placeholder': '搜索文章…',
  'search.results': '搜索结果',
  'search.none': '没有匹配的结果。',
  'search.close': '关闭搜索结果',
  'settings.open': '设置',
  'settings.heading': '设置',
  'settings.close': '关闭设置',
  'settings.fontSize': '字号',
  'settings.smaller': '缩小字号',
  'settings.larger': '放大字号',
  'settings.theme': '主题',
  'settings.theme.light': '浅色',
  'settings.theme.dark': '深色',
  'settings.theme.sepia': '护眼',
  'settings.language': '语言',
  'settings.language.system': '跟随系统',
  'settings.language.en': 'English',
  'settings.language.zh': '中文（简体）',
  'reader.article': '文章',
  'reader.source': '来源：{source}',
  'highlight.toolbar': '标注所选文字',
  'highlight.create': '高亮',
  'highlight.note': '笔记',
  'highlight.notePlaceholder': '添加笔记（可选）',
  'highlight.color': '颜色',
  'highlight.edit': '编辑标注',
  'highlight.save': '保存',
  'highlight.delete': '删除',
  'highlight.close': '关闭',
  'color.yellow': '黄色',
  'color.green': '绿色',
  'color.blue': '蓝色',
  'color.pink': '粉色',
  'notes.heading': '笔记',
  'notes.empty': '在文章中选择文字即可高亮。',
  'notes.count': '{count} 条标注',
};

/** The complete catalogues, one per UI language. */
export const MESSAGES: Record<Language, Record<MessageKey, string>> = { en, zh };

/** Looks up a message and fills `{name}` placeholders, so translations can reorder them. */
export function formatMessage(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The BCP 47 tag for `<html lang>`, so fonts and line breaking follow the UI language. */
export function htmlLang(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}
