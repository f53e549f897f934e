import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Creator, PlacedAnnotation } from '../../shared/model/annotation';
import type { GroupNote } from '../../shared/model/group';
import { filterCounts, matchesFilter, showsOwn, type NotesFilter } from '../group/notesFilter';
import { ReplyThread, type ReplyActions } from '../group/ReplyThread';
import { useI18n } from '../i18n/I18nContext';
import type { MemberLayer } from '../reader/ArticleBlock';
import { OrphanedList } from './OrphanedList';
import { shortQuote } from './shortQuote';

interface NotesPanelProps {
  id: string;
  /** Closed, it is hidden; the toolbar's Notes button opens it again. */
  open: boolean;
  /** A drawer over the article (narrow windows), which takes focus when it opens. */
  drawer: boolean;
  /** The article's anchored highlights in reading order. */
  annotations: readonly PlacedAnnotation[];
  /** Highlights that lost their place; listed apart so they are never silently dropped. */
  orphans: readonly PlacedAnnotation[];
  reattachingId: string | null;
  onReveal: (id: string) => void;
  onDelete: (id: string) => Promise<boolean>;
  onReattach: (id: string) => void;
  onClose: () => void;
  /** In a study group: other members' notes, the filter, replies and hidden members. */
  group?: NotesPanelGroup;
}

/** What the notes panel needs to show a study group's notes beside the reader's own. */
export interface NotesPanelGroup {
  meId: string | null;
  /** Other (not hidden) members' anchored notes, each with its member style. */
  others: readonly MemberLayer[];
  /** The reader's own notes as the group sees them, by id, for their replies. */
  own: ReadonlyMap<string, GroupNote>;
  filter: NotesFilter;
  onFilter: (filter: NotesFilter) => void;
  replyActions: ReplyActions;
  hidden: readonly Creator[];
  onShowMember: (id: string) => void;
}

type Entry = { kind: 'own'; annotation: PlacedAnnotation } | { kind: 'member'; layer: MemberLayer };

/** How many entries the list draws at first; a long group discussion shows more on request. */
export const NOTES_PAGE = 100;

const startOf = (entry: Entry) =>
  (entry.kind === 'own' ? entry.annotation : entry.layer.note).target.position.start;

/**
 * The article's highlights in reading order, each one a way to reach it or delete it, then its
 * orphans: a column beside the article on wide windows, a drawer over it on narrow ones.
 */
