/**
 * How note search cuts text into words and compares them: letters and digits make a word, case and
 * accents do not count ("tomas" is "Tomás"). The index and the highlighting use the same rules, so
 * every word that matched is the word marked.
 */

/** A run of letters, digits and combining marks (so a decomposed "Tomás" stays one word). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;

/** A span of a text, as character offsets: [start, end). */
export type Mark = readonly [start: number, end: number];

/** A text with the spans the search matched in it. */
export interface Marked {
  text: string;
  marks: Mark[];
}

export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/** The form a word is indexed and looked up by. */
export const termOf = (word: string): string =>
  word.normalize('NFD').replace(MARKS, '').toLowerCase();

/** The words of `text` whose term is one of `terms`, as marks. */
export function marksIn(text: string, terms: ReadonlySet<string>): Mark[] {
  const marks: Mark[] = [];
  for (const match of text.matchAll(WORD)) {
    if (terms.has(termOf(match[0]))) marks.push([match.index, match.index + match[0].length]);
  }
  return marks;
}

export const marked = (text: string, terms: ReadonlySet<string>): Marked => ({
  text,
  marks: marksIn(text, terms),
});

/** A long text cut to a window around its first mark, at word boundaries. */
export interface Snippet extends Marked {
  /** Text was left out before the window / after it. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** How much of a note a hit shows, and how much of it comes before the first match. */
const SNIPPET_CHARS = 280;
const LEAD_CHARS = 80;

export function snippetOf(text: string, terms: ReadonlySet<string>): Snippet {
  const marks = marksIn(text, terms);
  if (text.length <= SNIPPET_CHARS) return { text, marks, cutBefore: false, cutAfter: false };
  const first = marks[0]?.[0] ?? 0;
  let start = Math.max(0, first - LEAD_CHARS);
  // Start at a word, never in the middle of one.
  if (start > 0) {
    const space = text.slice(start, first).search(/\s\S/);
    start = space === -1 ? first : start + space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length) {
    const space = text.slice(start, end).search(/\s\S*$/);
    if (space > 0) end = start + space;
  }
  return {
    text: text.slice(start, end),
    marks: marks
      .filter(([from, to]) => from >= start && to <= end)
      .map(([from, to]) => [from - start, to - start] as const),
    cutBefore: start > 0,
    cutAfter: end < text.length,
  };
}
