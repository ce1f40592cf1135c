import { describe, expect, it } from 'vitest';
import { CohortSchema, type Cohort, type Note } from '../../../shared/cohort/schema.ts';
import { NoteSearchIndex, type NoteHit } from '../../../shared/notes/noteSearch.ts';
import type { Marked } from '../../../shared/notes/searchTerms.ts';

/** Two sessions of a small cohort, with notes stamped as the live screen stamps them. */
function cohortWith(first: Partial<Note>[], second: Partial<Note>[] = []): Cohort {
  const session = (n: number, date: string, notes: Partial<Note>[]) => ({
    id: `s${n}`,
    date,
    title: n === 1 ? 'Saying no to the roadmap' : '',
    attendance: [
      { id: `s${n}-tomas`, memberId: 'tomas', name: 'Tomás Herrera' },
      { id: `s${n}-hana`, memberId: 'hana', name: 'Hana Sato' },
    ],
    agenda: [
      { id: `s${n}-check`, phase: 'check-in', title: 'Check-in', plannedMinutes: 10 },
      { id: `s${n}-clar`, phase: 'clarifying', title: 'Clarifying', plannedMinutes: 30 },
    ],
    notes: notes.map((note, i) => ({
      id: `s${n}-n${i + 1}`,
      at: `${date}T15:${String(i).padStart(2, '0')}:00.000Z`,
      text: 'A note',
      ...note,
    })),
  });
  return CohortSchema.parse({
    schemaVersion: 1,
    id: 'cohort-1',
    name: 'Product leads',
    createdAt: '2026-01-01T09:00:00.000Z',
    members: [
      { id: 'tomas', name: 'Tomás Herrera' },
      { id: 'hana', name: 'Hana Sato' },
    ],
    sessions: [session(1, '2026-10-29', first), session(2, '2026-11-12', second)],
  });
}

const indexed = (cohort: Cohort) => {
  const index = new NoteSearchIndex();
  index.syncCohort(cohort);
  return index;
};
const ids = (hits: NoteHit[]) => hits.map((hit) => hit.noteId);
/** The marked words of a text, for reading a hit as the screen shows it. */
const markedWords = (field: Marked | undefined) =>
  field ? field.marks.map(({ start, end }) => field.text.slice(start, end)) : [];

