/** The sections of an ended session's report. */
import type { ReactNode } from 'react';
import { formatDate } from '../../ui/format/dates.ts';
import type { SessionReport } from '../../../shared/report/sessionReport.ts';
import { formatDuration, formatMinutes, plural } from '../../../shared/time/durations.ts';
import { COMMITMENT_STATUS_WORDS } from '../../../shared/vocabulary/commitmentStatus.ts';
import { SuccessSignal } from '../Commitments/SuccessSignal.tsx';
import { UpdateLines } from '../Commitments/UpdateHistory.tsx';
import badges from '../../ui/Badge/Badge.module.css';
import liveStyles from './live.module.css';
import reportStyles from './report.module.css';
import panels from '../../ui/Panel/Panel.module.css';

type Props = { view: SessionReport };

const minutes = formatMinutes;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      className={`${panels.surface} ${reportStyles.reportSection}`}
      aria-labelledby={`report-${id}`}
    >
      <h2 id={`report-${id}`} className={reportStyles.reportHeading}>
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
    <section className={reportStyles.reportFacts} aria-label="Attendance">
      <div className={reportStyles.reportFact}>
        <span className={reportStyles.reportFigure}>{view.present.length}</span>
        <span className={reportStyles.reportCaption}>
          present{guests > 0 ? ` (${plural(guests, 'guest')})` : ''}
        </span>
      </div>
      <div className={reportStyles.reportFact}>
        <span className={reportStyles.reportFigure}>{view.actionPlan.length}</span>
        <span className={reportStyles.reportCaption}>
          {view.actionPlan.length === 1 ? 'commitment' : 'commitments'}
        </span>
      </div>
      <div className={reportStyles.reportFact}>
        <span className={reportStyles.reportFigure}>{view.noteCount}</span>
        <span className={reportStyles.reportCaption}>
          {view.noteCount === 1 ? 'note' : 'notes'}
        </span>
      </div>
      <div className={reportStyles.reportFact}>
        <span className={reportStyles.reportFigure}>
          {spoke}/{view.airtime.length}
        </span>
        <span className={reportStyles.reportCaption}>spoke</span>
      </div>
      <div className={reportStyles.reportPeople}>
        <p>
          <strong>Present:</strong>{' '}
          {view.present.map((p) => (p.guest ? `${p.name} (guest)` : p.name)).join(', ') || '—'}
        </p>
        {view.absent.length > 0 ? (
          <p>
            <strong>Absent:</strong> {view.absent.join(', ')}
          </p>
        ) : null}
        {view.roles.length > 0 ? (
          <p>
            <strong>Roles:</strong> {view.roles.map((r) => `${r.label}: ${r.name}`).join(' · ')}
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
        <blockquote className={reportStyles.reportChallenge}>
          <p>{view.challenge.text}</p>
          <footer>
            {view.challenge.owner}’s challenge
            {view.challengesBrought > 1
              ? `, chosen from ${plural(view.challengesBrought, 'challenge')} brought`
              : ''}
          </footer>
        </blockquote>
      ) : (
        <p className={reportStyles.reportEmpty}>No challenge was chosen.</p>
      )}
    </Section>
  );
}

export function CommitmentsSection({ view }: Props) {
  return (
    <Section id="commitments" title="Commitments">
      {view.actionPlan.length === 0 ? (
        <p className={reportStyles.reportEmpty}>No commitments were made.</p>
      ) : (
        <ul className={reportStyles.reportCommitments} aria-label="Commitments">
          {view.actionPlan.map((c, index) => (
            <li key={index} className={reportStyles.reportCommitment} data-status={c.status}>
              <p className={reportStyles.reportCommitmentText}>{c.action}</p>
              <p className={reportStyles.reportMeta}>
                <strong>{c.owner}</strong>
                <span>due {formatDate(c.dueDate)}</span>
                {c.status !== 'open' ? (
                  <span className={badges.quiet}>{COMMITMENT_STATUS_WORDS[c.status].label}</span>
                ) : null}
              </p>
              <SuccessSignal signal={c.successSignal} />
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
      <ul className={reportStyles.reportAirtime} aria-label="Airtime per person">
        {view.airtime.map((row) => (
          <li
            key={row.name}
            className={reportStyles.reportAirtimeRow}
            data-silent={row.turns === 0 || undefined}
          >
            <span className={reportStyles.reportAirtimeName}>{row.name}</span>
            <span className={liveStyles.airtimeBar} aria-hidden="true">
              <span style={{ width: `${(row.speakingMs / most) * 100}%` }} />
            </span>
            <span className={reportStyles.reportAirtimeFigure}>
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
        <p className={reportStyles.reportEmpty}>No notes were taken.</p>
      ) : (
        <div className={reportStyles.reportNoteGroups}>
          {view.notes.map((group) => (
            <div key={group.kind}>
              <h3 className={reportStyles.reportSubheading}>{group.heading}</h3>
              <ul className={reportStyles.reportNotes} aria-label={group.heading}>
                {group.items.map((note, index) => (
                  <li key={index}>
                    {note.text}
                    {note.who ? (
                      <span className={reportStyles.reportWho}> — {note.who}</span>
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

/** Journal entries their members marked shareable; a private entry is never in the report. */
export function JournalSection({ view }: Props) {
  if (view.journal.length === 0) return null;
  return (
    <Section id="journal" title="From the journal">
      <ul className={reportStyles.reportNotes} aria-label="Shared journal entries">
        {view.journal.map((entry, index) => (
          <li key={index}>
            <span className={reportStyles.reportWho}>
              {entry.name}
              {entry.prompt ? ` (${entry.prompt})` : ''}:{' '}
            </span>
            {entry.text}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function AsksSection({ view }: Props) {
  const total = view.askTotal;
  return (
    <Section id="asks" title="Questions asked">
      {total === 0 ? (
        <p className={reportStyles.reportEmpty}>No questions from the deck were recorded.</p>
      ) : (
        <table className={reportStyles.reportTable} aria-label="Questions asked per category">
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
      <table className={reportStyles.reportTable} aria-label="Planned and actual time per segment">
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
        <p className={reportStyles.reportEmpty}>
          Actual times are known only for sessions run in the console.
        </p>
      ) : view.runMs !== null ? (
        <p className={reportStyles.reportEmpty}>
          The console ran this session for {minutes(view.runMs)}.
        </p>
      ) : null}
    </Section>
  );
}

export function ReviewedSection({ view }: Props) {
  if (view.reviewed.length === 0) return null;
  return (
    <Section id="reviewed" title="Follow-up from earlier sessions">
      <ul
        className={reportStyles.reportCommitments}
        aria-label="Earlier commitments and their progress"
      >
        {view.reviewed.map((c, index) => (
          <li key={index} className={reportStyles.reportCommitment} data-status={c.status}>
            <p className={reportStyles.reportCommitmentText}>{c.action}</p>
            <p className={reportStyles.reportMeta}>
              <strong>{c.owner}</strong>
              <span>due {formatDate(c.dueDate)}</span>
              <span className={badges.quiet}>{COMMITMENT_STATUS_WORDS[c.status].label}</span>
            </p>
            <SuccessSignal signal={c.successSignal} />
            {c.updates.length > 0 ? (
              <ol
                className={reportStyles.reportHistory}
                aria-label={`Progress updates on ${c.action}, oldest first`}
              >
                {c.updates.map((u, at) => (
                  <li key={at}>
                    <UpdateLines update={u} />
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}
