import { describe, expect, it } from 'vitest';
import { applyDraft } from '../../../electron/core/store/draft.ts';

const sample = () => ({
  name: 'Circle',
  members: [
    { id: 'a', tags: ['x'] },
    { id: 'b', tags: [] as string[] },
    { id: 'c', tags: [] as string[] },
  ],
  charter: { mission: 'm' } as Record<string, unknown>,
});

describe('applyDraft', () => {
  it('undoes every kind of change when the mutator throws', () => {
    const doc = sample();
    const before = structuredClone(doc);
    expect(() =>
      applyDraft(doc, (draft) => {
        draft.name = 'Changed';
        draft.members.push({ id: 'd', tags: [] });
        draft.members.splice(0, 1);
        draft.members.reverse();
        draft.members[0]!.tags.push('y', 'z');
        delete draft.charter['mission'];
        Object.assign(draft.charter, { extra: 1 });
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(doc).toEqual(before);
  });

  it('keeps changes, reports what was touched and returns plain data', () => {
    const doc = sample();
    const outcome = applyDraft(doc, (draft) => {
      draft.members[1]!.tags.push('new');
      draft.charter['mission'] = 'Learn';
      return { member: draft.members[1]!, list: draft.members };
    });
    expect(doc.members[1]!.tags).toEqual(['new']);
    expect(outcome.touched).toContainEqual(['members', 1, 'tags', 0]);
    expect(outcome.touched).toContainEqual(['charter', 'mission']);
    expect(outcome.result.member).toBe(doc.members[1]);
    expect(outcome.result.list).toBe(doc.members);
    expect(() => structuredClone(outcome.result)).not.toThrow();
  });

  it('refuses a draft used after its update finished', () => {
    let leaked: ReturnType<typeof sample> | undefined;
    applyDraft(sample(), (draft) => void (leaked = draft));
    expect(() => (leaked!.name = 'late')).toThrow(/after its update finished/);
  });

  it('stores plain objects, never proxies, when draft values are moved around', () => {
    const doc = sample();
    applyDraft(doc, (draft) => void draft.members.push(draft.members[0]!));
    expect(() => structuredClone(doc)).not.toThrow();
  });
});
