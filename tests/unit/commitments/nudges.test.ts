/**
 * The commitment nudges: a table of phrasings facilitators type, each with the nudges it should
 * (and should not) draw, the date rules against a cadence, and the example built from the words.
 */
import { describe, expect, it } from 'vitest';
import { CadenceSchema } from '../../../shared/cohort/schema.ts';
import { nextSessionAfter } from '../../../shared/commitments/calendar.ts';
import { commitmentNudges, type NudgeKind } from '../../../shared/commitments/nudges.ts';

const TODAY = '2026-12-01'; // a Tuesday
const NEXT = '2026-12-08';
const DUE = '2026-12-04';

const kindsOf = (text: string, dueDate = DUE) =>
  commitmentNudges({ text, dueDate, today: TODAY, nextSession: NEXT }).nudges.map((n) => n.kind);

const PHRASINGS: [string, NudgeKind[]][] = [
  ['Work on the accessibility backlog', ['vague-verb']],
  ['Look into how Payments handles refunds', ['vague-verb']],
  ['Think about the hiring plan', ['vague-verb']],
  ['Explore options for the new dashboard', ['vague-verb']],
  ['Try to talk to the design team', ['vague-verb']],
  ['Continue the migration', ['vague-verb']],
  ['Continue with the onboarding rewrite', ['vague-verb']],
  ['I will work on the prototype', ['vague-verb']],
  ['We will look into the churn numbers', ['vague-verb']],
  ['Keep working on the roadmap', ['vague-verb']],
  ['Start thinking about next quarter', ['vague-verb']],
  ['Consider a new vendor', ['vague-verb']],
  ['Investigate the flaky tests', ['vague-verb']],
  ['Research pricing models', ['vague-verb']],
  ['Focus on customer calls', ['vague-verb']],
  ['Figure out the budget', ['vague-verb']],
  ['Improve the release notes', ['vague-verb']],
  ['WORK ON THE DECK', ['vague-verb']],
  ['The accessibility backlog', ['no-result']],
  ['Better onboarding', ['no-result']],
  ['Stakeholder alignment', ['no-result']],
  ['Complete prototype 1', []],
  ['Send the draft proposal to Ana', []],
  ['Ship the accessibility fixes for the login page', []],
  ['Hold three interviews with new joiners', []],
  ['Decide on the vendor with Tomás', []],
  ['Write a one-page summary of the retro', []],
  ['Publish the onboarding guide on the wiki', []],
  ['Book a meeting with the CFO', []],
  ['Schedule the design review', []],
  ['Interview 5 customers', []],
  ['Present the findings at the all-hands', []],
  ['Finish the budget soon', ['vague-time']],
  ['Send the report at some point', ['vague-time']],
  ['Work on the plan eventually', ['vague-verb', 'vague-time']],
  // Words that only contain a vague verb are not vague.
  ['Share the explored options', []],
  ['Write the continued story of the launch', []],
];

describe('commitment nudges: the wording', () => {
  it.each(PHRASINGS)('“%s” draws %j', (text, kinds) => {
    expect(kindsOf(text)).toEqual(kinds);
  });

  it('stays quiet until something is typed', () => {
    expect(commitmentNudges({ text: '  ', dueDate: '', today: TODAY, nextSession: NEXT })).toEqual({
      nudges: [],
      suggestion: null,
    });
  });

  it('names the vague phrase as it was typed', () => {
    const [nudge] = commitmentNudges({
      text: 'I will look into the churn',
      dueDate: DUE,
      today: TODAY,
      nextSession: NEXT,
    }).nudges;
    expect(nudge?.message).toMatch(/^“Look into” says what you will do/);
  });
});

/** Words, success signal, the nudges they draw: the signal answers "no result" and nothing else. */
const WITH_SIGNAL: [string, string, NudgeKind[]][] = [
  ['The accessibility backlog', 'The login page passes axe with no violations', []],
  ['Better onboarding', 'New joiners rate week one 4 out of 5', []],
  ['Stakeholder alignment', '   ', ['no-result']],
  ['Stakeholder alignment', '', ['no-result']],
  ['Work on the accessibility backlog', 'The backlog is empty', ['vague-verb']],
  ['Better onboarding eventually', 'The guide is on the wiki', ['vague-time']],
  ['Complete prototype 1', 'Ana has clicked through it', []],
];

describe('commitment nudges: the success signal', () => {
  it.each(WITH_SIGNAL)('“%s”, known done when “%s”, draws %j', (text, successSignal, kinds) => {
    const advice = commitmentNudges({
      text,
      dueDate: DUE,
      today: TODAY,
      nextSession: NEXT,
      successSignal,
    });
    expect(advice.nudges.map((n) => n.kind)).toEqual(kinds);
  });

  it('offers no example once the signal answers the only nudge', () => {
    expect(
      commitmentNudges({
        text: 'Better onboarding',
        dueDate: DUE,
        today: TODAY,
        nextSession: NEXT,
        successSignal: 'New joiners rate week one 4 out of 5',
      }).suggestion,
    ).toBeNull();
  });
});

