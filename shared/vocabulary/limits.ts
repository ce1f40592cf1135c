/**
 * How long names and texts may be, declared once: the cohort file's schema, the requests, the live
 * commands, the deck edits and the console's form fields take their limits from here, so a text
 * the console lets you type is one the host accepts and the file keeps.
 */

/** Most characters in each kind of name or text. */
export const MAX_LENGTH = {
  /** Any id: of a cohort, member, session, segment, note, commitment, question or category. */
  id: 64,
  /** A member's, attendee's or guest's name. */
  personName: 120,
  cohortName: 120,
  categoryName: 120,
  categoryHint: 400,
  question: 1000,
  /** A segment's or a session's title. */
  title: 200,
  /** A segment's cue: the one line the room reads on the projector ("The owner turns away and listens"). */
  cue: 80,
  /** A member's role or function. */
  role: 200,
  /** One of a member's strengths. */
  strength: 200,
  mission: 4000,
  /** The weekly time commitment, one learning format or one kind of project in the charter. */
  charterLine: 200,
  /** One rule of the code of conduct. */
  conductRule: 1000,
  challenge: 4000,
  note: 20_000,
  journalEntry: 20_000,
  /** The prompt a journal entry answers ("What did I learn from others today?"). */
  journalPrompt: 200,
  commitment: 2000,
  /** How the group will know a commitment is done: one sentence ("the draft is in the shared folder"). */
  successSignal: 400,
  /** Each part of a progress update: accomplished, remaining, blockers. */
  progress: 4000,
  /** A command's name in the run log, and a request's name on the wire. */
  commandName: 100,
  /** What the facilitator types to search the cohort's notes. */
  searchQuery: 200,
  /** A file or folder path the facilitator picked. */
  path: 4096,
} as const satisfies Record<string, number>;

/** The most notes one note search answers with. */
export const MAX_NOTE_HITS = 100;

/** The longest a segment or a whole session is planned for, in minutes: ten hours. */
export const MAX_PLANNED_MINUTES = 600;
