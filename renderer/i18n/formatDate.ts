import type { Language } from '../../shared/model/settings';
import { htmlLang } from './messages';

/** A stored ISO timestamp as a date in the UI language ("Mar 5, 2025" / "2025年3月5日"). */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(htmlLang(language), { dateStyle: 'medium' }).format(date);
}
