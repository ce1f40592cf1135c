/**
 * The notes' commands: add one (stamped with the time, the segment and its phase, the question on
 * the screen and who had the floor), edit, remove, and restore a removed one where it was.
 */
import type { CommandsOf, LiveHandlers } from './liveHandler.ts';
import { mint, person, type LiveNote, type LiveState } from './liveState.ts';
import { refuse } from './refusal.ts';
import { currentSegment, shownQuestion } from './selectors.ts';

/** How many removals can be undone; older ones are gone for good. */
export const NOTE_UNDO_DEPTH = 20;

/** A note stamped with what is going on now. */
function addNote(
  state: LiveState,
  fields: { text: string; kind: LiveNote['kind']; attendeeId: string | null },
  now: number,
): LiveState {
  const [id, minted] = mint(state, 'n');
  const note: LiveNote = {
    id,
    at: new Date(now).toISOString(),
    ...fields,
    segmentId: state.agenda.currentId,
    phase: currentSegment(state)?.phase ?? null,
    question: shownQuestion(state)?.question.text ?? null,
    floorId: state.queue.floor,
  };
  return { ...minted, notes: [...state.notes, note] };
}

export const noteHandlers: LiveHandlers<CommandsOf<'note'>> = {
  'note.add': (state, command, now) => {
    if (command.attendeeId !== undefined && !person(state, command.attendeeId)) {
      return refuse('not-found', `${command.attendeeId} is not in this session.`);
    }
    return addNote(
      state,
      { text: command.text, kind: command.kind, attendeeId: command.attendeeId ?? null },
      now,
    );
  },
  'note.offer': (state, command) => {
    if (!person(state, command.attendeeId))
      return refuse('not-found', `${command.attendeeId} is not in this session.`);
    const [id, minted] = mint(state, 'o');
    return {
      ...minted,
      offers: [...state.offers, { id, attendeeId: command.attendeeId, text: command.text }],
    };
  },
  'note.acceptOffer': (state, command, now) => {
    const offer = state.offers.find((o) => o.id === command.offerId);
    if (!offer)
      return refuse('not-found', `There is no offered recommendation ${command.offerId}.`);
    const rest = { ...state, offers: state.offers.filter((o) => o !== offer) };
    return addNote(
      rest,
      { text: offer.text, kind: 'recommendation', attendeeId: offer.attendeeId },
      now,
    );
  },
  'note.dismissOffer': (state, command) => {
    if (!state.offers.some((o) => o.id === command.offerId))
      return refuse('not-found', `There is no offered recommendation ${command.offerId}.`);
    return { ...state, offers: state.offers.filter((o) => o.id !== command.offerId) };
  },
  'note.edit': (state, command) => {
    const note = state.notes.find((n) => n.id === command.noteId);
    if (!note) return refuse('not-found', `There is no note ${command.noteId}.`);
    const kind = command.kind ?? note.kind;
    if (note.text === command.text && note.kind === kind) return state;
    return {
      ...state,
      notes: state.notes.map((n) => (n === note ? { ...n, text: command.text, kind } : n)),
    };
  },
  'note.remove': (state, command) => {
    const index = state.notes.findIndex((n) => n.id === command.noteId);
    const note = state.notes[index];
    if (!note) return refuse('not-found', `There is no note ${command.noteId}.`);
    return {
      ...state,
      notes: state.notes.filter((n) => n !== note),
      removedNotes: [...state.removedNotes, { index, note }].slice(-NOTE_UNDO_DEPTH),
    };
  },
  'note.restore': (state, command) => {
    const removed = state.removedNotes.find((r) => r.note.id === command.noteId);
    if (!removed)
      return refuse('not-found', `There is no removed note ${command.noteId} to restore.`);
    const notes = [...state.notes];
    notes.splice(Math.min(removed.index, notes.length), 0, removed.note);
    return {
      ...state,
      notes,
      removedNotes: state.removedNotes.filter((r) => r !== removed),
    };
  },
};
