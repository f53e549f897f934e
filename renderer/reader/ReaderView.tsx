import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
} from 'react';
import type { HighlightColor } from '../../shared/model/annotation';
import { HighlightPopover } from '../annotations/HighlightPopover';
import { NotesPanel } from '../annotations/NotesPanel';
import { ReattachBanner } from '../annotations/ReattachBanner';
import { ReattachToolbar } from '../annotations/ReattachToolbar';
import { SelectionToolbar } from '../annotations/SelectionToolbar';
import { UndoControls, type StatusMessage } from '../annotations/UndoControls';
import { useTextSelection } from '../annotations/useTextSelection';
import { useUndoableAnnotations } from '../annotations/useUndoableAnnotations';
import { useUndoShortcuts } from '../annotations/useUndoShortcuts';
import { ErrorMessage } from '../app/ErrorMessage';
import { ExportButton } from '../export/ExportButton';
import { useI18n } from '../i18n/I18nContext';
import { anchorBelow, type AnchorPosition } from './anchorPosition';
import { ArticleBlock } from './ArticleBlock';
import { focusMark } from './focusMark';
import { HitBar } from './HitBar';
import { scrollToElement } from './scrollToElement';
import type { Span } from './segmentRange';
import { useArticle } from './useArticle';
import { useHitKeys } from './useHitKeys';
import { useReadingPosition } from './useReadingPosition';
import { useSearchHits } from './useSearchHits';
import { titleBlockIndex } from './titleBlock';
import type { Settings } from '../../shared/model/settings';
import { copyCanonical } from '../aids/canonicalCopy';
import { AddToVocabulary } from '../aids/AddToVocabulary';
import { DictionaryPopup } from '../aids/DictionaryPopup';
import { ReadingAidsBar } from '../aids/ReadingAidsBar';
import { needsReadings, type AidsDisplay } from '../aids/rubyPlan';
import { useArticleReadings } from '../aids/useArticleReadings';
import { useDictionaryPopup } from '../aids/useDictionaryPopup';