export function NotesPanel({
  id,
  open,
  drawer,
  annotations,
  orphans,
  reattachingId,
  onReveal,
  onDelete,
  onReattach,
  onClose,
  group,
}: NotesPanelProps) {
  const { t } = useI18n();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (open && drawer) heading.current?.focus();
  }, [open, drawer]);

  const filter = group?.filter ?? 'all';
  const others = group?.others;
  const counts = useMemo(
    () =>
      filterCounts([
        ...annotations.map((a) => ({ mine: true, creator: a.creator })),
        ...(others ?? []).map((o) => ({ mine: false, creator: o.note.creator })),
      ]),
    [annotations, others],
  );
  const entries = useMemo(() => {
    const all: Entry[] = [
      ...annotations.map((annotation) => ({ kind: 'own' as const, annotation })),
      ...(others ?? []).map((layer) => ({ kind: 'member' as const, layer })),
    ];
    return all
      .filter((entry) =>
        entry.kind === 'own'
          ? matchesFilter({ mine: true, creator: entry.annotation.creator }, filter)
          : matchesFilter({ mine: false, creator: entry.layer.note.creator }, filter),
      )
      .sort((a, b) => startOf(a) - startOf(b));
  }, [annotations, others, filter]);
  const [shown, setShown] = useState(NOTES_PAGE);
  const filterKnown =
    filter === 'all' || filter === 'mine' || counts.members.some((m) => m.id === filter);

  /** Deletes one item and keeps keyboard focus in the list, on the item that took its place. */
  const deleteItem = (id: string, index: number) => {
    void onDelete(id).then((deleted) => {
      if (!deleted) return;
      requestAnimationFrame(() => {
        const items = panel.current?.querySelectorAll<HTMLElement>('.notes-list .note-item') ?? [];
        (items[Math.min(index, items.length - 1)] ?? heading.current)?.focus();
      });
    });
  };

  return (
    <aside
      ref={panel}
      id={id}
      className={drawer ? 'notes-panel notes-drawer' : 'notes-panel'}
      aria-labelledby={headingId}
      hidden={!open}
    >
      <div className="panel-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {t('notes.heading')}
        </h2>
        <button
          type="button"
          className="button subtle"
          aria-label={t('notes.close')}
          title={t('notes.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {group && (
        <div className="notes-filter">
          <label className="field-label" htmlFor={`${headingId}-filter`}>
            {t('layers.filter')}
          </label>
          <select
            id={`${headingId}-filter`}
            value={filter}
            onChange={(event) => group.onFilter(event.target.value)}
          >
            <option value="all">{t('layers.filterAll', { count: counts.all })}</option>
            <option value="mine">{t('layers.filterMine', { count: counts.mine })}</option>
            {counts.members.map((member) => (
              <option key={member.id} value={member.id}>
                {t('layers.filterMember', { name: member.name, count: member.count })}
              </option>
            ))}
            {!filterKnown && (
              <option value={filter}>
                {t('layers.filterMember', {
                  name: group.hidden.find((m) => m.id === filter)?.name ?? filter,
                  count: 0,
                })}
              </option>
            )}
          </select>
        </div>
      )}
      {group && group.hidden.length > 0 && (
        <p className="hidden-members">
          {t('layers.hiddenMembers')}{' '}
          {group.hidden.map((member) => (
            <button
              key={member.id}
              type="button"
              className="button subtle"
              onClick={() => group.onShowMember(member.id)}
            >
              {t('layers.showMember', { name: member.name })}
            </button>
          ))}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="muted">
          {annotations.length === 0 && !others?.length ? t('notes.empty') : t('layers.filterEmpty')}
        </p>
      ) : (
        <ol className="notes-list">
          {entries.slice(0, shown).map((entry, index) => {
            if (entry.kind === 'member') {
              const { note, style } = entry.layer;
              return (
                <li key={note.id} className="notes-entry member-entry">
                  <button
                    type="button"
                    className="note-item"
                    data-annotation-id={note.id}
                    onClick={() => onReveal(note.id)}
                  >
                    <span className="note-author">
                      <span className={`member-swatch member-style-${style}`} aria-hidden="true" />
                      {note.creator.name}
                    </span>
                    <span className="note-quote" lang="zh-CN" dir="auto">
                      {note.target.quote.exact}
                    </span>
                    {note.note && (
                      <span className="note-text" dir="auto">
                        {note.note}
                      </span>
                    )}
                  </button>
                  <ReplyThread
                    annotationId={note.id}
                    replies={note.replies}
                    meId={group?.meId ?? null}
                    actions={group!.replyActions}
                  />
                </li>
              );
            }
            const { annotation } = entry;
            const own = group?.own.get(annotation.id);
            return (
              <li key={annotation.id} className="notes-entry">
                <button
                  type="button"
                  className="note-item"
                  data-annotation-id={annotation.id}
                  aria-describedby={`${headingId}-${annotation.id}`}
                  onClick={() => onReveal(annotation.id)}
                >
                  <span className={`swatch swatch-${annotation.color}`} aria-hidden="true" />
                  <span className="note-quote" lang="zh-CN" dir="auto">
                    {annotation.target.quote.exact}
                  </span>
                  {annotation.note && (
                    <span className="note-text" dir="auto">
                      {annotation.note}
                    </span>
                  )}
                </button>
                <button
                  type="button"
                  className="button subtle note-delete"
                  aria-label={t('notes.deleteLabel', {
                    quote: shortQuote(annotation.target.quote.exact),
                  })}
                  onClick={() => deleteItem(annotation.id, index)}
                >
                  {t('highlight.delete')}
                </button>
                <span hidden id={`${headingId}-${annotation.id}`}>
                  {t(`color.${annotation.color}`)}
                </span>
                {group && own && (
                  <ReplyThread
                    annotationId={annotation.id}
                    replies={own.replies}
                    meId={group.meId}
                    actions={group.replyActions}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
      {entries.length > shown && (
        <button
          type="button"
          className="button subtle notes-more"
          onClick={() => setShown((n) => n + NOTES_PAGE * 10)}
        >
          {t('layers.showMore', { count: entries.length - shown })}
        </button>
      )}
      {orphans.length > 0 && showsOwn(filter) && (
        <OrphanedList
          orphans={orphans}
          reattachingId={reattachingId}
          onReattach={onReattach}
          onDelete={(id) => void onDelete(id)}
        />
      )}
    </aside>
  );
}
