import type { Language } from '../../shared/model/settings';
import { dateFormat } from '../i18n/formatDate';

/** A stored ISO timestamp as date and time in the UI language, for when a member last wrote. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()) || date.getTime() === 0) return '—';
  return dateFormat(language, true).format(date);
}