describe('note search', () => {
  it('finds a note by the beginning of a word, as it is typed, and marks the whole word', () => {
    const index = indexed(
      cohortWith([
        { text: 'The prototype ships on Friday' },
        { text: 'Budget is frozen' },
        { text: 'HR joins next time' },
      ]),
    );
    // Two letters find a word of two letters, not every word that begins with them.
    expect(ids(index.search('pr', 10).hits)).toEqual([]);
    expect(ids(index.search('hr', 10).hits)).toEqual(['s1-n3']);
    for (const typed of ['pro', 'proto', 'prototyp', 'prototype']) {
      expect(ids(index.search(typed, 10).hits), typed).toEqual(['s1-n1']);
    }
    const [hit] = index.search('proto', 10).hits;
    expect(markedWords(hit!.text)).toEqual(['prototype']);
    expect(hit!.terms).toEqual(['prototype']);
    expect(hit!.sessionTitle.text).toBe('Saying no to the roadmap');
    expect(hit!.sessionDate).toBe('2026-10-29');
  });

  it('needs every word of the query, in any field', () => {
    const index = indexed(
      cohortWith([
        { text: 'Prototype budget agreed', floorAttendeeId: 's1-tomas' },
        { text: 'Prototype slipped' },
      ]),
    );
    expect(ids(index.search('prototype budget', 10).hits)).toEqual(['s1-n1']);
    expect(ids(index.search('prototype tomas', 10).hits)).toEqual(['s1-n1']);
    expect(index.search('prototype nowhere', 10)).toEqual({ hits: [], total: 0, ignored: [] });
  });

  it('finds a note by a word of the question that was on the screen, and marks it there', () => {
    const index = indexed(
      cohortWith([
        { text: 'Nobody decides', question: 'Who is involved?', phase: 'clarifying' },
        { text: 'Shipped it' },
      ]),
    );
    const [hit, ...rest] = index.search('involved', 10).hits;
    expect(rest).toEqual([]);
    expect(hit!.noteId).toBe('s1-n1');
    expect(hit!.question?.text).toBe('Who is involved?');
    expect(markedWords(hit!.question)).toEqual(['involved']);
    expect(hit!.text.marks).toEqual([]);
    expect(hit!.phase).toBe('clarifying');
  });

  it('ignores accents and case: "tomas" finds Tomás, in the words and as who had the floor', () => {
    const index = indexed(
      cohortWith([
        { text: 'Tomás shipped the interview guide' },
        { text: 'Five interviews booked', floorAttendeeId: 's1-tomas' },
        { text: 'Hana asked for data', attendeeId: 's1-hana' },
      ]),
    );
    const hits = index.search('TOMAS', 10).hits;
    expect(ids(hits).sort()).toEqual(['s1-n1', 's1-n2']);
    const byWords = hits.find((hit) => hit.noteId === 's1-n1')!;
    expect(markedWords(byWords.text)).toEqual(['Tomás']);
    const byFloor = hits.find((hit) => hit.noteId === 's1-n2')!;
    expect(markedWords(byFloor.floor)).toEqual(['Tomás']);
    expect(index.search('tomás', 10).total).toBe(2);
    expect(index.search('TOMÁS', 10).total).toBe(2);
    expect(ids(index.search('hana', 10).hits)).toEqual(['s1-n3']);
    expect(index.search('hana', 10).hits[0]!.by?.text).toBe('Hana Sato');
  });

  it('finds letters with an accent of their own by the plain letter: "soren" is Søren, "lucja" Łucja', () => {
    const index = indexed(
      cohortWith([{ text: 'Søren and Łucja met the vendor' }, { text: 'Other' }]),
    );
    for (const typed of ['sor', 'soren', 'SØREN', 'luc', 'lucja'])
      expect(ids(index.search(typed, 10).hits), typed).toEqual(['s1-n1']);
    expect(markedWords(index.search('soren lucja', 10).hits[0]!.text)).toEqual(['Søren', 'Łucja']);
  });

  it('forgives a typo in a longer word', () => {
    const index = indexed(cohortWith([{ text: 'The stakeholder map is out of date' }]));
    expect(ids(index.search('stakehodler', 10).hits)).toEqual(['s1-n1']);
    // Short words must be typed right: "mop" is not "map".
    expect(index.search('mop', 10).total).toBe(0);
  });

  it('ranks the note that says the word above one that only begins with it or was asked about it', () => {
    const index = indexed(
      cohortWith([
        { text: 'Milestones are unclear', question: 'What is the budget?' },
        { text: 'Budgeting starts in March' },
        { text: 'The budget is frozen until March' },
      ]),
    );
    expect(ids(index.search('budget', 10).hits)).toEqual(['s1-n3', 's1-n1', 's1-n2']);
  });

  it('finds notes by their kind, phase, session title and date', () => {
    const index = indexed(
      cohortWith(
        [
          { text: 'Decide before the requests arrive', kind: 'recommendation' },
          { text: 'Tomás booked five interviews', segmentId: 's1-check' },
        ],
        [{ text: 'What would go differently?', kind: 'question' }],
      ),
    );
    expect(ids(index.search('recommendation', 10).hits)).toEqual(['s1-n1']);
    // A note from before the stamps takes its phase from its agenda segment.
    expect(index.search('check-in', 10).hits.map((hit) => [hit.noteId, hit.phase])).toEqual([
      ['s1-n2', 'check-in'],
    ]);
    expect(ids(index.search('roadmap', 10).hits).sort()).toEqual(['s1-n1', 's1-n2']);
    const november = index.search('november', 10).hits;
    expect(ids(november)).toEqual(['s2-n1']);
    // An untitled session is called by its date.
    expect(november[0]!.sessionTitle.text).toBe('Session of Thursday 12 November 2026');
    expect(markedWords(november[0]!.sessionTitle)).toEqual(['November']);
  });

  it('answers at most the limit asked for and says how many matched', () => {
    const index = indexed(
      cohortWith(Array.from({ length: 12 }, (_, i) => ({ text: `Pilot number ${i + 1}` }))),
    );
    const answer = index.search('pilot', 5);
    expect(answer.hits).toHaveLength(5);
    expect(answer.total).toBe(12);
  });

  it('has nothing to say for a query with no words', () => {
    const index = indexed(cohortWith([{ text: 'A note' }]));
    expect(index.search('', 10)).toEqual({ hits: [], total: 0, ignored: [] });
    expect(index.search('  — … ', 10)).toEqual({ hits: [], total: 0, ignored: [] });
  });

  it('leaves out the small words every note has, and says so', () => {
    const index = indexed(
      cohortWith([
        { text: 'What is the budget for the pilot?' },
        { text: 'The pilot is late', question: 'What is success?' },
        { text: 'Thereafter we decide' },
      ]),
    );
    expect(index.search('the ', 10)).toEqual({ hits: [], total: 0, ignored: ['the'] });
    const answer = index.search('what is the pilot ', 10);
    expect(answer.ignored).toEqual(['what', 'is', 'the']);
    expect(ids(answer.hits).sort()).toEqual(['s1-n1', 's1-n2']);
    // Small words are never marked.
    expect(markedWords(answer.hits.find((hit) => hit.noteId === 's1-n1')!.text)).toEqual(['pilot']);
    // The word being typed is matched by its beginning, small so far or not.
    expect(ids(index.search('there', 10).hits)).toEqual(['s1-n3']);
    expect(index.search('there ', 10).ignored).toEqual(['there']);
    expect(ids(index.search('pilot tom', 10).hits)).toEqual([]);
    // …and left out once it begins nothing that matches.
    const pilotThe = index.search('Pilot THE', 10);
    expect(ids(pilotThe.hits).sort()).toEqual(['s1-n1', 's1-n2']);
    expect(pilotThe.ignored).toEqual(['the']);
    expect(ids(index.search('what is succ', 10).hits)).toEqual(['s1-n2']);
  });

  it('cuts a long note around its first match, at whole words', () => {
    const filler = 'and then the team talked about other things at length ';
    const text = `${filler.repeat(8)}until the sponsor finally agreed. ${filler.repeat(8)}`;
    const hit = indexed(cohortWith([{ text }])).search('sponsor', 10).hits[0]!;
    expect(hit.text.cutBefore).toBe(true);
    expect(hit.text.cutAfter).toBe(true);
    expect(hit.text.text.length).toBeLessThanOrEqual(280);
    expect(text).toContain(hit.text.text);
    expect(hit.text.text).toMatch(/^\S/);
    expect(hit.text.text).toMatch(/\S$/);
    expect(markedWords(hit.text)).toEqual(['sponsor']);
    expect(hit.text.text.indexOf('sponsor')).toBeLessThanOrEqual(81);
  });
});

