/**
 * The protocols offered at session setup are agendas the live engine can run and the room can
 * read: unique segment ids, known phases, minutes that add up to what the setup says, cues short
 * enough for one line on the projector, and an owner chosen before any step that needs one.
 */
import { describe, expect, it } from 'vitest';
import { SegmentSchema } from '../../../shared/cohort/schema.ts';
import { DEFAULT_AGENDA } from '../../../shared/live/agenda.ts';
import { PHASE_RULES } from '../../../shared/live/phaseRules.ts';
import {
  agendaChoices,
  COHORT_TEMPLATE_ID,
  defaultChoiceId,
  hasCases,
  sessionAgenda,
  totalMinutes,
  withCases,
} from '../../../shared/protocols/choice.ts';
import {
  DEFAULT_PROTOCOL_ID,
  PROTOCOL_LIST,
  PROTOCOLS,
  ProtocolIdSchema,
} from '../../../shared/protocols/protocols.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { PhaseSchema } from '../../../shared/vocabulary/phases.ts';

const minutesOf = (id: keyof typeof PROTOCOLS) =>
  PROTOCOLS[id].segments.map((segment) => segment.plannedMinutes);

describe('protocols', () => {
  it('are all offered, each under its own id and name', () => {
    expect(PROTOCOL_LIST.map((p) => p.id)).toEqual(ProtocolIdSchema.options);
    for (const [id, protocol] of Object.entries(PROTOCOLS)) expect(protocol.id).toBe(id);
    expect(new Set(PROTOCOL_LIST.map((p) => p.name)).size).toBe(PROTOCOL_LIST.length);
  });

  for (const protocol of PROTOCOL_LIST) {
    describe(protocol.name, () => {
      it('has unique segment ids, known phases and minutes adding up to its stated total', () => {
        const ids = protocol.segments.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const segment of protocol.segments) {
          expect(PhaseSchema.safeParse(segment.phase).success, segment.id).toBe(true);
          expect(segment.plannedMinutes, segment.id).toBeGreaterThan(0);
        }
        const total = protocol.segments.reduce((sum, s) => sum + s.plannedMinutes, 0);
        expect(total).toBe(protocol.typicalMinutes);
        expect(protocol.description.length).toBeGreaterThan(0);
        expect(protocol.description).not.toContain('\n');
      });

      it('gives every segment a cue of one projector line, and fits the cohort file', () => {
        for (const segment of protocol.segments) {
          expect(segment.cue.trim(), segment.id).not.toBe('');
          expect(segment.cue.length, segment.id).toBeLessThanOrEqual(80);
          expect(segment.cue.length, segment.id).toBeLessThanOrEqual(MAX_LENGTH.cue);
          const record = { ...segment, skipped: false };
          expect(SegmentSchema.parse(record)).toEqual(record);
        }
      });

      it('has its per-case steps together, each case starting with choosing its owner', () => {
        const marked = protocol.segments.flatMap((s, i) => (s.perCase ? [i] : []));
        if (marked.length === 0) return;
        expect(marked).toEqual(marked.map((_, k) => marked[0]! + k));
        expect(protocol.segments[marked[0]!]!.phase).toBe('choose');
      });

      it('has the owner chosen before any step where the owner answers or only listens', () => {
        const chosenAt = protocol.segments.findIndex((s) => s.phase === 'choose');
        protocol.segments.forEach((segment, index) => {
          const rules = PHASE_RULES[segment.phase];
          if (rules.ownerTakesTurns && !rules.ownerAnswersAfterEach) return;
          expect(chosenAt, segment.id).toBeGreaterThanOrEqual(0);
          expect(chosenAt, segment.id).toBeLessThan(index);
        });
      });
    });
  }

  it('keep the published timings', () => {
    // Liberating Structures: share 1–2, clarify 1–2, consult 4–5 with the owner turned away, 1–2.
    expect(minutesOf('troika-consulting')).toEqual([1, 2, 2, 5, 1]);
    // Liberating Structures: 15 minutes a case, 2 + 3 + 8 + 2.
    expect(minutesOf('wise-crowds')).toEqual([2, 3, 8, 2]);
    // NSRF: overview 5–10, clarifying 5, probing 10, discussion 15, response 5, debrief 5.
    expect(minutesOf('nsrf-consultancy')).toEqual([10, 5, 10, 15, 5, 5]);
  });

  it('turn the owner away in each consultancy’s consult step, with the cue saying so', () => {
    for (const id of ['troika-consulting', 'wise-crowds', 'nsrf-consultancy'] as const) {
      const consult = PROTOCOLS[id].segments.filter((s) => s.phase === 'consult');
      expect(consult, id).toHaveLength(1);
      expect(consult[0]!.cue, id).toMatch(/^The owner .*listens/);
    }
    expect(PROTOCOLS['troika-consulting'].segments.find((s) => s.phase === 'consult')?.cue).toBe(
      'The owner turns away and listens',
    );
  });

  it('reviews earlier commitments and ends with new ones in an action learning set', () => {
    const phases = PROTOCOLS['action-learning-set'].segments.map((s) => s.phase);
    expect(phases.slice(0, 2)).toEqual(['check-in', 'check-in']);
    expect(phases).toContain('commit');
    expect(phases.at(-1)).toBe('reflect');
  });

  it('keeps the default agenda as the default protocol', () => {
    expect(PROTOCOLS[DEFAULT_PROTOCOL_ID].segments).toBe(DEFAULT_AGENDA);
  });
});

