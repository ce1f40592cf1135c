/**
 * A display order that has to name every word of a vocabulary. A list that leaves one out fails to
 * compile, so a word added to the vocabulary cannot silently go missing from a screen or a report
 * that lists them; the vocabulary tests catch a word listed twice.
 */

type Missing<K extends string, L extends readonly K[]> = Exclude<K, L[number]>;

export const inOrder =
  <K extends string>() =>
  <const L extends readonly K[]>(
    list: L & ([Missing<K, L>] extends [never] ? unknown : { missing: Missing<K, L> }),
  ): readonly K[] =>
    list;
