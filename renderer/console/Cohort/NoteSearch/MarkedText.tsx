import type { Mark } from '../../../../shared/notes/searchTerms.ts';

/** A text with the words the search matched in <mark>. */
export function MarkedText({ text, marks }: { text: string; marks: readonly Mark[] }) {
  const parts = [];
  let at = 0;
  for (const { start, end } of marks) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
