import type { Language } from '../../shared/model/settings';
import { htmlLang } from '../i18n/messages';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

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
  const locale = htmlLang(language);
  const absolute = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
  const ago = now.getTime() - date.getTime();
  if (ago < 0 || ago >= DAY) return { label: absolute, absolute };
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (ago < MINUTE) return { label: relative.format(0, 'second'), absolute };
  if (ago < HOUR) return { label: relative.format(-Math.floor(ago / MINUTE), 'minute'), absolute };
  return { label: relative.format(-Math.floor(ago / HOUR), 'hour'), absolute };
}
