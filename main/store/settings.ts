import { z } from 'zod';
import type { Settings } from '../../shared/model/settings';
import { FONT_SIZE_RANGE } from '../../shared/model/settings';
import { AppFailure } from '../appFailure';
import { settingsPatchSchema } from './schema';
import type { Store } from './store';

const patchSchema = settingsPatchSchema;

/** Explains a rejected patch in words the settings screen can show. */
function describeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue?.path[0] === 'fontSize') {
    return `Font size must be a whole number from ${FONT_SIZE_RANGE.min} to ${FONT_SIZE_RANGE.max}.`;
  }
  return `Invalid settings: ${z.prettifyError(error)}`;
}

/**
 * Applies a partial settings change after checking every field (font size in FONT_SIZE_RANGE,
 * known theme and language, no unknown keys); returns the settings as saved.
 */
export async function updateSettings(store: Store, patch: Partial<Settings>): Promise<Settings> {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const parsed = patchSchema.safeParse(defined);
  if (!parsed.success) throw new AppFailure('invalid-payload', describeProblem(parsed.error));
  return store.update((data) => {
    data.settings = { ...data.settings, ...parsed.data };
    return { ...data.settings };
  });
}
