import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { TermProbe } from '../../../main/search/termProbe';

describe('TermProbe', () => {
  it('reads which terms a MiniSearch index holds (guards the internal it relies on)', () => {
    const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
    mini.add({ id: 'a', text: 'alpha beta' });
    const probe = new TermProbe(mini);
    expect(probe.has('alpha')).toBe(true);
    expect(probe.has('alp')).toBe(false);
    expect(probe.has('gamma')).toBe(false);
    mini.add({ id: 'b', text: 'gamma' });
    expect(probe.has('gamma')).toBe(true);
    mini.remove({ id: 'b', text: 'gamma' });
    expect(probe.has('gamma')).toBe(false);
  });
});