describe('the choices at session setup', () => {
  const template = [
    { id: 't-1', phase: 'check-in', title: 'Arrive', plannedMinutes: 5, skipped: false },
    {
      id: 't-2',
      phase: 'consult',
      title: 'Consult',
      plannedMinutes: 20,
      skipped: true,
      cue: 'Listen',
    },
  ] as const;

  it('offer the protocols, and the cohort’s template first when it has one', () => {
    const without = agendaChoices({});
    expect(without.map((c) => c.id)).toEqual(ProtocolIdSchema.options);
    expect(defaultChoiceId({})).toBe(DEFAULT_PROTOCOL_ID);
    expect(defaultChoiceId({ agendaTemplate: [] })).toBe(DEFAULT_PROTOCOL_ID);

    const cohort = { agendaTemplate: template.map((s) => ({ ...s })) };
    const choices = agendaChoices(cohort);
    expect(choices.map((c) => c.id)).toEqual([COHORT_TEMPLATE_ID, ...ProtocolIdSchema.options]);
    expect(choices[0]).toMatchObject({ totalMinutes: 25 });
    expect(defaultChoiceId(cohort)).toBe(COHORT_TEMPLATE_ID);
  });

  it('give the session the chosen agenda, every segment to run and cues where there are any', () => {
    const cohort = { agendaTemplate: template.map((s) => ({ ...s })) };
    expect(sessionAgenda(cohort, COHORT_TEMPLATE_ID)).toEqual([
      { id: 't-1', phase: 'check-in', title: 'Arrive', plannedMinutes: 5, skipped: false },
      {
        id: 't-2',
        phase: 'consult',
        title: 'Consult',
        plannedMinutes: 20,
        skipped: false,
        cue: 'Listen',
      },
    ]);
    expect(sessionAgenda({}, COHORT_TEMPLATE_ID)).toBeUndefined();
    const troika = sessionAgenda({}, 'troika-consulting')!;
    expect(troika.map((s) => s.id)).toEqual(
      PROTOCOLS['troika-consulting'].segments.map((s) => s.id),
    );
    expect(troika.map((s) => s.cue)).toEqual(
      PROTOCOLS['troika-consulting'].segments.map((s) => s.cue),
    );
  });
});

describe('cases', () => {
  it('repeat the per-case steps for each owner, numbered, ids unique, minutes added up', () => {
    const protocol = PROTOCOLS['action-learning-set'];
    const block = protocol.segments.filter((s) => s.perCase);
    const once = protocol.segments.filter((s) => !s.perCase);
    const agenda = withCases(protocol.segments, 3);
    expect(agenda).toHaveLength(once.length + 3 * block.length);
    expect(new Set(agenda.map((s) => s.id)).size).toBe(agenda.length);
    expect(totalMinutes(agenda)).toBe(totalMinutes(once) + 3 * totalMinutes(block));
    expect(agenda.map((s) => s.title)).toEqual([
      ...once.slice(0, 2).map((s) => s.title),
      ...[1, 2, 3].flatMap((k) => block.map((s) => `Case ${k}: ${s.title}`)),
      ...once.slice(2).map((s) => s.title),
    ]);
    expect(agenda.every((s) => !('perCase' in s))).toBe(true);
    // Each case's steps keep their cues; the first case keeps the protocol's ids.
    expect(agenda.find((s) => s.id === 'als-questions-3')?.cue).toBe(
      block.find((s) => s.id === 'als-questions')?.cue,
    );
    expect(agenda.some((s) => s.id === 'als-questions')).toBe(true);
  });

  it('leave one case, and a protocol without per-case steps, as they are', () => {
    const troika = PROTOCOLS['troika-consulting'];
    expect(withCases(troika.segments, 1).map((s) => s.title)).toEqual(
      troika.segments.map((s) => s.title),
    );
    expect(hasCases(PROTOCOLS[DEFAULT_PROTOCOL_ID])).toBe(false);
    expect(withCases(DEFAULT_AGENDA, 4)).toEqual(DEFAULT_AGENDA);
    expect(sessionAgenda({}, 'wise-crowds', 4)).toHaveLength(16);
  });
});
