/** The kind a new note defaults to: the phase's, and an answer when the owner speaks in a round. */
import { describe, expect, it } from 'vitest';
import { defaultNoteKind } from '../../../shared/vocabulary/noteKinds.ts';

describe('the default kind of a note', () => {
  it('is an answer for the owner’s words in the clarifying rounds, a question for the others', () => {
    expect(defaultNoteKind('clarifying', true)).toBe('answer');
    expect(defaultNoteKind('clarifying', false)).toBe('question');
  });

  it('follows the phase elsewhere, whoever speaks', () => {
    expect(defaultNoteKind('recommendations', true)).toBe('recommendation');
    expect(defaultNoteKind('reflect', false)).toBe('reflection');
    expect(defaultNoteKind(undefined, true)).toBe('note');
  });
});
