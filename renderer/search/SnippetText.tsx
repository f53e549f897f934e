import type { Snippet } from '../../shared/model/search';
import { splitSnippet } from './splitSnippet';

/** A snippet with every match inside `<mark>`, as the result lists show it. */
export function SnippetText({ snippet, className }: { snippet: Snippet; className: string }) {
  return (
    <p className={className} lang="zh-CN">
      {splitSnippet(snippet).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </p>
  );
}
