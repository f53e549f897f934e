/**
 * How many distinct member styles the reader draws: each one a colour (tuned per theme in
 * group.css) paired with an underline style, so members differ by more than hue alone.
 */
export const MEMBER_STYLE_COUNT = 8;

/** FNV-1a over the id's UTF-16 units: a stable, well-spread number for a member id. */
export function memberHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A style index per member: the one their id hashes to, unless a member with a smaller id took it
 * first, then the next free one. The same group always gets the same styles, on every machine;
 * only with more members than styles do two share one.
 */
export function assignMemberStyles(memberIds: Iterable<string>): Map<string, number> {
  const ids = [...new Set(memberIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const styles = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of ids) {
    let slot = memberHash(id) % MEMBER_STYLE_COUNT;
    if (taken.size < MEMBER_STYLE_COUNT) {
      while (taken.has(slot)) slot = (slot + 1) % MEMBER_STYLE_COUNT;
    }
    taken.add(slot);
    styles.set(id, slot);
  }
  return styles;
}
