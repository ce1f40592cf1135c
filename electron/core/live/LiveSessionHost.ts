/**
 * The live session host: keeps the live state of each running session in memory, applies commands
 * with the pure reducer at the clock's `now`, appends each applied command to the session's run log,
 * writes what the run changed into the session record through the store, and broadcasts the full
 * state to every view. A command is answered once the store has it on disk (its journal), so a
 * crash or restart loses nothing acknowledged; commands arriving while one is being stored share
 * the next store update (group commit). A session that is not in memory is brought back by
 * replaying its run log. A store update that fails is tried again, with everything since, until
 * the disk works: nothing is dropped and the session can still end.
 */
import { randomUUID } from 'node:crypto';
import type { RolesOfTheDay } from '../../../shared/cohort/rotation.ts';
import { defaultSessionTitle, rosterAttendance } from '../../../shared/cohort/sessionRecord.ts';
import type { Cohort, QuestionBank, RunLogEntry, Session } from '../../../shared/cohort/schema.ts';
import { RequestError, type EventName, type EventPayload } from '../../../shared/contract/index.ts';
import {
  applyDeckEdit,
  DeckEditError,
  resolveBank,
  type DeckEdit,
} from '../../../shared/deck/customise.ts';
import type { LiveCommand } from '../../../shared/live/commands.ts';
import { toLiveBank } from '../../../shared/live/deck.ts';
import { replayRunLog, startEntry } from '../../../shared/live/replay.ts';
import {
  applyLiveCommand,
  createLiveState,
  type LiveEffect,
  type LiveState,
} from '../../../shared/live/session.ts';
import type { LiveSnapshot } from '../../../shared/live/snapshot.ts';
import {
  defaultChoiceId,
  sessionAgenda,
  type AgendaChoiceId,
} from '../../../shared/protocols/choice.ts';
import { ROLE_WORDS, type RoleName } from '../../../shared/vocabulary/roles.ts';
import type { CohortStore } from '../store/CohortStore.ts';
import { monotonicClock, type Clock } from './clock.ts';
import { logEntryFor, withNoteTexts } from '../../../shared/cohort/noteText.ts';
import { initFor, writeSessionRecord } from './records.ts';

/** The part of the store the live host uses (backups: optional, for stores without files). */
export type LiveStore = Pick<CohortStore, 'read' | 'update'> &
  Partial<Pick<CohortStore, 'backupBeforeSession' | 'releaseSessionBackup'>>;
export interface LiveBroadcaster {
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
}

export interface LiveSessionHostOptions {
  store: LiveStore;
  broadcaster: LiveBroadcaster;
  clock?: Clock;
  newId?: () => string;
  /**
   * @deprecated Ignored: commands are handed to the store before they are answered (group commit
   * batches them instead). Kept so existing callers still compile.
   */
  persistDelayMs?: number;
  /** Delays between tries of a store update that failed (default 1 s, 2 s, 5 s, then every 10 s). */
  retryDelaysMs?: readonly number[];
  /**
   * Told about each store update that failed. The store's save status says the same to views;
   * entries refused as invalid ('rejected') are dropped, any other failure is tried again.
   */
  onPersistError?: (error: unknown) => void;
}

export interface NewSession {
  cohortId: string;
  date: string;
  title?: string | undefined;
  /** Member ids, in seating order. */
  attendance: string[];
  /** Names of guests joining this session only. */
  guests?: string[] | undefined;
  /** Members not attending who sent word: recorded as excused rather than absent. */
  excused?: string[] | undefined;
  /** Whose agenda the session runs; the cohort's template if saved, else the default protocol. */
  protocolId?: AgendaChoiceId | undefined;
  /** How many cases the protocol's per-case steps are repeated for (1 when not given). */
  cases?: number | undefined;
  /** Who holds each rotating role: members attending. */
  roles?: RolesOfTheDay | undefined;
}

interface Running {
  cohortId: string;
  sessionId: string;
  state: LiveState;
  seq: number;
  lastNow: number;
  /** Where the session sat in cohort.sessions last time, to find it without a scan. */
  index: number;
  /** The state as last handed to the store, to write only what has changed in the record since. */
  persisted: LiveState | undefined;
  /** Run log entries and effects applied but not yet handed to the store. */
  pending: RunLogEntry[];
  effects: LiveEffect[];
  /** The store update under way, and the one that will carry what arrives meanwhile. */
  storing: Promise<void> | undefined;
  next: Promise<void> | undefined;
  /** Store updates failed in a row, for the retry delay. */
  failures: number;
}

