import { describe, expect, it } from 'vitest';
import { cliArgsFromArgv } from '../../../main/electron/cliMode';

describe('cliArgsFromArgv', () => {
  it('gives the arguments after --cli in a packaged start', () => {
    expect(cliArgsFromArgv(['/opt/Yuedu/yuedu', '--cli', 'list', '--json'])).toEqual([
      'list',
      '--json',
    ]);
  });

  it('finds the flag after the app folder when started from a clone', () => {
    expect(cliArgsFromArgv(['/x/electron', '.', '--cli', 'search', '大湾区'])).toEqual([
      'search',
      '大湾区',
    ]);
  });

  it('gives no arguments for a bare --cli, which the CLI answers with its help', () => {
    expect(cliArgsFromArgv(['/opt/Yuedu/yuedu', '--cli'])).toEqual([]);
  });

  it('is null for a normal start, a deep link, or --cli after a link or after --', () => {
    expect(cliArgsFromArgv(['/opt/Yuedu/yuedu'])).toBeNull();
    expect(cliArgsFromArgv(['/opt/Yuedu/yuedu', 'yuedu://article/a'])).toBeNull();
    expect(cliArgsFromArgv(['/opt/Yuedu/yuedu', 'yuedu://article/a', '--cli', 'list'])).toBeNull();
    expect(cliArgsFromArgv(['/opt/Yuedu/yuedu', '--', '--cli'])).toBeNull();
  });

  it('never mistakes the executable itself for the flag', () => {
    expect(cliArgsFromArgv(['--cli'])).toBeNull();
  });
});
