/**
 * What a file in the group folder is, judged by its name before anything reads it. Sync tools
 * (Syncthing, Dropbox, OneDrive, Nextcloud, editors) leave temporary files, conflict copies and
 * backups next to the real ones; each kind is recognised so it is used safely or skipped with a reason.
 */
export type GroupFileKind =
  | { kind: 'member'; memberId: string }
  /** A sync tool's copy of a member file made when two versions clashed: merged by id, newest wins. */
  | { kind: 'conflict'; memberId: string }
  | { kind: 'temporary'; reason: string }
  | { kind: 'ignored'; reason: string };

const MEMBER_FILE = /^yuedu-member-([^/\\]+)\.json$/;

/** Markers sync tools put into a conflict copy's name, with the original name around them. */
const CONFLICT_MARKERS: ReadonlyArray<RegExp> = [
  /\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]{7})?/, // Syncthing: name.sync-conflict-20261130-101500-ABCDEFG.json
  / \((?:[^()]*'s )?conflicted copy[^()]*\)/i, // Dropbox: name (Wang's conflicted copy 2026-11-30).json
  / \(conflict(?:ed)?(?: copy)?[^()]*\)/i, // Nextcloud / ownCloud: name (conflicted copy …).json
  /-[^-]+-conflict(?:-\d+)?(?=\.json$)/i, // OneDrive: name-PCNAME-conflict.json
];

function decodeId(encoded: string): string | null {
  try {
    const id = decodeURIComponent(encoded);
    return id === '' ? null : id;
  } catch {
    return null;
  }
}

export function classifyGroupFile(name: string): GroupFileKind {
  if (name.startsWith('.') || name.startsWith('~$') || name.startsWith('.~lock')) {
    return { kind: 'temporary', reason: 'a temporary file a program is still writing; skipped.' };
  }
  if (/\.(?:tmp|temp|part|partial|crdownload|download|swp)$/i.test(name)) {
    return { kind: 'temporary', reason: 'a partial temporary file; skipped.' };
  }
  if (name.endsWith('~') || /\.(?:bak|orig)$/i.test(name)) {
    return { kind: 'ignored', reason: 'a backup copy an editor or sync tool left; skipped.' };
  }
  for (const marker of CONFLICT_MARKERS) {
    if (!marker.test(name)) continue;
    const original = MEMBER_FILE.exec(name.replace(marker, ''));
    const memberId = original ? decodeId(original[1]!) : null;
    if (memberId) return { kind: 'conflict', memberId };
    return {
      kind: 'ignored',
      reason: 'a conflict copy of a file that is not a member file; skipped.',
    };
  }
  const member = MEMBER_FILE.exec(name);
  const memberId = member ? decodeId(member[1]!) : null;
  if (memberId) return { kind: 'member', memberId };
  return { kind: 'ignored', reason: 'not a Yuedu member file; skipped.' };
}
