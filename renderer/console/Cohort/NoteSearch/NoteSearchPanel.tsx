/**
 * Search the notes of every session of the cohort: as the facilitator types, the notes that match,
 * best first, with the matched words marked, each linking to its session's report. The arrow keys
 * go from the search box down the results and back; Escape clears the search.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { Search } from 'lucide-react';
import { MAX_LENGTH, MAX_NOTE_HITS } from '../../../../shared/vocabulary/limits.ts';
import fields from '../../../ui/Field/Field.module.css';
import panels from '../../../ui/Panel/Panel.module.css';
import { NoteSearchResults } from './NoteSearchResults.tsx';
import styles from './noteSearch.module.css';

/** How many notes are shown at first, and added by "Show more notes". */
const PAGE = 20;

export function NoteSearchPanel({ cohortId, noteCount }: { cohortId: string; noteCount: number }) {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  // The results (and the host's index) are fetched with the first use of the box.
  const [armed, setArmed] = useState(false);
  const box = useRef<HTMLInputElement>(null);
  const section = useRef<HTMLElement>(null);
  const idle =
    noteCount === 0
      ? 'No notes yet: the notes taken in a session can be searched here.'
      : 'Find a word in what was noted, the question on the screen or who had the floor.';

  const move = (event: KeyboardEvent, by: 1 | -1) => {
    const links = [...(section.current?.querySelectorAll<HTMLElement>('[data-hit-link]') ?? [])];
    const next = links.indexOf(document.activeElement as HTMLElement) + by;
    if (next < 0) box.current?.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
    event.preventDefault();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') move(event, 1);
    else if (event.key === 'ArrowUp' && event.target !== box.current) move(event, -1);
    else if (event.key === 'Escape' && query) {
      event.stopPropagation();
      setQuery('');
      box.current?.focus();
    }
  };

  return (
    <section
      ref={section}
      className={panels.panel}
      aria-labelledby="note-search-heading"
      onKeyDown={onKeyDown}
    >
      <div className={`${panels.header} ${styles.searchHeader}`}>
        <h2 id="note-search-heading">Notes</h2>
        <span className={panels.count}>{noteCount}</span>
        <div className={`${fields.field} ${styles.searchField}`} role="search">
          <Search size={16} aria-hidden className={styles.searchIcon} />
          <input
            ref={box}
            type="search"
            aria-label="Search notes"
            placeholder="Search the notes of every session"
            value={query}
            maxLength={MAX_LENGTH.searchQuery}
            onFocus={() => setArmed(true)}
            onChange={(event) => {
              setArmed(true);
              setQuery(event.target.value);
              setLimit(PAGE);
            }}
          />
        </div>
      </div>
      {armed ? (
        <NoteSearchResults
          cohortId={cohortId}
          query={query}
          limit={limit}
          idle={idle}
          onMore={() => setLimit((n) => Math.min(MAX_NOTE_HITS, n + PAGE))}
        />
      ) : (
        <p role="status" className={styles.searchStatus}>
          {idle}
        </p>
      )}
    </section>
  );
}
