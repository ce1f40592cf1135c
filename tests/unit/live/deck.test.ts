import { describe, expect, it } from 'vitest';
import { applyDeckEdit } from '../../../shared/deck/customise.ts';
import { defaultQuestionBank } from '../../../shared/deck/defaultBank.ts';
import { challengeIdFor } from '../../../shared/live/challenges.ts';
import { toLiveBank } from '../../../shared/live/deck.ts';
import { askCounts, currentQuestion, shownQuestion } from '../../../shared/live/selectors.ts';
import { fresh, refusal, run, script, T0 } from './fixtures.ts';

describe('default bank', () => {
  it('has the four categories of DOMAIN.md in order, then the facilitator probes', () => {
    const bank = defaultQuestionBank();
    expect(bank.categories.map((c) => c.name)).toEqual([
      'Framing',
      'Forward-thinking',
      'Milestones',
      'Support',
      "Facilitator's probes",
    ]);
    const count = (id: string) => bank.questions.filter((q) => q.categoryId === id).length;
    expect([
      count('framing'),
      count('forward-thinking'),
      count('milestones'),
      count('support'),
    ]).toEqual([5, 3, 4, 3]);
    expect(bank.questions.filter((q) => q.categoryId === 'probes').map((q) => q.text)).toEqual([
      'Are we sure about this assumption?',
      'What data are we ignoring?',
    ]);
    expect(bank.questions[0]!.text).toBe(
      'What is the current impact of the issue on organizational goals or relationships?',
    );
  });
});

describe('deck customisation', () => {
  let n = 0;
  const newId = () => `q${++n}`;
  it('adds, edits, hides and reorders questions and adds categories', () => {
    let bank = applyDeckEdit(
      undefined,
      { type: 'question.add', categoryId: 'support', text: 'Who else should know?' },
      newId,
    );
    expect(bank.questions.at(-1)).toMatchObject({ categoryId: 'support', builtIn: false });
    bank = applyDeckEdit(
      bank,
      { type: 'question.edit', questionId: 'framing-2', text: 'What happened?' },
      newId,
    );
    bank = applyDeckEdit(
      bank,
      { type: 'question.hide', questionId: 'framing-1', hidden: true },
      newId,
    );
    bank = applyDeckEdit(
      bank,
      { type: 'question.move', questionId: 'framing-5', toIndex: 0 },
      newId,
    );
    bank = applyDeckEdit(bank, { type: 'category.add', name: 'Risks', hint: '' }, newId);
    bank = applyDeckEdit(bank, { type: 'category.move', categoryId: 'support', toIndex: 0 }, newId);
    const live = toLiveBank(bank);
    expect(live.categories.map((c) => c.id)).toEqual([
      'support',
      'framing',
      'forward-thinking',
      'milestones',
      'probes',
    ]);
    expect(live.questions.filter((q) => q.categoryId === 'framing').map((q) => q.id)).toEqual([
      'framing-5',
      'framing-2',
      'framing-3',
      'framing-4',
    ]);
    expect(live.questions.find((q) => q.id === 'framing-2')!.text).toBe('What happened?');
    expect(() =>
      applyDeckEdit(bank, { type: 'question.hide', questionId: 'nope', hidden: true }, newId),
    ).toThrow();
    expect(applyDeckEdit(bank, { type: 'reset' }, newId)).toEqual(defaultQuestionBank());
  });
});

