import {
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { HighlightColor } from '../../shared/model/annotation';
import type { Block } from '../../shared/model/article';
import type { GroupNote } from '../../shared/model/group';
import { ChangeToast, type ChangeNotice } from '../annotations/ChangeToast';
import { HighlightPopover } from '../annotations/HighlightPopover';
import { ImportAnnotations } from '../annotations/ImportAnnotations';
import { NotesPanel } from '../annotations/NotesPanel';
import { ReattachBanner } from '../annotations/ReattachBanner';
import { ReattachToolbar } from '../annotations/ReattachToolbar';
import { SelectionToolbar } from '../annotations/SelectionToolbar';
import type { ChangeLabel } from '../annotations/undoHistory';
import { UndoControls } from '../annotations/UndoControls';
import { useNotesDrawer } from '../annotations/useNotesDrawer';
import { usePendingMark } from '../annotations/usePendingMark';
import { useTextSelection } from '../annotations/useTextSelection';
import { useUndoableAnnotations } from '../annotations/useUndoableAnnotations';
import { useUndoShortcuts } from '../annotations/useUndoShortcuts';
import { ErrorMessage } from '../app/ErrorMessage';
import { ExportButton } from '../export/ExportButton';
import { useI18n } from '../i18n/I18nContext';
import { ArticleBlock, drawsAlike, type MemberLayer } from './ArticleBlock';
import { bucketByBlock } from './bucketByBlock';
import { keepUnchangedBuckets } from './keepUnchangedBuckets';
import { useScreenFirstRollout, type RolloutOptions } from './useScreenFirstRollout';
import { assignMemberStyles } from '../group/memberStyles';
import { MemberNotePopover } from '../group/MemberNotePopover';
import { OwnGroupSection } from '../group/OwnGroupSection';
import { countShown } from '../group/notesFilter';
import { useGroupNotes } from '../group/useGroupNotes';
import { focusMark } from './focusMark';
import { HitBar } from './HitBar';
import type { Edges } from './placeFloating';
import { scrollToElement } from './scrollToElement';
import type { Span } from './segmentRange';
import { useArticle } from './useArticle';
import { useHitKeys } from './useHitKeys';
import { useReadingPosition } from './useReadingPosition';
import { useSearchHits } from './useSearchHits';
import { titleBlockIndex } from './titleBlock';
import { edgesWithin } from './useFloatingPlacement';
import type { Settings } from '../../shared/model/settings';
import { copyCanonical } from '../aids/canonicalCopy';
import { AddToVocabulary } from '../aids/AddToVocabulary';
import { DictionaryPopup } from '../aids/DictionaryPopup';
import { ReadingAidsBar } from '../aids/ReadingAidsBar';
import { needsReadings, type AidsDisplay } from '../aids/rubyPlan';
import { useArticleReadings } from '../aids/useArticleReadings';
import { useDictionaryPopup } from '../aids/useDictionaryPopup';
import { useRubyRollout } from '../aids/useRubyRollout';

const NO_HITS: Span[] = [];
const NO_BLOCKS: Block[] = [];
const NO_MEMBERS: MemberLayer[] = [];
// A newly opened article shows no member's layer until the rollout draws the blocks on screen.
const LAYERS_ROLLOUT: RolloutOptions<readonly MemberLayer[]> = {
  opening: (target) => target.map(() => NO_MEMBERS),
  instant: (layers) => layers.length === 0,
  stepChars: 400,
  // Marks move no text, so a paragraph below the screen can wait for the first idle moment.
  screenMargin: 0,
};
const NO_IDS: string[] = [];
const FLASH_MS = 1600;

const overlaps = (span: Span, from: number, to: number) => span.start < to && span.end > from;

/**
 * The reading screen: the article, its highlights, the selection toolbar and the notes panel.
 * Opened from a search, it marks every hit of the query and walks them; opened from a match in
 * the user's notes, it reveals that highlight.
 */
export function ReaderView({
  id,
  hit,
  query = null,
  note = null,
  notesPanelToggles = 0,
  onBack,
  settings,
  onSettingsChange,
}: {
  id: string;
  hit: Span | null;
  query?: string | null;
  note?: string | null;
  /** How often the desktop app's View → Notes Panel was chosen; each one opens or closes the panel. */
  notesPanelToggles?: number;
  onBack: () => void;
  /** The reader's preferences, for the reading aids in the toolbar; absent, the aids stay off. */
  settings?: Settings;
  onSettingsChange?: (change: Partial<Settings>) => void;
}) {
  const { t } = useI18n();
  const { article, error } = useArticle(id);
  const [notice, setNotice] = useState<ChangeNotice | null>(null);
  const notify = useCallback(
    (text: string, action: ChangeNotice['action']) =>
      setNotice((last) => ({ text, action, seq: (last?.seq ?? 0) + 1 })),
    [],
  );
  const dismissNotice = useCallback(() => setNotice(null), []);
  const onRecorded = useCallback(
    (label: ChangeLabel) => notify(t(`done.${label}`), 'undo'),
    [notify, t],
  );
  const {
    annotations,
    loaded: annotationsLoaded,
    error: annotationError,
    create,
    update,
    remove,
    reattach,
    undo,
    redo,
    canUndo,
    canRedo,
    reload: reloadAnnotations,
  } = useUndoableAnnotations(id, onRecorded);
  const containerRef = useRef<HTMLElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const { pending, readSelection, dismiss } = useTextSelection(
    articleRef,
    containerRef,
    toolbarRef,
  );
  usePendingMark(articleRef, pending?.range ?? null);
  const [active, setActive] = useState<{ id: string; anchor: Edges; focusNote: boolean } | null>(
    null,
  );
  const [reattachingId, setReattachingId] = useState<string | null>(null);
  const [lastColor, setLastColor] = useState<HighlightColor>('yellow');
  const notes = useNotesDrawer();
  const { toggle: toggleNotes } = notes;
  const seenToggles = useRef(notesPanelToggles);
  useEffect(() => {
    if (notesPanelToggles === seenToggles.current) return;
    seenToggles.current = notesPanelToggles;
    toggleNotes();
  }, [notesPanelToggles, toggleNotes]);
  const notesToggle = useRef<HTMLButtonElement>(null);
  const searchHits = useSearchHits(id, query, hit);
  const currentHit = searchHits.hits[searchHits.index] ?? null;
  useReadingPosition(
    article,
    articleRef,
    hit ? '.search-hit.current' : note ? `mark[data-annotation-id="${CSS.escape(note)}"]` : null,
  );

  const pinyinMode = settings?.pinyin ?? 'off';
  const toneColours = settings?.toneColours ?? 'off';
  const level = settings?.level ?? 1000;
  const display = useMemo<AidsDisplay>(
    () => ({ pinyin: pinyinMode, toneColours, level }),
    [pinyinMode, toneColours, level],
  );
  const { readings } = useArticleReadings(id, needsReadings(display));
  const runAids = useMemo(
    () => (readings && needsReadings(display) ? { readings, display } : null),
    [readings, display],
  );
  const blockAids = useRubyRollout(runAids, article?.blocks ?? NO_BLOCKS, articleRef);
  const dictionary = useDictionaryPopup(articleRef, containerRef, article?.text ?? '');

  const anchored = useMemo(() => annotations.filter((a) => a.state === 'anchored'), [annotations]);
  const orphans = useMemo(() => annotations.filter((a) => a.state === 'orphaned'), [annotations]);
  const highlightsByBlock = useMemo(
    () => bucketByBlock(article?.blocks ?? [], anchored, (a) => a.target.position),
    [article, anchored],
  );

  // The study group's layers: every other member's highlights, in that member's style.
  const group = useGroupNotes(id, article?.text ?? null, annotationsLoaded ? annotations : null);
  const hiddenMembers = settings?.hiddenMembers ?? NO_IDS;
  const { memberLayers, ownGroupNotes, hiddenCreators } = useMemo(() => {
    const styles = assignMemberStyles(group.notes.filter((n) => !n.mine).map((n) => n.creator.id));
    const hidden = new Set(hiddenMembers);
    const layers: MemberLayer[] = [];
    const own = new Map<string, GroupNote>();
    const hiddenNames = new Map<string, string>();
    for (const note of group.notes) {
      if (note.mine) own.set(note.id, note);
      else if (hidden.has(note.creator.id)) hiddenNames.set(note.creator.id, note.creator.name);
      else if (note.state === 'anchored')
        layers.push({ note, style: styles.get(note.creator.id) ?? 0 });
    }
    return {
      memberLayers: layers.length > 0 ? layers : NO_MEMBERS,
      ownGroupNotes: own,
      hiddenCreators: hiddenMembers.map((memberId) => ({
        id: memberId,
        name: hiddenNames.get(memberId) ?? memberId,
      })),
    };
  }, [group.notes, hiddenMembers]);
  const inGroupPanel = group.inGroup || memberLayers.length > 0 || hiddenCreators.length > 0;
  const notesFilter = inGroupPanel ? (settings?.notesFilter ?? 'all') : 'all';
  const notesShown = useMemo(
    () =>
      countShown(
        anchored.length + orphans.length,
        memberLayers.map((layer) => layer.note),
        notesFilter,
      ),
    [anchored, orphans, memberLayers, notesFilter],
  );
  const keptOthers = useRef<ReadonlyArray<readonly MemberLayer[]> | null>(null);
  const othersByBlock = useMemo(() => {
    const buckets = bucketByBlock(
      article?.blocks ?? [],
      memberLayers,
      (o) => o.note.target.position,
    );
    keptOthers.current = keepUnchangedBuckets(keptOthers.current, buckets, drawsAlike);
    return keptOthers.current;
  }, [article, memberLayers]);
  // Thousands of group highlights cost what is on screen first; the rest are drawn in idle time.
  const { shown: othersShown, hurry: drawBlockNow } = useScreenFirstRollout(
    othersByBlock,
    article?.blocks ?? NO_BLOCKS,
    articleRef,
    LAYERS_ROLLOUT,
  );
  // The notes panel lists members' notes in a render of its own, after their marks are drawn.
  const panelOthers = useDeferredValue(memberLayers);
  const replyActions = useMemo(
    () => ({ reply: group.reply, editReply: group.editReply, deleteReply: group.deleteReply }),
    [group.reply, group.editReply, group.deleteReply],
  );
  const setHidden = (next: string[]) => onSettingsChange?.({ hiddenMembers: next });
  const hitsByBlock = useMemo(
    () =>
      (article?.blocks ?? []).map((block) =>
        searchHits.hits.filter((span) => overlaps(span, block.start, block.end)),
      ),
    [article, searchHits.hits],
  );
  // An imported article's opening heading is its title: shown once, as the page title.
  const titleIndex = useMemo(() => (article ? titleBlockIndex(article) : -1), [article]);
  const blockProps = (index: number) => {
    const block = article!.blocks[index]!;
    return {
      block,
      text: article!.text,
      highlights: highlightsByBlock[index] ?? [],
      others: othersShown[index] ?? NO_MEMBERS,
      hits: hitsByBlock[index] ?? NO_HITS,
      current: currentHit && overlaps(currentHit, block.start, block.end) ? currentHit : null,
      aids: blockAids[index] ?? null,
    };
  };
  const activeAnnotation = anchored.find((a) => a.id === active?.id) ?? null;
  const activeOther = activeAnnotation
    ? null
    : (memberLayers.find((o) => o.note.id === active?.id) ?? null);
  const reattaching = annotations.find((a) => a.id === reattachingId) ?? null;

  const stepHistory = useCallback(
    async (direction: 'undo' | 'redo') => {
      const outcome = await (direction === 'undo' ? undo() : redo());
      if (!outcome) return;
      const action = t(`change.${outcome.label}`);
      const undone = direction === 'undo';
      notify(t(undone ? 'undo.undone' : 'undo.redone', { action }), undone ? 'redo' : 'undo');
    },
    [undo, redo, t, notify],
  );
  const onUndo = useCallback(() => void stepHistory('undo'), [stepHistory]);
  const onRedo = useCallback(() => void stepHistory('redo'), [stepHistory]);
  useUndoShortcuts(onUndo, onRedo);

  const markOf = useCallback(
    (annotationId: string) =>
      articleRef.current?.querySelector<HTMLElement>(
        `mark[data-annotation-id="${CSS.escape(annotationId)}"], mark[data-annotation-ids~="${CSS.escape(annotationId)}"]`,
      ) ?? null,
    [],
  );

  const closePopover = useCallback(() => {
    if (!active) return;
    setActive(null);
    const mark = markOf(active.id);
    if (mark) focusMark(mark);
  }, [active, markOf]);

  const startReattach = (annotationId: string) => {
    document.getSelection()?.removeAllRanges();
    dismiss();
    setActive(null);
    setReattachingId(annotationId);
  };

  const cancelReattach = useCallback(() => {
    if (!reattachingId) return;
    document.getSelection()?.removeAllRanges();
    dismiss();
    setReattachingId(null);
    document
      .querySelector<HTMLElement>(`[data-reattach-id="${CSS.escape(reattachingId)}"]`)
      ?.focus();
  }, [reattachingId, dismiss]);

  const closeNotes = useCallback(() => {
    notes.close();
    notesToggle.current?.focus();
  }, [notes]);

  useEffect(() => {
    const drawerOpen = notes.drawer && notes.open;
    if (!pending && !active && !reattachingId && !drawerOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // One Escape closes the innermost thing: a toolbar or popover before the drawer under it.
      if (pending || active || reattachingId) {
        dismiss();
        closePopover();
        cancelReattach();
      } else closeNotes();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [pending, active, reattachingId, notes, dismiss, closePopover, cancelReattach, closeNotes]);

  // A click anywhere else puts the popover away, as a click outside a menu does.
  useEffect(() => {
    if (!active) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Element | null;
      if (target?.closest('.highlight-popover, mark[data-annotation-id]')) return;
      setActive(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [active]);

  const openPopover = useCallback(
    (mark: HTMLElement, focusNote = false) => {
      const annotationId = mark.dataset.annotationId;
      const container = containerRef.current?.getBoundingClientRect();
      if (!annotationId || !container) return;
      dismiss();
      setActive({
        id: annotationId,
        anchor: edgesWithin(mark.getBoundingClientRect(), container),
        focusNote,
      });
    },
    [dismiss],
  );

  // A highlight just made or moved: focus it (or open it for its note) once a render has drawn it.
  const [settling, setSettling] = useState<{ id: string; edit: boolean } | null>(null);
  const settleOn = (annotationId: string, thenEdit = false) => {
    document.getSelection()?.removeAllRanges();
    dismiss();
    setSettling({ id: annotationId, edit: thenEdit });
  };
  useEffect(() => {
    if (!settling) return;
    const mark = markOf(settling.id);
    if (!mark) return;
    setSettling(null);
    if (settling.edit) openPopover(mark, true);
    else focusMark(mark);
  }, [settling, anchored, markOf, openPopover]);

  // A colour highlights at once; without a note yet, the popover opens at its note field.
  const highlight = async (color: HighlightColor, note: string) => {
    if (!pending) return false;
    setLastColor(color);
    const created = await create(pending.range, color, note);
    if (created) settleOn(created.id, note.trim() === '');
    return created !== null;
  };

  const reattachHere = async () => {
    if (!pending || !reattaching) return;
    const placed = await reattach(reattaching.id, pending.range);
    if (!placed) return;
    setReattachingId(null);
    settleOn(placed.id);
    notify(t('reattach.done'), null);
  };

  const showMark = useCallback(
    (mark: HTMLElement) => {
      // A drawer would cover the highlight it leads to.
      if (notes.drawer) notes.close();
      scrollToElement(mark, 'center');
      focusMark(mark);
      mark.classList.remove('flash');
      void mark.offsetWidth;
      mark.classList.add('flash');
      setTimeout(() => mark.classList.remove('flash'), FLASH_MS);
    },
    [notes],
  );

  // A member's highlight in a block not drawn yet: that block is drawn first, then revealed.
  const [revealing, setRevealing] = useState<string | null>(null);
  const reveal = (annotationId: string) => {
    const mark = markOf(annotationId);
    if (!mark) {
      const layer = memberLayers.find((o) => o.note.id === annotationId);
      const index = layer
        ? (article?.blocks.findIndex((b) => b.end > layer.note.target.position.start) ?? -1)
        : -1;
      if (index < 0) return;
      drawBlockNow(index);
      setRevealing(annotationId);
      return;
    }
    showMark(mark);
  };
  useEffect(() => {
    const mark = revealing ? markOf(revealing) : null;
    if (!mark) return;
    setRevealing(null);
    showMark(mark);
  }, [revealing, othersShown, markOf, showMark]);

  useEffect(() => {
    if (searchHits.moves === 0) return;
    const mark = articleRef.current?.querySelector('.search-hit.current');
    if (mark) scrollToElement(mark, 'center');
  }, [searchHits.moves, searchHits.index]);

  const clearHits = () => {
    searchHits.clear();
    // The address keeps the article but no longer the search, so a reload does not bring hits back.
    history.replaceState(history.state, '', `#/article/${encodeURIComponent(id)}`);
  };

  useHitKeys(searchHits.hits.length > 0, !pending && !active && !reattachingId, {
    next: searchHits.next,
    previous: searchHits.previous,
    clear: clearHits,
  });

  // Opened at a highlight (a match in the notes, an exported link): reveal it once it is drawn,
  // or say why it cannot be.
  const revealedNote = useRef(false);
  useEffect(() => {
    if (!note || revealedNote.current || !article || !annotationsLoaded) return;
    revealedNote.current = true;
    if (anchored.some((a) => a.id === note)) reveal(note);
    else if (orphans.some((a) => a.id === note)) notify(t('notes.linkOrphaned'), null);
    else notify(t('notes.linkMissing'), null);
  });

  const onArticleClick = (event: ReactMouseEvent) => {
    if (reattaching) return;
    const mark = (event.target as Element).closest<HTMLElement>('mark[data-annotation-id]');
    if (mark && document.getSelection()?.isCollapsed !== false) openPopover(mark);
    else if (!mark) dictionary.onClick(event);
  };

  const onArticleKeyDown = (event: ReactKeyboardEvent) => {
    if (!pending && !active && dictionary.onKeyDown(event)) return;
    if (event.key !== 'Enter') return;
    const target = event.target as HTMLElement;
    if (target.matches('mark[data-annotation-id]') && !reattaching) {
      event.preventDefault();
      openPopover(target);
      return;
    }
    const selection = document.getSelection();
    if (target.matches('[data-block-start]') && selection && selection.isCollapsed !== false) {
      event.preventDefault();
      selection.selectAllChildren(target);
      readSelection(true);
    }
  };

  const notesPanelId = 'notes-panel';
  return (
    <>
      <main id="main" className="reader" ref={containerRef} tabIndex={-1}>
        <div className="view-header reader-toolbar" role="toolbar" aria-label={t('reader.tools')}>
          <button type="button" className="button" onClick={onBack}>
            <span aria-hidden="true">‹ </span>
            {t('nav.back')}
          </button>
          <span className="view-actions">
            <UndoControls canUndo={canUndo} canRedo={canRedo} onUndo={onUndo} onRedo={onRedo} />
            <ExportButton articleId={id} />
            {article && (
              <ImportAnnotations
                articleId={id}
                articleTitle={article.title}
                initialColor={lastColor}
                onImported={() => void reloadAnnotations()}
              />
            )}
            <button
              ref={notesToggle}
              type="button"
              className="button notes-toggle"
              aria-expanded={notes.open}
              aria-controls={notesPanelId}
              onClick={notes.toggle}
            >
              {t('notes.heading')}
              <span className="count-badge">{notesShown}</span>
            </button>
          </span>
          {settings && onSettingsChange && (
            <ReadingAidsBar settings={settings} onChange={onSettingsChange} />
          )}
        </div>
        {searchHits.hits.length > 0 && (
          <HitBar
            query={query}
            index={searchHits.index}
            count={searchHits.hits.length}
            onPrevious={searchHits.previous}
            onNext={searchHits.next}
            onClear={clearHits}
          />
        )}
        {reattaching && (
          <ReattachBanner quote={reattaching.target.quote.exact} onCancel={cancelReattach} />
        )}
        <ErrorMessage message={error} />
        <ErrorMessage message={annotationError} />
        <ErrorMessage message={group.error} />
        {!article && !error && <p className="muted">{t('app.loading')}</p>}
        {article && (
          <article
            ref={articleRef}
            className={`article tones-${toneColours}${pinyinMode === 'off' ? '' : ' with-ruby'}`}
            lang="zh-CN"
            onMouseUp={() => readSelection(false)}
            onKeyUp={(event) => {
              if (event.shiftKey) readSelection(false);
            }}
            onClick={onArticleClick}
            onMouseMove={dictionary.onMouseMove}
            onMouseLeave={dictionary.onMouseLeave}
            onCopy={(event) => copyCanonical(event, event.currentTarget, article.text)}
            onKeyDown={onArticleKeyDown}
          >
            <header className="article-header">
              {titleIndex < 0 ? (
                <h1 className="article-title" dir="auto">
                  {article.title}
                </h1>
              ) : (
                <ArticleBlock {...blockProps(titleIndex)} asTitle />
              )}
              {article.source && (
                <p className="article-source">{t('reader.source', { source: article.source })}</p>
              )}
            </header>
            {article.blocks.map((block, index) =>
              index === titleIndex ? null : (
                <ArticleBlock key={block.start} {...blockProps(index)} />
              ),
            )}
          </article>
        )}
        {pending && reattaching && (
          <ReattachToolbar
            toolbarRef={toolbarRef}
            containerRef={containerRef}
            anchor={pending.anchor}
            takeFocus={pending.fromKeyboard}
            onReattach={() => void reattachHere()}
            onCancel={cancelReattach}
          />
        )}
        {pending && !reattaching && (
          <SelectionToolbar
            key={`${pending.range.start}-${pending.range.end}`}
            toolbarRef={toolbarRef}
            containerRef={containerRef}
            anchor={pending.anchor}
            takeFocus={pending.fromKeyboard}
            lastColor={lastColor}
            onHighlight={highlight}
            onDismiss={dismiss}
          />
        )}
        {dictionary.popup && !pending && !active && (
          <DictionaryPopup
            matches={dictionary.popup.matches}
            containerRef={containerRef}
            anchor={dictionary.popup.anchor}
            takeFocus={dictionary.popup.fromKeyboard}
            onClose={() => dictionary.close(true)}
            actions={
              dictionary.popup.matches[0] && (
                <AddToVocabulary
                  key={`${dictionary.popup.offset}`}
                  word={dictionary.popup.matches[0].word}
                  articleId={id}
                  offset={dictionary.popup.offset}
                />
              )
            }
          />
        )}
        {activeAnnotation && active && (
          <HighlightPopover
            key={activeAnnotation.id}
            annotation={activeAnnotation}
            containerRef={containerRef}
            anchor={active.anchor}
            focusNote={active.focusNote}
            onColor={(color) => void update(activeAnnotation.id, { color })}
            onSaveNote={(note) =>
              void update(activeAnnotation.id, { note }).then((saved) => saved && closePopover())
            }
            onDelete={() => {
              const block = markOf(activeAnnotation.id)?.closest<HTMLElement>('[data-block-start]');
              void remove(activeAnnotation.id).then((removed) => {
                if (!removed) return;
                setActive(null);
                block?.focus({ preventScroll: true });
              });
            }}
            onClose={closePopover}
          >
            {group.inGroup && ownGroupNotes.has(activeAnnotation.id) && (
              <OwnGroupSection
                note={ownGroupNotes.get(activeAnnotation.id)!}
                meId={group.member?.id ?? null}
                actions={replyActions}
                onSharing={(sharing) => void group.setSharing(activeAnnotation.id, sharing)}
              />
            )}
          </HighlightPopover>
        )}
        {activeOther && active && (
          <MemberNotePopover
            key={activeOther.note.id}
            note={activeOther.note}
            memberStyle={activeOther.style}
            meId={group.member?.id ?? null}
            containerRef={containerRef}
            anchor={active.anchor}
            actions={replyActions}
            onHideMember={() => {
              setActive(null);
              setHidden([...new Set([...hiddenMembers, activeOther.note.creator.id])]);
            }}
            onClose={closePopover}
          />
        )}
        <ChangeToast notice={notice} onUndo={onUndo} onRedo={onRedo} onDismiss={dismissNotice} />
      </main>
      {notes.drawer && notes.open && (
        <div className="notes-backdrop" aria-hidden="true" onClick={closeNotes} />
      )}
      <NotesPanel
        id={notesPanelId}
        open={notes.open}
        drawer={notes.drawer}
        annotations={anchored}
        orphans={orphans}
        reattachingId={reattachingId}
        onReveal={reveal}
        onDelete={remove}
        onReattach={(annotationId) => {
          if (notes.drawer) notes.close();
          startReattach(annotationId);
        }}
        onClose={closeNotes}
        group={
          inGroupPanel
            ? {
                meId: group.member?.id ?? null,
                others: panelOthers,
                own: ownGroupNotes,
                filter: notesFilter,
                onFilter: (notesFilter) => onSettingsChange?.({ notesFilter }),
                replyActions,
                hidden: hiddenCreators,
                onShowMember: (memberId) =>
                  setHidden(hiddenMembers.filter((hidden) => hidden !== memberId)),
              }
            : undefined
        }
      />
    </>
  );
}
