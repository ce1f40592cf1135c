/** The notes' commands: add one (stamped with the time and the current segment), edit, remove. */
import type { CommandsOf, LiveHandlers } from './liveHandler.ts';
import { mint, person, type LiveNote } from './liveState.ts';
import { refuse } from './refusal.ts';

export const noteHandlers: LiveHandlers<CommandsOf<'note'>> = {
  'note.add': (state, command, now) => {
    if (command.attendeeId !== undefined && !person(state, command.attendeeId)) {
      return refuse('not-found', `${command.attendeeId} is not in this session.`);
    }
    const [id, minted] = mint(state, 'n');
    const note: LiveNote = {
      id,
      at: new Date(now).toISOString(),
      text: command.text,
      kind: command.kind,
      segmentId: state.agenda.currentId,
      attendeeId: command.attendeeId ?? null,
    };
    return { ...minted, notes: [...state.notes, note] };
  },
  'note.edit': (state, command) => {
    const note = state.notes.find((n) => n.id === command.noteId);
    if (!note) return refuse('not-found', `There is no note ${command.noteId}.`);
    if (note.text === command.text) return state;
    return {
      ...state,
      notes: state.notes.map((n) => (n === note ? { ...n, text: command.text } : n)),
    };
  },
  'note.remove': (state, command) => {
    if (!state.notes.some((n) => n.id === command.noteId))
      return refuse('not-found', `There is no note ${command.noteId}.`);
    return { ...state, notes: state.notes.filter((n) => n.id !== command.noteId) };
  },
};
