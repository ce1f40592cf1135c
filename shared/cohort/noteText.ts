/**
 * A note's text is stored once, in the session's notes. The run log's note commands carry the
 * note's id instead (`note.add` → { noteId, kind, attendeeId? }, `note.edit` → { noteId }), and
 * replay takes the text from the notes record: the log still says what happened and when, and a
 * 20,000-character note is not in the file (or the journal) twice. Logs written before this
 * carry the text and replay as they are.
 */
import type { Note, RunLogEntry } from './schema.ts';
import type { LiveCommand } from '../live/commands.ts';
import { commandEntry } from '../live/replay.ts';
import type { LiveState } from '../live/session.ts';

/** Stands in for the text of a note removed later in the log (replay removes it again). */
const REMOVED_NOTE = 'A note removed since';

/** The run log entry for an applied command; `after` is the state it led to. */
export function logEntryFor(
  seq: number,
  now: number,
  command: LiveCommand,
  after: LiveState,
): RunLogEntry {
  if (command.type === 'note.add') {
    const { text: _text, ...rest } = commandEntry(seq, now, command).input as { text: string };
    return { seq, now, name: command.type, input: { ...rest, noteId: after.notes.at(-1)!.id } };
  }
  if (command.type === 'note.edit')
    return { seq, now, name: command.type, input: { noteId: command.noteId } };
  return commandEntry(seq, now, command);
}

const textless = (input: unknown): input is { noteId: string } =>
  typeof input === 'object' &&
  input !== null &&
  !('text' in input) &&
  typeof (input as { noteId?: unknown }).noteId === 'string';

/** The run log as replay reads it: note commands given their text back from the notes. */
export function withNoteTexts(
  runLog: readonly RunLogEntry[],
  notes: readonly Note[],
): RunLogEntry[] {
  const texts = new Map(notes.map((note) => [note.id, note.text]));
  return runLog.map((entry) => {
    if ((entry.name !== 'note.add' && entry.name !== 'note.edit') || !textless(entry.input))
      return entry;
    const { noteId, ...rest } = entry.input;
    const text = texts.get(noteId) ?? REMOVED_NOTE;
    return {
      ...entry,
      input: entry.name === 'note.add' ? { ...rest, text } : { noteId, text },
    };
  });
}
