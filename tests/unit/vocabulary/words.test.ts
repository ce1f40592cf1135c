import { describe, expect, it } from 'vitest';
import { CommitmentSchema, NoteSchema, SegmentSchema } from '../../../shared/cohort/schema.ts';
import { DEFAULT_AGENDA } from '../../../shared/live/agenda.ts';
import { LiveCommandSchema, type LiveCommandInput } from '../../../shared/live/commands.ts';
import { LiveNoteSchema } from '../../../shared/live/liveState.ts';
import {
  COMMITMENT_STATUS_WORDS,
  COMMITMENT_STATUSES,
} from '../../../shared/vocabulary/commitmentStatus.ts';
import { inOrder } from '../../../shared/vocabulary/inOrder.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import {
  NOTE_KIND_FOR_PHASE,
  NOTE_KIND_WORDS,
  NOTE_KINDS,
  REPORT_NOTE_ORDER,
  type NoteKind,
} from '../../../shared/vocabulary/noteKinds.ts';
import { PHASE_WORDS, PHASES } from '../../../shared/vocabulary/phases.ts';
import { QUEUE_MODE_WORDS, QUEUE_MODES } from '../../../shared/vocabulary/queueModes.ts';
import {
  TIMER_STATE_WORDS,
  TIMER_TOGGLE,
  TimerRunSchema,
  TimerStateSchema,
} from '../../../shared/vocabulary/timerStates.ts';

const onceEach = (list: readonly string[]) => expect(new Set(list).size).toBe(list.length);

describe('note kinds', () => {
  it('each has a label for the note form and a heading for the session report', () => {
    for (const kind of NOTE_KINDS) {
      expect(NOTE_KIND_WORDS[kind].label, kind).not.toBe('');
      expect(NOTE_KIND_WORDS[kind].heading, kind).not.toBe('');
    }
    onceEach(NOTE_KINDS.map((kind) => NOTE_KIND_WORDS[kind].label));
    onceEach(NOTE_KINDS.map((kind) => NOTE_KIND_WORDS[kind].heading));
    expect(Object.keys(NOTE_KIND_WORDS).sort()).toEqual([...NOTE_KINDS].sort());
  });

  it('the report lists every kind exactly once', () => {
    onceEach(REPORT_NOTE_ORDER);
    expect([...REPORT_NOTE_ORDER].sort()).toEqual([...NOTE_KINDS].sort());
  });

  it('a report order that leaves a kind out does not compile', () => {
    // @ts-expect-error: 'note' is missing, which is the point of inOrder.
    const partial = inOrder<NoteKind>()([
      'insight',
      'recommendation',
      'question',
      'answer',
      'reflection',
    ]);
    expect(partial).toHaveLength(NOTE_KINDS.length - 1);
  });

  it('the cohort file, the live state and the note command accept the same kinds', () => {
    const at = '2026-03-01T10:00:00.000Z';
    for (const kind of [...NOTE_KINDS, 'gossip']) {
      const known = (NOTE_KINDS as readonly string[]).includes(kind);
      const asRecord = NoteSchema.safeParse({ id: 'n1', at, text: 'Words', kind }).success;
      const asLive = LiveNoteSchema.safeParse({
        id: 'n1',
        at,
        text: 'Words',
        kind,
        segmentId: null,
        attendeeId: null,
        phase: null,
        question: null,
        floorId: null,
      }).success;
      const asCommand = LiveCommandSchema.safeParse({ type: 'note.add', text: 'Words', kind });
      expect([asRecord, asLive, asCommand.success], kind).toEqual([known, known, known]);
    }
  });

  it('every phase starts notes as one of the kinds', () => {
    for (const phase of PHASES) expect(NOTE_KINDS).toContain(NOTE_KIND_FOR_PHASE[phase]);
  });
});

