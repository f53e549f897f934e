import type { Language, Settings } from '../../shared/model/settings';

/** Turns the stored preference into a concrete UI language: 'system' defers to the host. */
export function resolveLanguage(
  preference: Settings['language'],
  systemLanguage: Language,
): Language {
  return preference === 'system' ? systemLanguage : preference;
}
