import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../main/cli/cliErrors';
import { parseCommandLine } from '../../../../main/cli/parseCommandLine';

const line = (...argv: string[]) => parseCommandLine(argv).line;

/** `pack export --article a … --out p.json` with one `--member` flag per value given. */
const exportForMembers = (...members: string[]) =>
  line(
    'pack',
    'export',
    '--article',
    'a',
    ...members.flatMap((m) => ['--member', m]),
    '--out',
    'p.json',
  );

describe('study group command lines', () => {
  it('reads config name and sharing, and refuses other settings', () => {
    expect(line('config', 'name', '王小明')).toEqual({ command: 'config', name: '王小明' });
    expect(line('config', 'sharing', 'private')).toEqual({
      command: 'config',
      defaultSharing: 'private',
    });
    expect(() => line('config', 'theme', 'dark')).toThrow('"config" sets "name" or "sharing"');
    expect(() => line('config', 'sharing', 'public')).toThrow(UsageError);
  });

  it('reads group actions, a folder for use, and refuses a missing or unknown action', () => {
    expect(line('group', 'use', 'shared')).toEqual({
      command: 'group',
      action: 'use',
      folder: 'shared',
    });
    expect(line('group', 'status', '--json')).toEqual({ command: 'group', action: 'status' });
    expect(() => line('group')).toThrow('"group" needs one of use, status, refresh, leave.');
    expect(() => line('group', 'use')).toThrow(UsageError);
  });

  it('reads pack export with comma-separated and listed articles, and pack import with --dry-run', () => {
    expect(
      line('pack', 'export', 'c', '--article', 'a,b', '--member', 'all', '--out', 'p.json'),
    ).toEqual({
      command: 'pack',
      action: 'export',
      articleIds: ['a', 'b', 'c'],
      members: 'all',
      out: 'p.json',
    });
    expect(line('pack', 'export', '--article', 'a', '--out', 'p.json')).toMatchObject({
      members: ['me'],
    });
    expect(exportForMembers('me', 'x,y', 'x')).toMatchObject({ members: ['me', 'x', 'y'] });
    expect(() => exportForMembers('x', 'all')).toThrow(
      '"--member all" already means every member; give it alone.',
    );
    expect(line('pack', 'import', 'p.json', '--dry-run')).toEqual({
      command: 'pack',
      action: 'import',
      file: 'p.json',
      dryRun: true,
    });
    expect(() => line('pack', 'export', '--out', 'p.json')).toThrow('needs --article');
    expect(() => line('pack')).toThrow('"pack" needs "export" or "import".');
  });

  it('reads highlight --delete with an annotation id, refusing an article id or options to create with it', () => {
    expect(line('highlight', '--delete', 'h1')).toEqual({
      command: 'highlight',
      action: 'delete',
      annotationId: 'h1',
    });
    expect(() => line('highlight', 'x', '--delete', 'h1')).toThrow(UsageError);
    expect(() => line('highlight', '--delete', 'h1', '--quote', 'q')).toThrow(
      '"highlight --delete" takes no --quote.',
    );

    expect(line('highlight', 'a1', '--from', 'h.json', '--colour', 'green')).toEqual({
      command: 'highlight',
      action: 'import',
      articleId: 'a1',
      file: 'h.json',
      color: 'green',
    });
    expect(() => line('highlight', 'a1', '--from', 'h.json', '--note', 'n')).toThrow(
      '"highlight --from" takes no --note.',
    );
  });

  it('reads --private/--shared on highlight, refusing both, and --member on notes (default all)', () => {
    expect(line('highlight', 'x', '--quote', 'q', '--private')).toMatchObject({
      sharing: 'private',
    });
    expect(line('highlight', 'x', '--quote', 'q')).toMatchObject({ sharing: undefined });
    expect(() => line('highlight', 'x', '--quote', 'q', '--private', '--shared')).toThrow(
      'not both',
    );
    expect(line('notes')).toMatchObject({ member: 'all' });
    expect(line('notes', '--member', 'me')).toMatchObject({ member: 'me' });
  });

  it('reads reply with its text', () => {
    expect(line('reply', 'id-1', '--text', '好')).toEqual({
      command: 'reply',
      action: 'add',
      annotationId: 'id-1',
      text: '好',
    });
    expect(() => line('reply', 'id-1')).toThrow('needs --text');
  });

  it('reads reply --edit with new text and reply --delete, refusing the mixtures', () => {
    expect(line('reply', '--edit', 'r-1', '--text', '改')).toEqual({
      command: 'reply',
      action: 'edit',
      replyId: 'r-1',
      text: '改',
    });
    expect(line('reply', '--delete', 'r-1')).toEqual({
      command: 'reply',
      action: 'delete',
      replyId: 'r-1',
    });
    expect(() => line('reply', '--edit', 'r-1')).toThrow('needs --text');
    expect(() => line('reply', '--edit', 'r-1', '--delete', 'r-2')).toThrow('not both');
    expect(() => line('reply', '--delete', 'r-1', '--text', 'x')).toThrow('no --text');
    expect(() => line('reply', 'id-1', '--delete', 'r-1')).toThrow();
  });

  it('reads export --group --member as one choice, several ids by commas or repeated', () => {
    expect(line('export', '--group')).toMatchObject({ members: 'all' });
    expect(line('export', '--group', '--member', 'me')).toMatchObject({ members: 'me' });
    expect(
      line('export', '--group', '--member', 'me', '--member', 'x,y', '--member', 'y'),
    ).toMatchObject({ members: ['me', 'x', 'y'] });
    expect(() => line('export', '--group', '--member', 'me', '--member', 'all')).toThrow(
      'give it alone',
    );
    expect(() => line('export', '--member', 'me')).toThrow('goes with --group');
  });
});
