import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import { isDateTime, isUri } from './jsonSchemaFormats';

/**
 * Runs the web-platform-tests annotation-model assertions (JSON Schema draft-04 with the JSONtest
 * keywords of the suite's README) against any JSON, outside the browser harness they were made for.
 */

export type Severity = 'must' | 'should' | 'may';
export type Status = 'pass' | 'fail' | 'skipped' | 'unavailable';

/** What happened to one assertion for one input. */
export interface Outcome {
  test: string;
  title: string;
  /** The assertion file, or "inline" for one written in the .test file. */
  source: string;
  severity: Severity;
  status: Status;
  /** For a failure: the assertion's errorMessage and the schema errors. */
  message?: string;
}

type JsonObject = Record<string, unknown>;

interface Assertion {
  kind: 'assertion';
  title: string;
  source: string;
  schema: JsonObject;
  validate: ValidateFunction;
}
interface Condition {
  kind: 'condition';
  title: string;
  source: string;
  schema: JsonObject;
  compareWith: 'and' | 'or';
  children: Entry[];
}
interface Unavailable {
  kind: 'unavailable';
  source: string;
  /** Why it cannot run: its file is missing from the folder, or its schema does not compile. */
  reason: string;
  severity: Severity;
}
type Entry = Assertion | Condition | Unavailable | Entry[];

/** A `.test` file with every assertion loaded and compiled. */
export interface PreparedTest {
  name: string;
  file: string;
  assertions: Entry[];
}

type Action = 'continue' | 'skip' | 'abort';

const JSONTEST_KEYWORDS = [
  'assertionType',
  'expectedResult',
  'onUnexpectedResult',
  'errorMessage',
  'assertionFile',
  'assertions',
  'compareWith',
  'id',
];

function readJson(file: string): JsonObject {
  return JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
}