describe('phases, queue modes, commitment statuses and timer states', () => {
  it('each phase has a label, and the default agenda names its segments after their phases', () => {
    for (const phase of PHASES) expect(PHASE_WORDS[phase].label, phase).not.toBe('');
    onceEach(PHASES.map((phase) => PHASE_WORDS[phase].label));
    for (const segment of DEFAULT_AGENDA) {
      expect(segment.title).toBe(PHASE_WORDS[segment.phase].label);
    }
  });

  it('each queue mode has a label and a hint', () => {
    for (const mode of QUEUE_MODES) {
      expect(QUEUE_MODE_WORDS[mode].label, mode).not.toBe('');
      expect(QUEUE_MODE_WORDS[mode].hint, mode).not.toBe('');
    }
    onceEach(QUEUE_MODES.map((mode) => QUEUE_MODE_WORDS[mode].label));
  });

  it('each commitment status has its own label', () => {
    onceEach(COMMITMENT_STATUSES.map((status) => COMMITMENT_STATUS_WORDS[status].label));
    for (const status of COMMITMENT_STATUSES) {
      const record = CommitmentSchema.safeParse({
        id: 'c1',
        ownerId: 'm1',
        text: 'Ship the pilot',
        dueDate: '2026-03-08',
        createdAt: '2026-03-01T10:00:00.000Z',
        status,
      });
      expect(record.success, status).toBe(true);
    }
  });

  it('the timer button sends a command the host accepts in every run state', () => {
    for (const run of TimerRunSchema.options) {
      const toggle = TIMER_TOGGLE[run];
      expect(toggle.label, run).not.toBe('');
      const command: LiveCommandInput = { type: toggle.command, timer: 'turn' };
      expect(LiveCommandSchema.safeParse(command).success, run).toBe(true);
    }
    onceEach(TimerRunSchema.options.map((run) => TIMER_TOGGLE[run].command));
    expect(TimerStateSchema.options.map((state) => TIMER_STATE_WORDS[state].label)).toEqual([
      '',
      'Wrap up',
      'Time',
    ]);
  });
});

describe('length limits', () => {
  const longest = (max: number) => 'x'.repeat(max);
  const tooLong = (max: number) => 'x'.repeat(max + 1);

  it('the cohort file and the live commands keep the same limits', () => {
    const cases: [number, (text: string) => LiveCommandInput, (text: string) => boolean][] = [
      [
        MAX_LENGTH.note,
        (text) => ({ type: 'note.add', text }),
        (text) => NoteSchema.safeParse({ id: 'n1', at: '2026-03-01T10:00:00Z', text }).success,
      ],
      [
        MAX_LENGTH.commitment,
        (text) => ({ type: 'commitment.add', ownerId: 'm1', text, dueDate: '2026-03-08' }),
        (text) =>
          CommitmentSchema.safeParse({
            id: 'c1',
            ownerId: 'm1',
            text,
            dueDate: '2026-03-08',
            createdAt: '2026-03-01T10:00:00Z',
          }).success,
      ],
      [
        MAX_LENGTH.title,
        (title) => ({ type: 'agenda.add', title, plannedMinutes: 5 }),
        (title) =>
          SegmentSchema.safeParse({ id: 's1', phase: 'custom', title, plannedMinutes: 5 }).success,
      ],
    ];
    for (const [max, command, record] of cases) {
      expect(LiveCommandSchema.safeParse(command(longest(max))).success, `${max}`).toBe(true);
      expect(record(longest(max)), `${max}`).toBe(true);
      expect(LiveCommandSchema.safeParse(command(tooLong(max))).success, `${max}`).toBe(false);
      expect(record(tooLong(max)), `${max}`).toBe(false);
    }
  });

  it('never shortens a limit that existing cohort files may already fill', () => {
    expect(MAX_LENGTH).toMatchObject({
      id: 64,
      personName: 120,
      cohortName: 120,
      title: 200,
      challenge: 4000,
      commitment: 2000,
      note: 20_000,
    });
  });
});
