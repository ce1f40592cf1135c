/**
 * The bug this guards against: a new note kind was accepted by the schema and captured live, but
 * missing from the report's list of kinds, so its notes silently vanished from the session report.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { writeSessionRecord } from '../../../electron/core/live/records.ts';
import { buildSessionReport } from '../../../shared/report/sessionReport.ts';
import { NotesSection } from '../../../renderer/console/Live/ReportSections.tsx';
import { CohortSchema } from '../../../shared/cohort/schema.ts';
import { NOTE_KIND_WORDS, NOTE_KINDS } from '../../../shared/vocabulary/noteKinds.ts';
import { fresh, PEOPLE, run } from '../live/fixtures.ts';

const cohortWith = (notes: unknown[]) =>
  CohortSchema.parse({
    schemaVersion: 1,
    id: 'cohort-1',
    name: 'Product leads',
    createdAt: '2026-03-01T09:00:00.000Z',
    members: PEOPLE.map((p) => ({ id: p.id, name: p.name })),
    sessions: [
      {
        id: 'session-1',
        date: '2026-03-01',
        attendance: PEOPLE.map((p) => ({ id: p.id, memberId: p.id, name: p.name })),
        notes,
        endedAt: '2026-03-01T10:30:00.000Z',
      },
    ],
  });

describe('the session report shows notes of every kind', () => {
  it('from the cohort file: one group per kind, under its heading', () => {
    const cohort = cohortWith(
      NOTE_KINDS.map((kind, index) => ({
        id: `n${index}`,
        at: '2026-03-01T10:00:00.000Z',
        text: `A ${kind} worth keeping`,
        kind,
        attendeeId: 'ana',
      })),
    );
    const report = buildSessionReport(cohort, cohort.sessions[0]!.id)!;
    expect([...report.notes.map((group) => group.kind)].sort()).toEqual([...NOTE_KINDS].sort());
    for (const group of report.notes) {
      expect(group.heading).toBe(NOTE_KIND_WORDS[group.kind].heading);
      expect(group.items).toEqual([{ text: `A ${group.kind} worth keeping`, who: 'Ana' }]);
    }

    const html = renderToStaticMarkup(createElement(NotesSection, { view: report }));
    for (const kind of NOTE_KINDS) {
      expect(html).toContain(`aria-label="${NOTE_KIND_WORDS[kind].heading}"`);
      expect(html).toContain(`A ${kind} worth keeping`);
    }
  });

  it('from a live run: each kind captured live reaches the record and the report', () => {
    const live = NOTE_KINDS.reduce(
      (state, kind) => run(state, { type: 'note.add', kind, text: `Live ${kind}` }),
      fresh(),
    );
    const cohort = cohortWith([]);
    const session = cohort.sessions[0]!;
    writeSessionRecord(session, undefined, live);
    const report = buildSessionReport(cohort, session.id)!;
    expect(report.noteCount).toBe(NOTE_KINDS.length);
    expect(report.notes.flatMap((group) => group.items.map((item) => item.text)).sort()).toEqual(
      NOTE_KINDS.map((kind) => `Live ${kind}`).sort(),
    );
  });
});