function filesEndingWith(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const severityOf = (schema: JsonObject): Severity =>
  schema.assertionType === 'should' || schema.assertionType === 'may'
    ? schema.assertionType
    : 'must';

const missing = (source: string): Unavailable => ({
  kind: 'unavailable',
  source,
  reason: 'its file is not in the folder',
  severity: 'must',
});

const titleOf = (schema: JsonObject, source: string): string =>
  typeof schema.title === 'string' ? schema.title.replace(/\*\*|_/g, '') : source;

/**
 * The suite's rule for a result that differs from `expectedResult`: `onUnexpectedResult` (default
 * failAndContinue) says whether it counts as a failure (`fail…`) or not (`pass…`; the suite also
 * writes `succeed…`/`suceed…`), and whether to continue, skip the rest of the list, or abort.
 */
function unexpectedResult(schema: JsonObject): { passes: boolean; action: Action } {
  const rule =
    typeof schema.onUnexpectedResult === 'string' ? schema.onUnexpectedResult : 'failAndContinue';
  const passes = /^(pass|succeed|suceed)/i.test(rule);
  const action: Action = /Skip$/.test(rule) ? 'skip' : /Abort$/.test(rule) ? 'abort' : 'continue';
  return { passes, action };
}

/** Loads the suite folder: definitions for `$ref`, then every `.test` file with its assertions. */
export class AnnotationModelSuite {
  readonly tests: PreparedTest[];
  private readonly ajv: Ajv;

  constructor(readonly root: string) {
    if (!existsSync(root)) {
      throw new Error(`The W3C annotation-model tests are not at ${root}.`);
    }
    this.ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true });
    this.ajv.addFormat('uri', isUri);
    this.ajv.addFormat('date-time', isDateTime);
    for (const file of filesEndingWith(path.join(root, 'definitions'), '.json')) {
      this.ajv.addSchema(readJson(file));
    }
    this.tests = filesEndingWith(root, '.test').map((file) => this.prepare(readJson(file), file));
  }

  /** Resolves and compiles one test (from a `.test` file, or built in memory by a test). */
  prepare(test: JsonObject, file: string): PreparedTest {
    const list = Array.isArray(test.assertions) ? test.assertions : [];
    if (list.length === 0) throw new Error(`${file} has no assertions.`);
    return {
      name: typeof test.name === 'string' ? test.name : path.basename(file),
      file: path.relative(this.root, file),
      assertions: list.map((entry) => this.resolve(entry, path.dirname(file))),
    };
  }

  /** Entries with a "/" are relative to the suite root, others to the `.test` file's folder. */
  private locate(reference: string, testDir: string): string {
    return reference.includes('/')
      ? path.join(this.root, reference)
      : path.join(testDir, reference);
  }

  private resolve(entry: unknown, testDir: string): Entry {
    if (Array.isArray(entry)) return entry.map((child) => this.resolve(child, testDir));
    if (typeof entry === 'string') {
      const file = this.locate(entry, testDir);
      if (!existsSync(file)) return missing(entry);
      return this.compile(readJson(file), entry, testDir);
    }
    if (typeof entry !== 'object' || entry === null) {
      throw new Error(`Unexpected assertion entry ${JSON.stringify(entry)}.`);
    }
    const object = entry as JsonObject;
    if (typeof object.assertionFile === 'string') {
      const file = this.locate(object.assertionFile, testDir);
      if (!existsSync(file)) return missing(object.assertionFile);
      const { assertionFile, ...overrides } = object;
      return this.compile({ ...readJson(file), ...overrides }, assertionFile, testDir);
    }
    return this.compile(object, 'inline', testDir);
  }

  private compile(schema: JsonObject, source: string, testDir: string): Entry {
    const title = titleOf(schema, source);
    if (Array.isArray(schema.assertions)) {
      return {
        kind: 'condition',
        title,
        source,
        schema,
        compareWith: schema.compareWith === 'or' ? 'or' : 'and',
        children: schema.assertions.map((child) => this.resolve(child, testDir)),
      };
    }
    // The JSONtest keywords are not JSON Schema; `id` is dropped so one file can be compiled with
    // different overrides (its $refs name the definitions by their own ids, so nothing is lost).
    const pure = Object.fromEntries(
      Object.entries(schema).filter(([key]) => !JSONTEST_KEYWORDS.includes(key)),
    );
    try {
      return { kind: 'assertion', title, source, schema, validate: this.ajv.compile(pure) };
    } catch (error) {
      // The suite has a few $refs to definitions it never defines; wpt's harness reports those
      // assertions as failing to compile, and so does this runner, without judging the input.
      return {
        kind: 'unavailable',
        source,
        reason: `its schema does not compile: ${(error as Error).message}`,
        severity: severityOf(schema),
      };
    }
  }

  /** Evaluates every test against `content`: one outcome per assertion, in suite order. */
  run(content: unknown): Outcome[] {
    const outcomes: Outcome[] = [];
    for (const test of this.tests) this.runList(test, test.assertions, content, outcomes);
    return outcomes;
  }

  /** Evaluates one prepared test; exposed so the runner's own semantics can be tested. */
  runTest(test: PreparedTest, content: unknown): Outcome[] {
    const outcomes: Outcome[] = [];
    this.runList(test, test.assertions, content, outcomes);
    return outcomes;
  }

  private runList(test: PreparedTest, list: Entry[], content: unknown, out: Outcome[]): Action {
    let action: Action = 'continue';
    for (const entry of list) {
      if (action !== 'continue') {
        this.markSkipped(test, entry, out);
        continue;
      }
      if (Array.isArray(entry)) {
        if (this.runList(test, entry, content, out) === 'abort') action = 'abort';
        continue;
      }
      if (entry.kind === 'unavailable') {
        out.push({
          test: test.name,
          title: entry.source,
          source: entry.source,
          severity: entry.severity,
          status: 'unavailable',
          message: entry.reason,
        });
        continue;
      }
      const result = this.evaluate(entry, content);
      out.push({
        test: test.name,
        title: entry.title,
        source: entry.source,
        severity: severityOf(entry.schema),
        status: result.passes ? 'pass' : result.unavailable ? 'unavailable' : 'fail',
        ...(result.passes ? {} : { message: result.message }),
      });
      action = result.action;
    }
    return action;
  }

  private markSkipped(test: PreparedTest, entry: Entry, out: Outcome[]): void {
    if (Array.isArray(entry)) {
      for (const child of entry) this.markSkipped(test, child, out);
      return;
    }
    out.push({
      test: test.name,
      title: entry.kind === 'unavailable' ? entry.source : entry.title,
      source: entry.source,
      severity: entry.kind === 'unavailable' ? entry.severity : severityOf(entry.schema),
      status: 'skipped',
    });
  }

  /**
   * One assertion or condition: validity compared with `expectedResult` (default valid); a
   * condition's validity is its children's results combined with `compareWith` (default and).
   */
  private evaluate(
    entry: Assertion | Condition,
    content: unknown,
  ): { passes: boolean; action: Action; message: string; unavailable?: boolean } {
    let valid: boolean;
    let details: string;
    if (entry.kind === 'assertion') {
      valid = entry.validate(content) as boolean;
      details = valid ? '' : this.ajv.errorsText(entry.validate.errors);
    } else {
      const children = this.flatten(entry.children).map((child) =>
        child.kind === 'unavailable' ? null : this.evaluate(child, content),
      );
      if (entry.compareWith === 'and' && children.includes(null)) {
        return {
          passes: false,
          action: 'continue',
          message: 'a grouped assertion is missing',
          unavailable: true,
        };
      }
      const known = children.filter((child) => child !== null);
      valid =
        entry.compareWith === 'or'
          ? known.some((child) => child.passes)
          : known.every((child) => child.passes);
      details = known
        .filter((child) => !child.passes)
        .map((child) => child.message)
        .join(' | ');
    }
    const expected = entry.schema.expectedResult === 'invalid' ? 'invalid' : 'valid';
    if (valid === (expected === 'valid')) return { passes: true, action: 'continue', message: '' };
    const { passes, action } = unexpectedResult(entry.schema);
    const errorMessage =
      typeof entry.schema.errorMessage === 'string'
        ? entry.schema.errorMessage
        : `Result was not ${expected}`;
    return { passes, action, message: details ? `${errorMessage} (${details})` : errorMessage };
  }

  private flatten(entries: Entry[]): Array<Assertion | Condition | Unavailable> {
    return entries.flatMap((entry) => (Array.isArray(entry) ? this.flatten(entry) : [entry]));
  }
}

/** Counts for the report line: MUST results, and SHOULD/MAY ones that are informational only. */
export function summarize(outcomes: Outcome[]) {
  const count = (severity: Severity | 'optional', status: Status) =>
    outcomes.filter(
      (o) =>
        o.status === status &&
        (severity === 'optional' ? o.severity !== 'must' : o.severity === severity),
    ).length;
  return {
    mustPassed: count('must', 'pass'),
    mustFailed: count('must', 'fail'),
    optionalPassed: count('optional', 'pass'),
    optionalNotMet: count('optional', 'fail'),
    skipped: outcomes.filter((o) => o.status === 'skipped').length,
    unavailable: outcomes.filter((o) => o.status === 'unavailable').length,
  };
}
