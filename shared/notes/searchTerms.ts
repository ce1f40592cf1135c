/**
 * How note search cuts text into words and compares them: letters and digits make a word, case and
 * accents do not count ("tomas" is "Tomás"), and the small words of English that every note has
 * ("the", "to", "what") are not searched by: they would match nearly every note, find nothing in
 * particular and make each search slow. The index and the highlighting use the same rules, so
 * every word that matched is the word marked.
 */

/** A run of letters, digits and combining marks (so a decomposed "Tomás" stays one word). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;
/** Letters that carry their accent in themselves, so taking the marks off leaves them as they are. */
const FOLDED: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const UNFOLDED = /[øłđħıßæœþ]/g;

/** A span of a text, as character offsets: from start, up to and not including end. */
export interface Mark {
  start: number;
  end: number;
}

/** A text with the spans the search matched in it. */
export interface Marked {
  text: string;
  marks: Mark[];
}

const SMALL_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her him his ' +
    'how i if in into is it its me my of on or our she should so than that the their them then ' +
    'there these they this those to too us was we were what when where which who whom why will ' +
    'with would you your'
  ).split(' '),
);

export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/** Words already compared: a cohort's notes say the same words over and over. */
const terms = new Map<string, string>();
const MAX_REMEMBERED = 50_000;

/** The form a word is compared in: no accents, lower case. */
export function termOf(word: string): string {
  let term = terms.get(word);
  if (term === undefined) {
    term = word
      .normalize('NFD')
      .replace(MARKS, '')
      .toLowerCase()
      .replace(UNFOLDED, (letter) => FOLDED[letter]!);
    if (terms.size >= MAX_REMEMBERED) terms.clear();
    terms.set(word, term);
  }
  return term;
}

/** Whether a word is one of the small words not searched by. */
export const isSmallWord = (word: string): boolean => SMALL_WORDS.has(termOf(word));

/** The form a word is indexed and looked up by; null for a small word, which is left out. */
export const searchTermOf = (word: string): string | null => {
  const term = termOf(word);
  return SMALL_WORDS.has(term) ? null : term;
};

/** The words of `text` whose term is one of `terms`, as marks. */
export function marksIn(text: string, terms: ReadonlySet<string>): Mark[] {
  const marks: Mark[] = [];
  for (const match of text.matchAll(WORD)) {
    if (terms.has(termOf(match[0])))
      marks.push({ start: match.index, end: match.index + match[0].length });
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
  const first = marks[0]?.start ?? 0;
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
      .filter((mark) => mark.start >= start && mark.end <= end)
      .map((mark) => ({ start: mark.start - start, end: mark.end - start })),
    cutBefore: start > 0,
    cutAfter: end < text.length,
  };
}