const POPOVER_WIDTH = 320;
const NO_HITS: Span[] = [];
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
  onBack,
  settings,
  onSettingsChange,
}: {
  id: string;
  hit: Span | null;
  query?: string | null;
  note?: string | null;
  onBack: () => void;
  /** The reader's preferences, for the reading aids in the toolbar; absent, the aids stay off. */
  settings?: Settings;
  onSettingsChange?: (change: Partial<Settings>) => void;
}) {
  const { t } = useI18n();
  const { article, error } = useArticle(id);
  const {
    annotations,
    error: annotationError,
    create,
    update,
    remove,
    reattach,
    undo,
    redo,
    canUndo,
    canRedo,
  } = useUndoableAnnotations(id);
  const containerRef = useRef<HTMLElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const { pending, readSelection, dismiss } = useTextSelection(
    articleRef,
    containerRef,
    toolbarRef,
  );
  const [active, setActive] = useState<{ id: string; position: AnchorPosition } | null>(null);
  const [reattachingId, setReattachingId] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
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
  const dictionary = useDictionaryPopup(articleRef, containerRef, article?.text ?? '');

  const anchored = useMemo(() => annotations.filter((a) => a.state === 'anchored'), [annotations]);
  const orphans = useMemo(() => annotations.filter((a) => a.state === 'orphaned'), [annotations]);
  const highlightsByBlock = useMemo(
    () =>
      (article?.blocks ?? []).map((block) =>
        anchored.filter(
          (a) => a.target.position.start < block.end && a.target.position.end > block.start,
        ),
      ),
    [article, anchored],
  );
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
      hits: hitsByBlock[index] ?? NO_HITS,
      current: currentHit && overlaps(currentHit, block.start, block.end) ? currentHit : null,
      aids: runAids,
    };
  };
  const activeAnnotation = anchored.find((a) => a.id === active?.id) ?? null;
  const reattaching = annotations.find((a) => a.id === reattachingId) ?? null;

  const announce = useCallback(
    (text: string) => setStatus((last) => ({ text, seq: (last?.seq ?? 0) + 1 })),
    [],
  );

  const stepHistory = useCallback(
    async (direction: 'undo' | 'redo') => {
      const outcome = await (direction === 'undo' ? undo() : redo());
      if (!outcome) return;
      const action = t(`change.${outcome.label}`);
      announce(t(direction === 'undo' ? 'undo.undone' : 'undo.redone', { action }));
    },
    [undo, redo, t, announce],
  );
  const onUndo = useCallback(() => void stepHistory('undo'), [stepHistory]);
  const onRedo = useCallback(() => void stepHistory('redo'), [stepHistory]);
  useUndoShortcuts(onUndo, onRedo);

  const markOf = useCallback(
    (annotationId: string) =>
      articleRef.current?.querySelector<HTMLElement>(
        `mark[data-annotation-id="${CSS.escape(annotationId)}"]`,
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

  useEffect(() => {
    if (!pending && !active && !reattachingId) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      dismiss();
      closePopover();
      cancelReattach();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [pending, active, reattachingId, dismiss, closePopover, cancelReattach]);

  const openPopover = (mark: HTMLElement) => {
    const annotationId = mark.dataset.annotationId;
    const container = containerRef.current?.getBoundingClientRect();
    if (!annotationId || !container) return;
    dismiss();
    setActive({
      id: annotationId,
      position: anchorBelow(mark.getBoundingClientRect(), container, POPOVER_WIDTH),
    });
  };

  const settleOn = (annotationId: string) => {
    document.getSelection()?.removeAllRanges();
    dismiss();
    requestAnimationFrame(() => {
      const mark = markOf(annotationId);
      if (mark) focusMark(mark);
    });
  };

  const highlight = async (color: HighlightColor, note: string) => {
    if (!pending) return;
    const created = await create(pending.range, color, note);
    if (created) settleOn(created.id);
  };

  const reattachHere = async () => {
    if (!pending || !reattaching) return;
    const placed = await reattach(reattaching.id, pending.range);
    if (!placed) return;
    setReattachingId(null);
    settleOn(placed.id);
    announce(t('reattach.done'));
  };

  const reveal = (annotationId: string) => {
    const mark = markOf(annotationId);
    if (!mark) return;
    scrollToElement(mark, 'center');
    focusMark(mark);
    mark.classList.remove('flash');
    void mark.offsetWidth;
    mark.classList.add('flash');
    setTimeout(() => mark.classList.remove('flash'), FLASH_MS);
  };

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

  // Opened from a match in the user's notes: reveal that highlight once it is drawn.
  const revealedNote = useRef(false);
  useEffect(() => {
    if (!note || revealedNote.current || !article) return;
    if (!anchored.some((a) => a.id === note)) return;
    revealedNote.current = true;
    reveal(note);
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

  return (
    <>
      <main id="main" className="reader" ref={containerRef} tabIndex={-1}>
        <div className="view-header">
          <button type="button" className="button" onClick={onBack}>
            <span aria-hidden="true">‹ </span>
            {t('nav.back')}
          </button>
          <span className="view-actions">
            <UndoControls
              canUndo={canUndo}
              canRedo={canRedo}
              onUndo={onUndo}
              onRedo={onRedo}
              status={status}
            />
            <ExportButton articleId={id} />
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
            position={pending.position}
            takeFocus={pending.fromKeyboard}
            onReattach={() => void reattachHere()}
            onCancel={cancelReattach}
          />
        )}
        {pending && !reattaching && (
          <SelectionToolbar
            toolbarRef={toolbarRef}
            position={pending.position}
            takeFocus={pending.fromKeyboard}
            onHighlight={(color, note) => void highlight(color, note)}
            onDismiss={dismiss}
          />
        )}
        {dictionary.popup && !pending && !active && (
          <DictionaryPopup
            matches={dictionary.popup.matches}
            position={dictionary.popup.position}
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
            position={active.position}
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
          />
        )}
      </main>
      <NotesPanel
        annotations={anchored}
        orphans={orphans}
        reattachingId={reattachingId}
        onReveal={reveal}
        onDelete={remove}
        onReattach={startReattach}
      />
    </>
  );
}