describe('keeping the index current', () => {
  it('forgets a note once it is removed from its session', () => {
    const cohort = cohortWith([{ text: 'Escalation path agreed' }, { text: 'Escalation again' }]);
    const index = indexed(cohort);
    expect(index.search('escalation', 10).total).toBe(2);
    cohort.sessions[0]!.notes.splice(0, 1);
    expect(index.syncCohort(cohort)).toEqual({ added: 0, replaced: 0, removed: 1 });
    expect(ids(index.search('escalation', 10).hits)).toEqual(['s1-n2']);
    expect(index.search('path', 10).total).toBe(0);
    expect(index.size).toBe(1);
  });

  it('finds an edited note by its new words only, and its new kind', () => {
    const cohort = cohortWith([{ text: 'Pilot in March' }, { text: 'Unrelated' }]);
    const index = indexed(cohort);
    cohort.sessions[0]!.notes[0]!.text = 'Pilot moved to April';
    cohort.sessions[0]!.notes[0]!.kind = 'insight';
    expect(index.syncSessionOf(cohort, 's1')).toEqual({ added: 0, replaced: 1, removed: 0 });
    expect(index.search('march', 10).total).toBe(0);
    const [hit] = index.search('april', 10).hits;
    expect(hit?.noteId).toBe('s1-n1');
    expect(hit?.kind).toBe('insight');
    expect(index.search('insight', 10).total).toBe(1);
  });

  it('changes nothing when nothing changed, and adds only the new note', () => {
    const cohort = cohortWith([{ text: 'First' }], [{ text: 'Second' }]);
    const index = indexed(cohort);
    expect(index.syncCohort(cohort)).toEqual({ added: 0, replaced: 0, removed: 0 });
    cohort.sessions[1]!.notes.push({
      id: 's2-n2',
      at: '2026-11-12T16:00:00.000Z',
      text: 'Third thoughts',
      kind: 'reflection',
    });
    expect(index.syncCohort(cohort)).toEqual({ added: 1, replaced: 0, removed: 0 });
    expect(ids(index.search('third', 10).hits)).toEqual(['s2-n2']);
  });

  it('follows a renamed session and a renamed attendee into every note of theirs', () => {
    const cohort = cohortWith([{ text: 'One', floorAttendeeId: 's1-hana' }, { text: 'Two' }]);
    const index = indexed(cohort);
    cohort.sessions[0]!.title = 'Hiring without a budget line';
    cohort.sessions[0]!.attendance[1]!.name = 'Hana Satō';
    expect(index.syncCohort(cohort)).toEqual({ added: 0, replaced: 2, removed: 0 });
    expect(index.search('hiring', 10).total).toBe(2);
    expect(index.search('roadmap', 10).total).toBe(0);
    expect(index.search('hana sato', 10).hits[0]!.floor?.text).toBe('Hana Satō');
  });

  it('forgets the notes of a session that is gone', () => {
    const cohort = cohortWith([{ text: 'Kept' }], [{ text: 'Gone soon' }, { text: 'Gone too' }]);
    const index = indexed(cohort);
    cohort.sessions.splice(1, 1);
    expect(index.syncCohort(cohort)).toEqual({ added: 0, replaced: 0, removed: 2 });
    expect(index.search('gone', 10).total).toBe(0);
    expect(index.size).toBe(1);
  });
});
