import { z } from 'zod';

/** What the seed text cannot say about a bundled article: its stable id, its title and its source. */
export interface ManifestEntry {
  id: string;
  /** The first characters of the article's canonical text, which is how the entry finds its article. */
  startsWith: string;
  title: string;
  source: string;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const entrySchema = z.strictObject({
  id: z
    .string({ error: 'id must be a string' })
    .regex(SLUG, { error: 'id must be a lowercase slug such as "greater-bay-area-friends"' }),
  startsWith: z
    .string({ error: 'startsWith must be a string' })
    .refine((s) => s.trim().length >= 4, { error: 'startsWith must hold at least 4 characters' }),
  title: z
    .string({ error: 'title must be a string' })
    .refine((s) => s.trim() !== '', { error: 'title must not be empty' }),
  source: z
    .string({ error: 'source must be a string' })
    .refine((s) => s.trim() !== '', { error: 'source must not be empty' }),
});

/** Raised for a manifest the build must not guess around; the message names the file and the entry. */
export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

/** Parses manifest.json text, so a typo in a hand-written file fails loudly with its location. */
export function parseManifestText(raw: string, fileName: string): ManifestEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new ManifestError(`${fileName}: not valid JSON (${(error as Error).message})`);
  }
  return validateManifest(json, fileName);
}

/** Checks an already-parsed manifest: an array of entries with unique ids and unique startsWith. */
export function validateManifest(json: unknown, fileName: string): ManifestEntry[] {
  if (!Array.isArray(json)) throw new ManifestError(`${fileName}: must be a JSON array of entries`);
  const problems: string[] = [];
  const entries: ManifestEntry[] = [];
  json.forEach((item, index) => {
    const result = entrySchema.safeParse(item);
    if (result.success) entries.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push(`${entryLabel(item, index)}: ${issue.message}`);
  });
  for (const key of ['id', 'startsWith'] as const) {
    const seen = new Map<string, number>();
    json.forEach((item, index) => {
      const value = (item as Partial<ManifestEntry> | null)?.[key];
      if (typeof value !== 'string') return;
      const first = seen.get(value);
      if (first === undefined) seen.set(value, index);
      else problems.push(`${entryLabel(item, index)}: ${key} repeats entry ${first + 1}`);
    });
  }
  if (problems.length > 0) throw new ManifestError(`${fileName}:\n  ${problems.join('\n  ')}`);
  return entries;
}

function entryLabel(item: unknown, index: number): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `entry ${index + 1} (id "${id}")` : `entry ${index + 1}`;
}
