import type { Language } from '../../shared/model/settings';
import { htmlLang } from './messages';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The UI language's date (or date-and-time) format, made once per language: building one costs
 * far more than using it, and a notes panel formats hundreds of times.
 */
export function dateFormat(language: Language, withTime = false): Intl.DateTimeFormat {
  const key = `${language}:${withTime}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(htmlLang(language), {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' as const } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/** A stored ISO timestamp as a date in the UI language ("Mar 5, 2025" / "2025年3月5日"). */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(language).format(date);
}
