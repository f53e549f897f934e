import { useEffect, useRef, type RefObject } from 'react';
import type { DictionaryMatch } from '../../shared/model/dictionary';
import { useI18n } from '../i18n/I18nContext';
import { DictionaryHead } from './DictionaryHead';
import type { Edges } from '../reader/placeFloating';
import { useFloatingPlacement } from '../reader/useFloatingPlacement';

/**
 * The dictionary popup: the longest word at the character, every entry of it (simplified,
 * traditional, pinyin, definitions), then the shorter words starting there, like Zhongwen.
 */
export function DictionaryPopup({
  matches,
  containerRef,
  anchor,
  takeFocus,
  onClose,
  actions,
}: {
  matches: DictionaryMatch[];
  containerRef: RefObject<HTMLElement | null>;
  /** The word looked up, in the container's coordinates; the popup goes where it fits beside it. */
  anchor: Edges;
  takeFocus: boolean;
  onClose: () => void;
  /** Buttons for the main word (Add to vocabulary). */
  actions?: React.ReactNode;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useFloatingPlacement(ref, containerRef, anchor);
  useEffect(() => {
    if (takeFocus) ref.current?.focus({ preventScroll: true });
  }, [takeFocus, matches]);
  const [main, ...shorter] = matches;
  return (
    <div
      ref={ref}
      className="dictionary-popup"
      role="dialog"
      aria-label={t('dictionary.label')}
      tabIndex={-1}
    >
      {!main ? (
        <p className="muted">{t('dictionary.noEntry')}</p>
      ) : (
        <>
          {main.entries.map((entry, index) => (
            <section key={index} className="dictionary-entry">
              <DictionaryHead word={entry.simplified} entry={entry} />
              <ol className="dictionary-definitions">
                {entry.definitions.map((definition, n) => (
                  <li key={n}>{definition}</li>
                ))}
              </ol>
            </section>
          ))}
          {actions}
          {shorter.length > 0 && (
            <ul className="dictionary-shorter" aria-label={t('dictionary.shorter')}>
              {shorter.flatMap((match) =>
                match.entries.map((entry, index) => (
                  <li key={`${match.word}-${index}`}>
                    <span lang="zh-CN">{entry.simplified}</span>{' '}
                    <span className="dictionary-pinyin">{entry.pinyin}</span>{' '}
                    <span className="muted">{entry.definitions.slice(0, 2).join('; ')}</span>
                  </li>
                )),
              )}
            </ul>
          )}
        </>
      )}
      <p className="dictionary-footer">
        <span className="muted">{t('dictionary.keys')}</span>
        <button type="button" className="button" onClick={onClose}>
          {t('dictionary.close')}
        </button>
      </p>
    </div>
  );
}
