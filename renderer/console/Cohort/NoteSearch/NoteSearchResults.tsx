/**
 * What the note search found for the words in the box: a line saying how many notes match (or
 * that none does), the notes best first, and more on request. Mounted with the first use of the
 * search box, so a cohort screen opened and left asks the host nothing.
 */
import { MAX_NOTE_HITS } from '../../../../shared/vocabulary/limits.ts';
import { NoteHitItem } from './NoteHitItem.tsx';
import { answerWords } from './noteSearchWords.ts';
import { useNoteSearch } from './useNoteSearch.ts';
import buttons from '../../../ui/Button/Button.module.css';
import styles from './noteSearch.module.css';

interface Props {
  cohortId: string;
  query: string;
  limit: number;
  onMore: () => void;
  /** Said while there is no query. */
  idle: string;
}

export function NoteSearchResults({ cohortId, query, limit, onMore, idle }: Props) {
  const search = useNoteSearch(cohortId, query, limit);
  // The answer on screen is the one to the words in the box, once typing has paused.
  const shown = search.answer;
  const answer = shown && shown.query.trim() && query.trim() ? shown.value : undefined;
  const settled = shown?.query === query && shown.limit === limit;
  return (
    <>
      <p role="status" className={styles.searchStatus} aria-busy={!settled}>
        {search.error
          ? search.error.message
          : answer
            ? answerWords(shown!.query, answer)
            : query.trim()
              ? ''
              : idle}
      </p>
      {answer && answer.hits.length > 0 ? (
        <ol className={styles.hits} aria-label="Notes found">
          {answer.hits.map((hit) => (
            <NoteHitItem key={hit.noteId} cohortId={cohortId} hit={hit} />
          ))}
        </ol>
      ) : null}
      {answer && answer.hits.length < answer.total && limit < MAX_NOTE_HITS ? (
        <button type="button" className={buttons.button} onClick={onMore}>
          Show more notes
        </button>
      ) : null}
    </>
  );
}
