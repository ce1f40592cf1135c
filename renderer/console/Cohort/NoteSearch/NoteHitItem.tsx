/**
 * One note found: its words with the matches marked, its kind, and what it was stamped with (the
 * phase, the question on the screen, who had the floor); its session's title and date link to that
 * session's report.
 */
import type { NoteHit } from '../../../../shared/contract/requests/notes.ts';
import { NOTE_KIND_WORDS } from '../../../../shared/vocabulary/noteKinds.ts';
import { formatDate } from '../../../ui/format/dates.ts';
import { hrefFor } from '../../Shell/route.ts';
import { MarkedText } from './MarkedText.tsx';
import badges from '../../../ui/Badge/Badge.module.css';
import styles from './noteSearch.module.css';

export function NoteHitItem({ cohortId, hit }: { cohortId: string; hit: NoteHit }) {
  const textId = `hit-${hit.noteId}`;
  const by = hit.by && hit.by.text !== hit.floor?.text ? hit.by : undefined;
  return (
    <li className={styles.hit}>
      <p className={styles.hitHead}>
        <span className={badges.quiet}>{NOTE_KIND_WORDS[hit.kind].label}</span>
        <a
          className={styles.hitSession}
          href={hrefFor({ screen: 'live', cohortId, sessionId: hit.sessionId })}
          aria-describedby={textId}
          data-hit-link
        >
          <MarkedText {...hit.sessionTitle} />
        </a>
        <span className={styles.hitDate}>{formatDate(hit.sessionDate)}</span>
      </p>
      <p id={textId} className={styles.hitText}>
        {hit.text.cutBefore ? '… ' : null}
        <MarkedText {...hit.text} />
        {hit.text.cutAfter ? ' …' : null}
      </p>
      {hit.phaseLabel || hit.question || hit.floor || by ? (
        <p className={styles.hitStamp}>
          {hit.phaseLabel ? <span>{hit.phaseLabel}</span> : null}
          {hit.question ? (
            <span>
              “<MarkedText {...hit.question} />”
            </span>
          ) : null}
          {hit.floor ? (
            <span>
              <MarkedText {...hit.floor} /> had the floor
            </span>
          ) : null}
          {by ? (
            <span>
              by <MarkedText {...by} />
            </span>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}
