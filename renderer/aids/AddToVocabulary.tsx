import { useState } from 'react';
import { useInvoke } from '../api/ApiContext';
import { ErrorMessage } from '../app/ErrorMessage';
import { useI18n } from '../i18n/I18nContext';

/** The popup's "Add to vocabulary" button: saves the word with its sentence and a link back. */
export function AddToVocabulary({
  word,
  articleId,
  offset,
}: {
  word: string;
  articleId: string;
  offset: number;
}) {
  const { t } = useI18n();
  const invoke = useInvoke();
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    setState('saving');
    const result = await invoke('vocabulary:add', { word, articleId, offset });
    setState(result.ok ? 'saved' : 'idle');
    setError(result.ok ? null : result.error.message);
  };
  return (
    <p className="dictionary-actions">
      <button
        type="button"
        className="button"
        disabled={state !== 'idle'}
        onClick={() => void add()}
      >
        {state === 'saved' ? t('vocabulary.added') : t('vocabulary.add')}
      </button>
      <ErrorMessage message={error} />
    </p>
  );
}