describe('live deck', () => {
  it('steps through questions in category order, jumps and picks', () => {
    let s = run(fresh(), { type: 'deck.next' });
    expect(currentQuestion(s)).toMatchObject({
      question: { id: 'framing-1' },
      number: 1,
      of: 5,
      shown: false,
    });
    expect(refusal(s, { type: 'deck.previous' }).reason).toBe('not-now');
    for (let i = 0; i < 5; i++) s = run(s, { type: 'deck.next' });
    expect(currentQuestion(s)?.category.id).toBe('forward-thinking');
    s = run(s, { type: 'deck.category', categoryId: 'support' });
    expect(currentQuestion(s)?.question.id).toBe('support-1');
    s = run(s, { type: 'deck.pick', questionId: 'probes-2' });
    expect(currentQuestion(s)?.question.text).toBe('What data are we ignoring?');
    expect(refusal(s, { type: 'deck.pick', questionId: 'nope' }).reason).toBe('not-found');
  });

  it('jumps to the first and the last question of the current category', () => {
    // With nothing selected, the current category is the first one.
    let s = run(fresh(), { type: 'deck.lastInCategory' });
    expect(currentQuestion(s)?.question.id).toBe('framing-5');
    s = run(s, { type: 'deck.firstInCategory' });
    expect(currentQuestion(s)?.question.id).toBe('framing-1');
    s = run(s, { type: 'deck.pick', questionId: 'milestones-2' });
    s = run(s, { type: 'deck.lastInCategory' });
    expect(currentQuestion(s)?.question.id).toBe('milestones-4');
    s = run(s, { type: 'deck.firstInCategory' });
    expect(currentQuestion(s)?.question.id).toBe('milestones-1');
    // Already there: the same state, not a change.
    expect(run(s, { type: 'deck.firstInCategory' })).toBe(s);
    // Only the selection moves: the room keeps what it was shown.
    s = run(s, { type: 'deck.show' });
    s = run(s, { type: 'deck.lastInCategory' });
    expect(shownQuestion(s)?.question.id).toBe('milestones-1');
    const empty = fresh({ bank: { categories: [], questions: [] } });
    expect(refusal(empty, { type: 'deck.firstInCategory' }).reason).toBe('not-now');
  });

  it('previews before showing, shows and hides on the presenter, marks asked', () => {
    let s = script(fresh(), [
      [{ type: 'challenge.enter', attendeeId: 'ana', text: 'Hiring' }, T0],
      [{ type: 'challenge.choose', challengeId: challengeIdFor('ana') }, T0],
      [{ type: 'queue.next' }, T0],
      [{ type: 'deck.pick', questionId: 'framing-2' }, T0],
    ]);
    expect(shownQuestion(s)).toBeNull();
    s = run(s, { type: 'deck.show' }, T0 + 1000);
    expect(shownQuestion(s)).toMatchObject({
      question: { id: 'framing-2' },
      shown: true,
      asked: true,
    });
    expect(s.deck.asked[0]).toEqual({
      questionId: 'framing-2',
      categoryId: 'framing',
      challengeId: challengeIdFor('ana'),
      ownerId: 'ana',
      askerId: 'ben',
      at: T0 + 1000,
      times: 1,
    });
    // Preview the next one while the room still sees this one.
    s = run(s, { type: 'deck.next' });
    expect(currentQuestion(s)?.question.id).toBe('framing-3');
    expect(shownQuestion(s)?.question.id).toBe('framing-2');
    s = run(s, { type: 'deck.hide' });
    expect(shownQuestion(s)).toBeNull();
    s = run(s, { type: 'deck.show', questionId: 'framing-2' });
    s = run(s, { type: 'deck.hide' });
    s = run(s, { type: 'deck.show', questionId: 'framing-2' });
    expect(s.deck.asked).toHaveLength(1);
    s = run(s, { type: 'deck.show', questionId: 'milestones-1' });
    expect(askCounts(s)).toEqual({ framing: 1, milestones: 1 });
    // Asked again later: one mark, counted twice.
    s = run(s, { type: 'deck.show', questionId: 'framing-2' });
    expect(s.deck.asked).toHaveLength(2);
    expect(askCounts(s)).toEqual({ framing: 2, milestones: 1 });
  });

  it('draws questions not yet asked of the owner, keeping categories balanced', () => {
    let s = script(fresh(), [
      [{ type: 'challenge.enter', attendeeId: 'ana', text: 'Hiring' }, T0],
      [{ type: 'challenge.choose', challengeId: challengeIdFor('ana') }, T0],
    ]);
    const drawn: string[] = [];
    for (let i = 0; i < 15; i++) {
      s = run(s, { type: 'deck.draw' });
      s = run(s, { type: 'deck.show' });
      drawn.push(s.deck.currentId!);
    }
    // Every question of the four categories once, and never a probe.
    expect(new Set(drawn).size).toBe(15);
    expect(drawn.some((id) => id.startsWith('probes'))).toBe(false);
    // Balanced: after the first four draws each category has been asked once.
    expect(new Set(drawn.slice(0, 4).map((id) => id.split('-').slice(0, -1).join('-')))).toEqual(
      new Set(['framing', 'forward-thinking', 'milestones', 'support']),
    );
    // At any point, the share asked per category differs by at most one question's share.
    const counts = askCounts(s);
    expect(counts).toEqual({ framing: 5, 'forward-thinking': 3, milestones: 4, support: 3 });
  });

  it('remembers earlier sessions: never-asked questions first, then the least recently asked', () => {
    const framing = ['framing-1', 'framing-2', 'framing-3', 'framing-4', 'framing-5'];
    const ids = toLiveBank(defaultQuestionBank())
      .questions.filter((q) => q.categoryId !== 'probes')
      .map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining(framing));
    // Ana was asked every question but two in earlier sessions; the oldest of them in October.
    const before = ids
      .filter((id) => id !== 'milestones-2' && id !== 'support-3')
      .map((questionId) => ({
        questionId,
        ownerId: 'ana',
        date: questionId === 'forward-thinking-2' ? '2026-10-01' : '2026-11-12',
      }));
    // Ben was asked the two; that does not count for Ana.
    before.push(
      { questionId: 'milestones-2', ownerId: 'ben', date: '2026-11-12' },
      { questionId: 'support-3', ownerId: 'ben', date: '2026-11-12' },
    );
    let s = script(fresh({ askedBefore: before }), [
      [{ type: 'challenge.enter', attendeeId: 'ana', text: 'Hiring' }, T0],
      [{ type: 'challenge.choose', challengeId: challengeIdFor('ana') }, T0],
    ]);
    const drawn: string[] = [];
    for (let i = 0; i < 4; i++) {
      s = run(s, { type: 'deck.draw' });
      s = run(s, { type: 'deck.show' });
      drawn.push(s.deck.currentId!);
    }
    expect(drawn.slice(0, 2).sort()).toEqual(['milestones-2', 'support-3']);
    // Then, with the categories still balanced, the one asked of her longest ago comes first.
    expect(drawn.slice(2)).toContain('forward-thinking-2');
    const categories = drawn.map((id) => id.split('-').slice(0, -1).join('-'));
    expect(new Set(categories).size).toBe(4);
  });

  it('takes the cohort deck changed during the run', () => {
    let s = run(fresh(), { type: 'deck.pick', questionId: 'framing-1' });
    const bank = toLiveBank(
      applyDeckEdit(
        undefined,
        { type: 'question.hide', questionId: 'framing-1', hidden: true },
        () => 'x',
      ),
    );
    s = run(s, { type: 'deck.setBank', bank });
    expect(s.deck.currentId).toBeNull();
    expect(s.deck.bank.questions).toHaveLength(16);
  });
});
