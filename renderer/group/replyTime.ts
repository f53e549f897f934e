import type { Language } from '../../shared/model/settings';
import { htmlLang } from '../i18n/messages';
import { dateFormat } from '../i18n/formatDate';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const relativeFormats = new Map<Language, Intl.RelativeTimeFormat>();

function relativeFormat(language: Language): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(language);
  if (!format) {
    format = new Intl.RelativeTimeFormat(htmlLang(language), { numeric: 'auto' });
    relativeFormats.set(language, format);
  }
  return format;
}

/**
 * When a reply or note was written, as a reader says it: "just now", "5 minutes ago", "3 hours
 * ago" within a day, else the date and time; `absolute` always has the full date and time.
 */
export function replyTime(
  iso: string,
  language: Language,
  now: Date,
): { label: string; absolute: string } {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { label: iso, absolute: iso };
  const absolute = dateFormat(language, true).format(date);
  const ago = now.getTime() - date.getTime();
  if (ago < 0 || ago >= DAY) return { label: absolute, absolute };
  const relative = relativeFormat(language);
  if (ago < MINUTE) return { label: relative.format(0, 'second'), absolute };
  if (ago < HOUR) return { label: relative.format(-Math.floor(ago / MINUTE), 'minute'), absolute };
  return { label: relative.format(-Math.floor(ago / HOUR), 'hour'), absolute };
}
