/** The sections of an ended session's report. */
import type { ReactNode } from 'react';
import { formatDuration } from '../../ui/format/clock.ts';
import { formatDate } from '../../ui/format/dates.ts';
import { plural } from '../../ui/format/relativeTime.ts';
import type { SummaryView } from './summary.ts';
import badges from '../../ui/Badge/Badge.module.css';
import liveStyles from './live.module.css';
import summaryStyles from './summary.module.css';
import panels from '../../ui/Panel/Panel.module.css';

type Props = { view: SummaryView };

/** Minutes, as an agenda is planned; under a minute in seconds. */
const minutes = (ms: number) =>
  ms > 0 && ms < 60_000 ? formatDuration(ms) : `${Math.round(ms / 60_000)} min`;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      className={`${panels.surface} ${summaryStyles.summarySection}`}
      aria-labelledby={`summary-${id}`}
    >
      <h2 id={`summary-${id}`} className={summaryStyles.summaryHeading}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function FactsRow({ view }: Props) {
  const guests = view.present.filter((p) => p.guest).length;
  const spoke = view.airtime.filter((row) => row.turns > 0).length;
  return (
    <section className={summaryStyles.summaryFacts} aria-label="Attendance">
      <div className={summaryStyles.summaryFact}>
        <span className={summaryStyles.summaryFigure}>{view.present.length}</span>
        <span className={summaryStyles.summaryCaption}>
          present{guests > 0 ? ` (${plural(guests, 'guest')})` : ''}
        </span>
      </div>
      <div className={summaryStyles.summaryFact}>
        <span className={summaryStyles.summaryFigure}>{view.commitments.length}</span>
        <span className={summaryStyles.summaryCaption}>
          {view.commitments.length === 1 ? 'commitment' : 'commitments'}
        </span>
      </div>
      <div className={summaryStyles.summaryFact}>
        <span className={summaryStyles.summaryFigure}>{view.noteCount}</span>
        <span className={summaryStyles.summaryCaption}>
          {view.noteCount === 1 ? 'note' : 'notes'}
        </span>
      </div>
      <div className={summaryStyles.summaryFact}>
        <span className={summaryStyles.summaryFigure}>
          {spoke}/{view.airtime.length}
        </span>
        <span className={summaryStyles.summaryCaption}>spoke</span>
      </div>
      <div className={summaryStyles.summaryPeople}>
        <p>
          <strong>Present:</strong>{' '}
          {view.present.map((p) => (p.guest ? `${p.name} (guest)` : p.name)).join(', ') || '—'}
        </p>
        {view.absent.length > 0 ? (
          <p>
            <strong>Absent:</strong> {view.absent.join(', ')}
          </p>
        ) : null}
      </div>
    </section>
  );
}

export function ChallengeSection({ view }: Props) {
  return (
    <Section id="challenge" title="The challenge">
      {view.challenge ? (
        <blockquote className={summaryStyles.summaryChallenge}>
          <p>{view.challenge.text}</p>
          <footer>
            {view.challenge.owner}’s challenge
            {view.challengesBrought > 1
              ? `, chosen from ${plural(view.challengesBrought, 'challenge')} brought`
              : ''}
          </footer>
        </blockquote>
      ) : (
        <p className={summaryStyles.summaryEmpty}>No challenge was chosen.</p>
      )}
    </Section>
  );
}

export function CommitmentsSection({ view }: Props) {
  return (
    <Section id="commitments" title="Commitments">
      {view.commitments.length === 0 ? (
        <p className={summaryStyles.summaryEmpty}>No commitments were made.</p>
      ) : (
        <ul className={summaryStyles.summaryCommitments} aria-label="Commitments">
          {view.commitments.map((c, index) => (
            <li key={index} className={summaryStyles.summaryCommitment} data-status={c.status}>
              <p className={summaryStyles.summaryCommitmentText}>{c.text}</p>
              <p className={summaryStyles.summaryMeta}>
                <strong>{c.owner}</strong>
                <span>due {formatDate(c.dueDate)}</span>
                {c.status !== 'open' ? (
                  <span className={badges.quiet}>{c.status === 'done' ? 'Done' : 'Dropped'}</span>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function AirtimeSection({ view }: Props) {
  const most = Math.max(1, ...view.airtime.map((row) => row.speakingMs));
  return (
    <Section id="airtime" title="Airtime">
      <ul className={summaryStyles.summaryAirtime} aria-label="Airtime per person">
        {view.airtime.map((row) => (
          <li
            key={row.name}
            className={summaryStyles.summaryAirtimeRow}
            data-silent={row.turns === 0 || undefined}
          >
            <span className={summaryStyles.summaryAirtimeName}>{row.name}</span>
            <span className={liveStyles.airtimeBar} aria-hidden="true">
              <span style={{ width: `${(row.speakingMs / most) * 100}%` }} />
            </span>
            <span className={summaryStyles.summaryAirtimeFigure}>
              {row.turns === 0
                ? 'did not speak'
                : `${formatDuration(row.speakingMs)} · ${plural(row.turns, 'turn')} · ${Math.round(row.share * 100)}%`}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function NotesSection({ view }: Props) {
  return (
    <Section id="notes" title="Notes">
      {view.notes.length === 0 ? (
        <p className={summaryStyles.summaryEmpty}>No notes were taken.</p>
      ) : (
        <div className={summaryStyles.summaryNoteGroups}>
          {view.notes.map((group) => (
            <div key={group.kind}>
              <h3 className={summaryStyles.summarySubheading}>{group.label}</h3>
              <ul className={summaryStyles.summaryNotes} aria-label={group.label}>
                {group.items.map((note, index) => (
                  <li key={index}>
                    {note.text}
                    {note.who ? (
                      <span className={summaryStyles.summaryWho}> — {note.who}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </Section>
  );
}

export function AsksSection({ view }: Props) {
  const total = view.asks.reduce((sum, a) => sum + a.count, 0);
  return (
    <Section id="asks" title="Questions asked">
      {total === 0 ? (
        <p className={summaryStyles.summaryEmpty}>No questions from the deck were recorded.</p>
      ) : (
        <table className={summaryStyles.summaryTable} aria-label="Questions asked per category">
          <tbody>
            {view.asks.map((a) => (
              <tr key={a.category}>
                <th scope="row">{a.category}</th>
                <td>{a.count}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All categories</th>
              <td>{total}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </Section>
  );
}

export function AgendaSection({ view }: Props) {
  const known = view.segments.some((s) => s.actualMs !== null);
  return (
    <Section id="agenda" title="Agenda: planned and actual">
      <table
        className={summaryStyles.summaryTable}
        aria-label="Planned and actual time per segment"
      >
        <thead>
          <tr>
            <th scope="col">Segment</th>
            <th scope="col">Planned</th>
            <th scope="col">Actual</th>
          </tr>
        </thead>
        <tbody>
          {view.segments.map((s, index) => (
            <tr key={index} data-skipped={s.skipped || undefined}>
              <th scope="row">{s.title}</th>
              <td>{minutes(s.plannedMs)}</td>
              <td data-over={(s.actualMs ?? 0) > s.plannedMs + 60_000 || undefined}>
                {s.skipped && s.actualMs === null
                  ? 'skipped'
                  : s.actualMs === null
                    ? '—'
                    : minutes(s.actualMs)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!known ? (
        <p className={summaryStyles.summaryEmpty}>
          Actual times are known only for sessions run in the console.
        </p>
      ) : view.runMs !== null ? (
        <p className={summaryStyles.summaryEmpty}>
          The console ran this session for {minutes(view.runMs)}.
        </p>
      ) : null}
    </Section>
  );
}