describe('commitment nudges: the date', () => {
  it('asks for a date when there is none or it is half-typed', () => {
    expect(kindsOf('Send the draft to Ana', '')).toEqual(['no-date']);
    expect(kindsOf('Send the draft to Ana', '2026-02-31')).toEqual(['no-date']);
  });

  it('says when the date is past, and accepts today', () => {
    expect(kindsOf('Send the draft to Ana', '2026-11-30')).toEqual(['past-date']);
    expect(kindsOf('Send the draft to Ana', TODAY)).toEqual([]);
  });

  it('says when the date falls after the next session, and accepts the next session day', () => {
    expect(kindsOf('Send the draft to Ana', '2026-12-09')).toEqual(['after-next-session']);
    expect(kindsOf('Send the draft to Ana', NEXT)).toEqual([]);
    const message = commitmentNudges(
      { text: 'Send the draft', dueDate: '2026-12-20', today: TODAY, nextSession: NEXT },
      (iso) => iso,
    ).nudges[0]?.message;
    expect(message).toContain('after the next session on 2026-12-08');
  });

  it('does not judge a far date when the cohort meets ad hoc', () => {
    const advice = commitmentNudges({
      text: 'Send the draft',
      dueDate: '2027-03-01',
      today: TODAY,
      nextSession: null,
    });
    expect(advice.nudges).toEqual([]);
  });
});

describe('commitment nudges: the example', () => {
  const suggest = (text: string, dueDate = DUE, nextSession: string | null = NEXT) =>
    commitmentNudges({ text, dueDate, today: TODAY, nextSession }, (iso) => iso).suggestion;

  it('puts a result verb in place of the vague one, with the typed object and date', () => {
    expect(suggest('Work on the accessibility backlog')).toBe(
      'Verb + object + by when: “Finish the accessibility backlog by 2026-12-04”.',
    );
    expect(suggest('I will look into how Payments handles refunds.')).toBe(
      'Verb + object + by when: “Write up what we know about how Payments handles refunds by 2026-12-04”.',
    );
    expect(suggest('Try to talk to the design team by Friday')).toBe(
      'Verb + object + by when: “Talk to the design team by 2026-12-04”.',
    );
  });

  it('adds a verb to a bare object, and drops a vague time', () => {
    expect(suggest('The accessibility backlog')).toBe(
      'Verb + object + by when: “Finish the accessibility backlog by 2026-12-04”.',
    );
    expect(suggest('Send the report soon')).toBe(
      'Verb + object + by when: “Send the report by 2026-12-04”.',
    );
  });

  it('offers the next session as the when if the date is missing, past or too late', () => {
    expect(suggest('Send the report', '')).toContain('by 2026-12-08”');
    expect(suggest('Send the report', '2026-11-01')).toContain('by 2026-12-08”');
    expect(suggest('Send the report', '2027-01-15')).toContain('by 2026-12-08”');
    expect(suggest('Send the report', '', null)).toContain('by 2026-12-08”'); // a week on
  });

  it('offers nothing when the commitment is specific, observable and time-bound', () => {
    expect(suggest('Complete prototype 1')).toBeNull();
  });

  it('formats days in English by default', () => {
    expect(
      commitmentNudges({ text: 'Work on X', dueDate: DUE, today: TODAY, nextSession: NEXT })
        .suggestion,
    ).toBe('Verb + object + by when: “Finish X by Fri 4 Dec”.');
  });
});

describe('the next session by the cadence', () => {
  const cadence = (every: string, weekday?: number) =>
    CadenceSchema.parse(weekday === undefined ? { every } : { every, weekday });

  it('is a week, two weeks or a month on', () => {
    expect(nextSessionAfter(cadence('week'), TODAY)).toBe('2026-12-08');
    expect(nextSessionAfter(cadence('two-weeks'), TODAY)).toBe('2026-12-15');
    expect(nextSessionAfter(cadence('month'), TODAY)).toBe('2027-01-01');
    expect(nextSessionAfter(cadence('month'), '2027-01-31')).toBe('2027-02-28');
  });

  it('falls on the cadence weekday', () => {
    expect(nextSessionAfter(cadence('week', 4), TODAY)).toBe('2026-12-03'); // Thursday
    expect(nextSessionAfter(cadence('week', 2), TODAY)).toBe('2026-12-08'); // Tuesday again
    expect(nextSessionAfter(cadence('two-weeks', 4), TODAY)).toBe('2026-12-10');
    expect(nextSessionAfter(cadence('month', 1), TODAY)).toBe('2027-01-04');
  });

  it('is unknown when the cohort meets ad hoc', () => {
    expect(nextSessionAfter(cadence('ad-hoc'), TODAY)).toBeNull();
  });
});
