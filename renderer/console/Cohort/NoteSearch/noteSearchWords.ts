/** What the note search says about its answer, in words. */
import type { NoteSearchAnswer } from '../../../../shared/contract/requests/notes.ts';

const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join(', ');

/** The line under the search box: how many notes match, or that none does, and why. */
export function answerWords(query: string, answer: NoteSearchAnswer): string {
  const asked = query.trim();
  const left =
    answer.ignored.length > 0
      ? ` ${quoted(answer.ignored)} ${answer.ignored.length === 1 ? 'is' : 'are'} too common to search by.`
      : '';
  if (answer.total === 0) return `No notes match “${asked}”.${left}`;
  const count = answer.total === 1 ? '1 note matches' : `${answer.total} notes match`;
  const shown = answer.hits.length < answer.total ? `, the best ${answer.hits.length} first` : '';
  return `${count} “${asked}”${shown}.${left}`;
}