const keyOf = (cohortId: string, sessionId: string) => `${cohortId}\u0000${sessionId}`;

export class LiveSessionHost {
  readonly #store: LiveStore;
  readonly #broadcaster: LiveBroadcaster;
  readonly #clock: Clock;
  readonly #newId: () => string;
  readonly #running = new Map<string, Running>();
  readonly #opening = new Map<string, Promise<Running>>();
  readonly #retryDelaysMs: readonly number[];
  readonly #onPersistError: (error: unknown) => void;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: LiveSessionHostOptions) {
    this.#store = options.store;
    this.#broadcaster = options.broadcaster;
    this.#clock = options.clock ?? monotonicClock();
    this.#newId = options.newId ?? randomUUID;
    this.#retryDelaysMs = options.retryDelaysMs ?? [1000, 2000, 5000, 10_000];
    this.#onPersistError = options.onPersistError ?? (() => {});
  }

  /**
   * Adds a session to the cohort: members attending in seating order, guests, the agenda of the
   * chosen protocol and the roles of the day.
   */
  createSession(input: NewSession): Promise<Session> {
    return this.#store.update(input.cohortId, (cohort) => {
      for (const memberId of [...input.attendance, ...(input.excused ?? [])]) {
        if (!cohort.members.some((m) => m.id === memberId))
          throw new RequestError('not-found', `${cohort.name} has no member ${memberId}.`);
      }
      const roster = rosterAttendance(cohort.members, input.attendance, input.excused ?? []);
      const guests = (input.guests ?? []).map((name) => ({
        id: `guest-${this.#newId()}`,
        name,
        guest: true,
        present: true,
      }));
      const protocolId = input.protocolId ?? defaultChoiceId(cohort);
      const agenda = sessionAgenda(cohort, protocolId, input.cases ?? 1);
      if (!agenda)
        throw new RequestError('rejected', `${cohort.name} has no saved agenda template yet.`);
      const roles = input.roles ?? {};
      for (const [role, holder] of Object.entries(roles) as [RoleName, string][]) {
        if (!input.attendance.includes(holder))
          throw new RequestError(
            'rejected',
            `The ${ROLE_WORDS[role].label.toLowerCase()} has to be one of the members attending.`,
          );
      }
      const session: Session = {
        id: this.#newId(),
        date: input.date,
        title: input.title || defaultSessionTitle(cohort.sessions, input.date),
        attendance: [...roster.present, ...guests, ...roster.absent],
        roles: { ...roles },
        protocolId,
        agenda,
        challenges: [],
        runLog: [],
        notes: [],
        commitments: [],
        progressUpdates: [],
        askCounts: {},
        airtime: [],
      };
      cohort.sessions.push(session);
      return JSON.parse(JSON.stringify(session)) as Session;
    });
  }

  /** Starts (or rejoins) the live run of a session and broadcasts its state. */
  async open(cohortId: string, sessionId: string): Promise<LiveSnapshot> {
    const live = await this.#get(cohortId, sessionId, true);
    const snapshot = this.#snapshot(live);
    this.#broadcaster.emit('live.state', snapshot);
    return snapshot;
  }

  /** The full current state, for a view that has just connected. Never writes. */
  async snapshot(cohortId: string, sessionId: string): Promise<LiveSnapshot> {
    return this.#snapshot(await this.#get(cohortId, sessionId, false));
  }

  /** Sessions running in this host, for views looking for one to follow. */
  running(): { cohortId: string; sessionId: string; seq: number }[] {
    return [...this.#running.values()]
      .filter((live) => live.state.status === 'running')
      .map(({ cohortId, sessionId, seq }) => ({ cohortId, sessionId, seq }));
  }

  /** Applies one command. A refusal is a RequestError in words; nothing changes. */
  async command(
    cohortId: string,
    sessionId: string,
    command: LiveCommand,
  ): Promise<{ seq: number; changed: boolean }> {
    const live = await this.#get(cohortId, sessionId, false);
    const now = this.#now(live);
    const result = applyLiveCommand(live.state, command, now);
    if (!result.ok) {
      throw new RequestError(
        result.reason === 'not-found' ? 'not-found' : 'rejected',
        result.message,
        result.detail,
      );
    }
    const changed = result.state !== live.state;
    if (changed) {
      live.state = result.state;
      live.seq += 1;
      live.lastNow = now;
      live.pending.push(logEntryFor(live.seq, now, command, result.state));
      this.#broadcaster.emit('live.state', this.#snapshot(live, now));
    }
    live.effects.push(...result.effects);
    const seq = live.seq;
    // Answered once stored: a command answered ok survives a crash.
    if (changed || result.effects.length > 0) await this.#commit(live);
    return { seq, changed };
  }

  /** Hands every applied command not yet stored to the store; resolves when the store has them. */
  async flush(): Promise<void> {
    await Promise.all([...this.#running.values()].map((live) => this.#commit(live)));
  }

  /**
   * Ends the session: the floor and the timers stop, the record gets its end time. If the store
   * cannot take it now, this throws and the session stays in memory; calling it again once the disk
   * works ends it.
   */
  async end(cohortId: string, sessionId: string): Promise<{ endedAt: string }> {
    const key = keyOf(cohortId, sessionId);
    const live = await this.#get(cohortId, sessionId, false);
    if (live.state.status !== 'ended')
      await this.command(cohortId, sessionId, { type: 'session.end' });
    else await this.#commit(live);
    if (this.#running.get(key) === live) this.#running.delete(key);
    await this.#store.releaseSessionBackup?.(cohortId, sessionId).catch(() => undefined);
    return { endedAt: new Date(live.state.endedAt!).toISOString() };
  }

  /** Edits the cohort's deck; a session running in that cohort gets the new deck at once. */
  async customiseDeck(cohortId: string, edit: DeckEdit): Promise<QuestionBank> {
    const bank = await this.#store.update(cohortId, (cohort) => {
      const current = cohort.questionBank
        ? (JSON.parse(JSON.stringify(cohort.questionBank)) as QuestionBank)
        : undefined;
      let next: QuestionBank;
      try {
        next = applyDeckEdit(current, edit, this.#newId);
      } catch (error) {
        if (error instanceof DeckEditError) throw new RequestError('not-found', error.message);
        throw error;
      }
      cohort.questionBank = next;
      return JSON.parse(JSON.stringify(next)) as QuestionBank;
    });
    for (const live of this.#running.values()) {
      if (live.cohortId !== cohortId || live.state.status !== 'running') continue;
      await this.command(cohortId, live.sessionId, {
        type: 'deck.setBank',
        bank: toLiveBank(bank),
      });
    }
    return bank;
  }

  /** The cohort's deck as the editor shows it (the default bank until it is customised). */
  async deck(cohortId: string): Promise<QuestionBank> {
    return resolveBank((await this.#store.read(cohortId)).questionBank);
  }

  // ——— internals ———

  #now(live: Running): number {
    return Math.max(this.#clock.now(), live.lastNow);
  }

  #snapshot(live: Running, at = this.#now(live)): LiveSnapshot {
    return { seq: live.seq, at, state: live.state };
  }

  /** The running session, brought back from its run log, or (when `start`) started afresh. */
  async #get(cohortId: string, sessionId: string, start: boolean): Promise<Running> {
    const key = keyOf(cohortId, sessionId);
    const running = this.#running.get(key);
    if (running) return running;
    let opening = this.#opening.get(key);
    if (!opening) {
      opening = this.#load(cohortId, sessionId, start).finally(() => this.#opening.delete(key));
      this.#opening.set(key, opening);
    }
    return opening;
  }

  async #load(cohortId: string, sessionId: string, start: boolean): Promise<Running> {
    const cohort = await this.#store.read(cohortId);
    const index = cohort.sessions.findIndex((s) => s.id === sessionId);
    const session = cohort.sessions[index];
    if (!session)
      throw new RequestError('not-found', `${cohort.name} has no session ${sessionId}.`);
    let live: Running;
    if (session.runLog.length > 0) {
      const replay = replayRunLog(withNoteTexts(session.runLog, session.notes));
      if (!replay.ok) throw new RequestError('file-error', `${cohort.name}: ${replay.message}`);
      // Views know a cohort by the store's handle for its file, which changes if the file moves.
      // A note removed from the record since (not by the live session) stays removed.
      const recorded = new Set(session.notes.map((note) => note.id));
      const notes = replay.state.notes.filter((note) => recorded.has(note.id));
      const state = {
        ...replay.state,
        cohortId,
        notes: notes.length === replay.state.notes.length ? replay.state.notes : notes,
      };
      live = {
        cohortId,
        sessionId,
        state,
        seq: replay.seq,
        lastNow: replay.lastNow,
        index,
        persisted: state,
        pending: [],
        effects: [],
        storing: undefined,
        next: undefined,
        failures: 0,
      };
    } else if (start) {
      if (session.endedAt) throw new RequestError('rejected', 'This session has ended.');
      // The file as it was before the session: kept until the session has ended.
      await this.#store.backupBeforeSession?.(cohortId, sessionId).catch(() => undefined);
      const init = initFor(cohortId, cohort, session);
      const now = this.#clock.now();
      live = {
        cohortId,
        sessionId,
        state: createLiveState(init, now),
        seq: 0,
        lastNow: now,
        index,
        persisted: undefined,
        pending: [startEntry(init, now)],
        effects: [],
        storing: undefined,
        next: undefined,
        failures: 0,
      };
      await this.#commit(live);
    } else {
      throw new RequestError(
        'not-found',
        'This session is not running; open it from the console first.',
      );
    }
    this.#running.set(keyOf(cohortId, sessionId), live);
    return live;
  }

  /**
   * Group commit: resolves once everything applied to `live` until now is in the store. One store
   * update runs at a time per session; whatever arrives meanwhile goes in the next one.
   */
  #commit(live: Running): Promise<void> {
    if (live.next) return live.next;
    if (live.storing) {
      live.next = live.storing
        .catch(() => undefined)
        .then(() => {
          live.next = undefined;
          return this.#commit(live);
        });
      return live.next;
    }
    if (live.pending.length === 0 && live.effects.length === 0) return Promise.resolve();
    live.storing = this.#persist(live).finally(() => {
      live.storing = undefined;
    });
    return live.storing;
  }

  async #persist(live: Running): Promise<void> {
    const entries = live.pending;
    const effects = live.effects;
    const before = live.persisted;
    const after = live.state;
    live.pending = [];
    live.effects = [];
    live.persisted = after;
    try {
      await this.#store.update(live.cohortId, (cohort) => {
        if (entries.length > 0) {
          const session = this.#sessionIn(cohort, live);
          // A store may keep an update it reported as failed: never log an entry twice.
          const last = session.runLog.at(-1)?.seq ?? -1;
          session.runLog.push(...entries.filter((entry) => entry.seq > last));
          writeSessionRecord(session, before, after);
        }
        for (const effect of effects) {
          if (effect.kind === 'saveAgendaTemplate') cohort.agendaTemplate = effect.segments;
        }
      });
      live.failures = 0;
    } catch (error) {
      this.#onPersistError(error);
      if (!(error instanceof RequestError && error.code === 'rejected')) {
        // Not stored: carried by the next update, which a retry starts if no command does.
        live.pending = [...entries, ...live.pending];
        live.effects = [...effects, ...live.effects];
        live.persisted = before;
        live.failures += 1;
        this.#scheduleRetry(live.failures);
      }
      throw error;
    }
  }

  #scheduleRetry(failures: number) {
    if (this.#retryTimer) return;
    const delays = this.#retryDelaysMs;
    const delay = delays[Math.min(failures - 1, delays.length - 1)] ?? 1000;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      this.flush().catch(() => undefined);
    }, delay);
    this.#retryTimer.unref?.();
  }

  /** Stops retrying (the app is quitting); what is not stored by now stays in memory only. */
  close() {
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
  }

  #sessionIn(cohort: Cohort, live: Running): Session {
    const hinted = cohort.sessions[live.index];
    if (hinted?.id === live.sessionId) return hinted;
    live.index = cohort.sessions.findIndex((s) => s.id === live.sessionId);
    const found = cohort.sessions[live.index];
    if (!found)
      throw new RequestError(
        'not-found',
        `The session ${live.sessionId} is no longer in the cohort.`,
      );
    return found;
  }
}
