import { z } from 'zod';
import type { Annotation } from '../../shared/model/annotation';
import {
  contextScore,
  fromCodePointOffset,
  occurrencesOf,
  type TextRange,
} from '../annotations/anchor';
import { annotationSchema } from '../store/schema';
import { colorFromStyleClass } from './highlightStyle';
import { iriToId } from './iri';
import { YUEDU_POSITION_KEY } from './w3cAnnotation';

/** A reason one annotation of a backup cannot be restored; the importer names the annotation. */
export class BackupProblem extends Error {
  override name = 'BackupProblem';
}

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]));

const offset = z.int().nonnegative();

const selectorSchema = z.looseObject({ type: z.string() });
const quoteSelectorSchema = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
const positionSelectorSchema = z.looseObject({
  type: z.literal('TextPositionSelector'),
  start: offset,
  end: offset,
});

/** What Yuedu reads of a W3C annotation; other properties (and other tools' extras) are ignored. */
const w3cAnnotationSchema = z.looseObject({
  id: z.string().min(1),
  type: oneOrMany(z.string()).refine((types) => types.includes('Annotation'), {
    message: 'type must be "Annotation"',
  }),
  created: z.iso.datetime({ offset: true }),
  modified: z.iso.datetime({ offset: true }),
  creator: z.looseObject({ id: z.string().min(1), name: z.string().default('') }),
  body: oneOrMany(z.looseObject({ type: z.unknown().optional() })).optional(),
  target: z.looseObject({
    source: z.string().min(1),
    styleClass: z.union([z.string(), z.array(z.string())]).optional(),
    selector: oneOrMany(selectorSchema),
    [YUEDU_POSITION_KEY]: z
      .strictObject({ start: offset, end: offset, unit: z.literal('utf16') })
      .optional(),
  }),
});

type W3cInput = z.infer<typeof w3cAnnotationSchema>;

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

function required<T>(value: T | null, message: string): T {
  if (value === null) throw new BackupProblem(message);
  return value;
}

/** The note: the text of the first plain textual body meant as a comment (or with no purpose). */
function noteOf(bodies: W3cInput['body']): string {
  for (const body of bodies ?? []) {
    const purpose = body.purpose;
    const isComment = purpose === undefined || purpose === 'commenting';
    if (body.type === 'TextualBody' && isComment && typeof body.value === 'string')
      return body.value;
  }
  return '';
}

/**
 * Where the highlight sits in UTF-16 units: Yuedu's own stored range when present (exact, works
 * for orphans); else the W3C code-point position converted against the article's current text;
 * else the quote found again in that text.
 */
function utf16Range(
  target: W3cInput['target'],
  quote: Annotation['target']['quote'],
  articleId: string,
  articleText: string | undefined,
): TextRange {
  const stored = target[YUEDU_POSITION_KEY];
  if (stored) return { start: stored.start, end: stored.end };
  if (articleText === undefined) {
    throw new BackupProblem(
      `it has no Yuedu position and article "${articleId}" is not in the library to place it in.`,
    );
  }
  const selector = target.selector.find((s) => s.type === 'TextPositionSelector');
  if (selector) {
    const parsed = positionSelectorSchema.safeParse(selector);
    if (!parsed.success)
      throw new BackupProblem(`TextPositionSelector: ${firstIssue(parsed.error)}`);
    const range = {
      start: fromCodePointOffset(articleText, parsed.data.start),
      end: fromCodePointOffset(articleText, parsed.data.end),
    };
    if (articleText.slice(range.start, range.end) === quote.exact) return range;
  }
  return required(
    bestQuoteMatch(articleText, quote),
    `its quote "${quote.exact}" is not in article "${articleId}".`,
  );
}

/** The occurrence of the quote whose surroundings best match the stored prefix and suffix. */
function bestQuoteMatch(text: string, quote: Annotation['target']['quote']): TextRange | null {
  let best: { range: TextRange; score: number } | null = null;
  for (const range of occurrencesOf(text, quote.exact)) {
    const score = contextScore(text, range, quote);
    if (!best || score > best.score) best = { range, score };
  }
  return best?.range ?? null;
}

/**
 * Reads one W3C annotation back into Yuedu's stored form, exactly as it was exported, and checks
 * it with the store's own schema. Throws BackupProblem with a reason a user can read.
 */
export function fromW3cAnnotation(
  raw: unknown,
  articleText: (articleId: string) => string | undefined,
): Annotation {
  const parsed = w3cAnnotationSchema.safeParse(raw);
  if (!parsed.success) throw new BackupProblem(firstIssue(parsed.error));
  const w3c = parsed.data;
  const id = required(iriToId('annotation', w3c.id), `id "${w3c.id}" is not a Yuedu id.`);
  const articleId = required(
    iriToId('article', w3c.target.source),
    `target.source "${w3c.target.source}" is not a Yuedu article.`,
  );
  const creatorId = required(
    iriToId('user', w3c.creator.id),
    `creator.id "${w3c.creator.id}" is not a Yuedu user id.`,
  );
  const quoteSelector = quoteSelectorSchema.safeParse(
    w3c.target.selector.find((s) => s.type === 'TextQuoteSelector'),
  );
  if (!quoteSelector.success) {
    throw new BackupProblem(`target.selector: a TextQuoteSelector with "exact" text is required.`);
  }
  const quote = {
    exact: quoteSelector.data.exact,
    prefix: quoteSelector.data.prefix ?? '',
    suffix: quoteSelector.data.suffix ?? '',
  };
  let range: TextRange;
  try {
    range = utf16Range(w3c.target, quote, articleId, articleText(articleId));
  } catch (error) {
    if (error instanceof BackupProblem) throw error;
    throw new BackupProblem((error as Error).message);
  }
  const annotation: Annotation = {
    id,
    articleId,
    creator: { id: creatorId, name: w3c.creator.name },
    created: w3c.created,
    modified: w3c.modified,
    color: colorFromStyleClass(w3c.target.styleClass) ?? 'yellow',
    note: noteOf(w3c.body),
    target: { position: { ...range, unit: 'utf16' }, quote },
  };
  const checked = annotationSchema.safeParse(annotation);
  if (!checked.success) throw new BackupProblem(firstIssue(checked.error));
  return checked.data;
}
