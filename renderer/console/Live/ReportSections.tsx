/** The sections of an ended session's report. */
import type { ReactNode } from 'react';
import { formatDuration } from '../../ui/format/clock.ts';
import { formatDate } from '../../ui/format/dates.ts';
import { plural } from '../../ui/format/relativeTime.ts';
import { COMMITMENT_STATUS_WORDS } from '../../../shared/vocabulary/commitmentStatus.ts';
import type { ReportView } from './report.ts';

type Props = { view: ReportView };

/** Minutes, as an agenda is planned; under a minute in seconds. */
const minutes = (ms: number) =>
  ms > 0 && ms < 60_000 ? formatDuration(ms) : `${Math.round(ms / 60_000)} min`;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report__section" aria-labelledby={`report-${id}`}>
      <h2 id={`report-${id}`} className="report__heading">
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
    <section className="report__facts" aria-label="Attendance">
      <div className="report__fact">
        <span className="report__figure">{view.present.length}</span>
        <span className="report__caption">
          present{guests > 0 ? ` (${plural(guests, 'guest')})` : ''}
        </span>
      </div>
      <div className="report__fact">
        <span className="report__figure">{view.commitments.length}</span>
        <span className="report__caption">
          {view.commitments.length === 1 ? 'commitment' : 'commitments'}
        </span>
      </div>
      <div className="report__fact">
        <span className="report__figure">{view.noteCount}</span>
        <span className="report__caption">{view.noteCount === 1 ? 'note' : 'notes'}</span>
      </div>
      <div className="report__fact">
        <span className="report__figure">
          {spoke}/{view.airtime.length}
        </span>
        <span className="report__caption">spoke</span>
      </div>
      <div className="report__people">
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
        <blockquote className="report__challenge">
          <p>{view.challenge.text}</p>
          <footer>
            {view.challenge.owner}’s challenge
            {view.challengesBrought > 1
              ? `, chosen from ${plural(view.challengesBrought, 'challenge')} brought`
              : ''}
          </footer>
        </blockquote>
      ) : (
        <p className="report__empty">No challenge was chosen.</p>
      )}
    </Section>
  );
}

export function CommitmentsSection({ view }: Props) {
  return (
    <Section id="commitments" title="Commitments">
      {view.commitments.length === 0 ? (
        <p className="report__empty">No commitments were made.</p>
      ) : (
        <ul className="report__commitments" aria-label="Commitments">
          {view.commitments.map((c, index) => (
            <li key={index} className="report__commitment" data-status={c.status}>
              <p className="report__commitment-text">{c.text}</p>
              <p className="report__meta">
                <strong>{c.owner}</strong>
                <span>due {formatDate(c.dueDate)}</span>
                {c.status !== 'open' ? (
                  <span className="badge badge--quiet">
                    {COMMITMENT_STATUS_WORDS[c.status].label}
                  </span>
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
      <ul className="report__airtime" aria-label="Airtime per person">
        {view.airtime.map((row) => (
          <li
            key={row.name}
            className="report__airtime-row"
            data-silent={row.turns === 0 || undefined}
          >
            <span className="report__airtime-name">{row.name}</span>
            <span className="airtime__bar" aria-hidden="true">
              <span style={{ width: `${(row.speakingMs / most) * 100}%` }} />
            </span>
            <span className="report__airtime-figure">
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
        <p className="report__empty">No notes were taken.</p>
      ) : (
        <div className="report__note-groups">
          {view.notes.map((group) => (
            <div key={group.kind} className="report__note-group">
              <h3 className="report__subheading">{group.heading}</h3>
              <ul className="report__notes" aria-label={group.heading}>
                {group.items.map((note, index) => (
                  <li key={index}>
                    {note.text}
                    {note.who ? <span className="report__who"> — {note.who}</span> : null}
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
        <p className="report__empty">No questions from the deck were recorded.</p>
      ) : (
        <table className="report__table" aria-label="Questions asked per category">
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
      <table className="report__table" aria-label="Planned and actual time per segment">
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
        <p className="report__empty">
          Actual times are known only for sessions run in the console.
        </p>
      ) : view.runMs !== null ? (
        <p className="report__empty">The console ran this session for {minutes(view.runMs)}.</p>
      ) : null}
    </Section>
  );
}
