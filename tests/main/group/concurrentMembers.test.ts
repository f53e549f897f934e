import { describe, expect, it } from 'vitest';
import type { Yuedu } from '../../../main/api/yuedu';
import { call, publish, twoMembers } from './twoMembers';

const BUNDLED = 'greater-bay-area-friends';
const ROUNDS = 12;

/** Highlights two characters at `start`; the id once the store confirmed it, or null if refused. */
async function highlightAt(yuedu: Yuedu, start: number): Promise<string | null> {
  const made = await yuedu.dispatch('annotations:create', {
    articleId: BUNDLED,
    start,
    end: start + 2,
    color: 'yellow',
    note: `第${start}`,
  });
  return made.ok ? (made.value as { id: string }).id : null;
}

const othersSeenBy = async (yuedu: Yuedu) =>
  new Set(
    (await call(yuedu, 'group:notes', { articleId: BUNDLED, member: 'all' }))
      .filter((n) => !n.mine)
      .map((n) => n.id),
  );

describe('two members writing at the same time', () => {
  it(
    'gets every highlight either confirmed to the other, round after round of simultaneous writes and refreshes',
    { timeout: 180_000 },
    async () => {
      const { a, b } = await twoMembers();
      const confirmed = { a: [] as string[], b: [] as string[] };
      for (let round = 0; round < ROUNDS; round += 1) {
        // Both write, publish and read the shared folder at once, as two running apps would.
        const [fromA, fromB] = await Promise.all([
          highlightAt(a, round * 6),
          highlightAt(b, round * 6 + 3),
          publish(a),
          publish(b),
        ]);
        if (fromA) confirmed.a.push(fromA);
        if (fromB) confirmed.b.push(fromB);
        await Promise.all([publish(a), publish(b)]);
      }
      expect(confirmed.a).toHaveLength(ROUNDS);
      expect(confirmed.b).toHaveLength(ROUNDS);

      // One more look each: whatever the last simultaneous round left unread is read now.
      await Promise.all([publish(a), publish(b)]);
      await Promise.all([publish(a), publish(b)]);
      expect([...(await othersSeenBy(b))].sort()).toEqual([...confirmed.a].sort());
      expect([...(await othersSeenBy(a))].sort()).toEqual([...confirmed.b].sort());
    },
  );
});
