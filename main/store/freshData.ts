import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import type { Creator } from '../../shared/model/annotation';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { CURRENT_SCHEMA_VERSION, type StoreData } from './storeData';

/** The name shown on the user's own annotations: their OS login, or a neutral fallback. */
export function localUserName(): string {
  try {
    const name = userInfo().username.trim();
    return name.length > 0 ? name : 'Reader';
  } catch {
    // userInfo throws when the account has no passwd entry (some containers).
    return 'Reader';
  }
}

/** A new local user with a stable random id, so their annotations stay attributable after sharing. */
export function createLocalUser(): Creator {
  return { id: randomUUID(), name: localUserName() };
}

/** The data of a first run: defaults, no annotations, no reading history. */
export function createFreshData(): StoreData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    revision: 0,
    user: createLocalUser(),
    settings: { ...DEFAULT_SETTINGS },
    annotations: [],
    reading: {},
    vocabulary: [],
  };
}
