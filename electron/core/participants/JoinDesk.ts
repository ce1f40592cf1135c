/**
 * Who joined a running session from their phones. Joining is opened per session with a fresh join
 * code; a phone that picks a name gets a personal token bound to that attendee and that session.
 * A second phone picking a name already held, and a guest, wait for the facilitator. Tokens are
 * revoked when the facilitator removes the device, when joining the session ends, or when the
 * session ends. Each phone is sent its own view (shared/participants/participantView.ts) whenever
 * what it shows changes, and nothing else.
 */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { JoinDevice, JoinState } from '../../../shared/contract/requests/join.ts';
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
} from '../../../shared/contract/requests/participant.ts';
import { RequestError } from '../../../shared/contract/index.ts';
import type { LiveState } from '../../../shared/live/session.ts';
import {
  projectParticipantView,
  type ParticipantView,
} from '../../../shared/participants/participantView.ts';
import type { Broadcaster } from '../broadcaster.ts';
import type { LiveSessionHost } from '../live/LiveSessionHost.ts';
import type { Room } from '../room/Room.ts';
import type { CohortStore } from '../store/CohortStore.ts';
import { TokenBucket } from './tokenBucket.ts';

export interface Device {
  id: string;
  token: string;
  cohortId: string;
  sessionId: string;
  name: string;
  /** Null for a guest not admitted yet. */
  attendeeId: string | null;
  memberId: string | null;
  status: 'pending' | 'admitted';
  guest: boolean;
  waitsFor: 'guest' | 'second-phone' | null;
  joinedAt: string;
  bucket: TokenBucket;
}

interface Joining {
  cohortId: string;
  sessionId: string;
  code: string | null;
}

interface Watcher {
  send(view: ParticipantView): void;
  close(reason: string): void;
  last: string | undefined;
}

/** Where phones reach this host: the join addresses' bases, or why there are none. */
export type JoinReach = () => { bases: string[]; unreachable: string | null };

/**
 * Makes the host reachable by phones when joining opens (the desktop app starts its network
 * share); the browser host is reachable already and has none.
 */
export type JoinShare = () => Promise<void>;

export interface JoinDeskOptions {
  live: LiveSessionHost;
  room: Room;
  store: Pick<CohortStore, 'read'>;
  broadcaster: Broadcaster;
  reach: JoinReach;
  share?: JoinShare | undefined;
}

const keyOf = (cohortId: string, sessionId: string) => `${cohortId}\u0000${sessionId}`;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++)
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

export class JoinDesk {
  readonly #options: JoinDeskOptions;
  readonly #joining = new Map<string, Joining>();
  readonly #devices = new Map<string, Device>();
  readonly #watchers = new Map<string, Set<Watcher>>();
  #scheduled = false;

  constructor(options: JoinDeskOptions) {
    this.#options = options;
    options.broadcaster.onEmit((name, payload) => {
      if (name === 'live.state') {
        const { state } = payload as { state: LiveState };
        if (state.status === 'ended') this.#sessionEnded(state.cohortId, state.sessionId);
      }
      if (name === 'live.state' || name === 'room.view' || name === 'cohort.changed')
        this.#schedule();
    });
  }

  // --- the console's side ---

  state(cohortId: string, sessionId: string): JoinState {
    const joining = this.#joining.get(keyOf(cohortId, sessionId));
    const code = joining?.code ?? null;
    const reach = this.#options.reach();
    return {
      cohortId,
      sessionId,
      open: code !== null,
      code,
      addresses: code ? reach.bases.map((base) => `${base}/join?code=${code}`) : [],
      unreachable: reach.unreachable,
      devices: this.#devicesOf(cohortId, sessionId).map((d) => this.#describe(d)),
    };
  }

  async open(cohortId: string, sessionId: string): Promise<JoinState> {
    const snapshot = await this.#options.live.snapshot(cohortId, sessionId);
    if (snapshot.state.status !== 'running')
      throw new RequestError('rejected', 'Participants join a session while it runs.');
    try {
      await this.#options.share?.();
    } catch (error) {
      throw new RequestError(
        'rejected',
        `Phones cannot reach this computer: the network share did not start (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    let code = newJoinCode();
    while (this.#sessionOfCode(code)) code = newJoinCode();
    this.#joining.set(keyOf(cohortId, sessionId), { cohortId, sessionId, code });
    return this.#changed(cohortId, sessionId);
  }

  close(cohortId: string, sessionId: string): JoinState {
    const joining = this.#joining.get(keyOf(cohortId, sessionId));
    if (joining) joining.code = null;
    return this.#changed(cohortId, sessionId);
  }

  async admit(cohortId: string, sessionId: string, deviceId: string): Promise<JoinState> {
    const device = this.#deviceIn(cohortId, sessionId, deviceId);
    if (device.status === 'admitted') return this.state(cohortId, sessionId);
    if (device.guest) {
      // The guest takes a seat in the live session; their phone acts as that attendee.
      const before = await this.#options.live.snapshot(cohortId, sessionId);
      const seated = new Set(before.state.people.map((p) => p.id));
      await this.#options.live.command(cohortId, sessionId, {
        type: 'people.addGuest',
        name: device.name,
      });
      const after = await this.#options.live.snapshot(cohortId, sessionId);
      const guest = after.state.people.find((p) => !seated.has(p.id));
      if (!guest) throw new RequestError('internal', `${device.name} could not be seated.`);
      device.attendeeId = guest.id;
    } else {
      // This phone takes the name over: the other phone holding it is signed out.
      for (const other of this.#devicesOf(cohortId, sessionId))
        if (other !== device && other.attendeeId === device.attendeeId)
          this.#revoke(other, 'taken');
    }
    device.status = 'admitted';
    device.waitsFor = null;
    this.#schedule();
    return this.#changed(cohortId, sessionId);
  }

  remove(cohortId: string, sessionId: string, deviceId: string): JoinState {
    this.#revoke(this.#deviceIn(cohortId, sessionId, deviceId), 'removed');
    return this.#changed(cohortId, sessionId);
  }

  // --- the phone's side ---

  /** The session a join code opens, or a refusal in words. */
  sessionOfCode(code: string): Joining {
    const joining = this.#sessionOfCode(code);
    if (!joining)
      throw new RequestError(
        'not-found',
        'This join code is not open. Check the code on the room’s screen.',
      );
    return joining;
  }

  async roster(code: string) {
    const { cohortId, sessionId } = this.sessionOfCode(code);
    const [snapshot, cohort] = await Promise.all([
      this.#options.live.snapshot(cohortId, sessionId),
      this.#options.store.read(cohortId),
    ]);
    const held = new Set(
      this.#devicesOf(cohortId, sessionId)
        .filter((d) => d.status === 'admitted')
        .map((d) => d.attendeeId),
    );
    return {
      cohort: cohort.name,
      title: cohort.sessions.find((s) => s.id === sessionId)?.title ?? '',
      people: snapshot.state.people.map((p) => ({
        attendeeId: p.id,
        name: p.name,
        joined: held.has(p.id),
      })),
    };
  }

  async claim(code: string, attendeeId: string) {
    const { cohortId, sessionId } = this.sessionOfCode(code);
    const snapshot = await this.#options.live.snapshot(cohortId, sessionId);
    const person = snapshot.state.people.find((p) => p.id === attendeeId);
    if (!person) throw new RequestError('not-found', 'That name is not in this session.');
    const held = this.#devicesOf(cohortId, sessionId).some(
      (d) => d.status === 'admitted' && d.attendeeId === attendeeId,
    );
    const device = this.#add({
      cohortId,
      sessionId,
      name: person.name,
      attendeeId,
      memberId: person.memberId,
      status: held ? 'pending' : 'admitted',
      guest: false,
      waitsFor: held ? 'second-phone' : null,
    });
    this.#changed(cohortId, sessionId);
    return { token: device.token, status: device.status, name: device.name };
  }

  askToJoin(code: string, name: string) {
    const { cohortId, sessionId } = this.sessionOfCode(code);
    const device = this.#add({
      cohortId,
      sessionId,
      name,
      attendeeId: null,
      memberId: null,
      status: 'pending',
      guest: true,
      waitsFor: 'guest',
    });
    this.#changed(cohortId, sessionId);
    return { token: device.token, status: device.status, name: device.name };
  }

  /** The device a token belongs to, or undefined when it is unknown or revoked. */
  deviceOf(token: string | undefined): Device | undefined {
    if (!token) return undefined;
    for (const device of this.#devices.values()) if (device.token === token) return device;
    return undefined;
  }

  /** The device behind a phone's request, refused in words when it cannot act. */
  acting(token: string | undefined, { admitted }: { admitted: boolean }): Device {
    const device = this.deviceOf(token);
    if (!device)
      throw new RequestError(
        'forbidden',
        'This phone is not in a session: open the join address again.',
      );
    if (!device.bucket.take())
      throw new RequestError('rejected', 'Too many requests at once: wait a moment and try again.');
    if (admitted && device.status !== 'admitted')
      throw new RequestError('forbidden', 'The facilitator has not let this phone in yet.');
    return device;
  }

  async viewOf(device: Device): Promise<ParticipantView> {
    const [snapshot, cohort] = await Promise.all([
      this.#options.live.snapshot(device.cohortId, device.sessionId),
      this.#options.store.read(device.cohortId),
    ]);
    const room = this.#options.room.view();
    return projectParticipantView(device, room, snapshot.state, cohort);
  }

  /** Sends the phone its view now and whenever it changes; `close` when its token is revoked. */
  watch(token: string, send: (view: ParticipantView) => void, close: (reason: string) => void) {
    const device = this.deviceOf(token);
    if (!device) {
      close('This phone is not in a session any more.');
      return () => undefined;
    }
    const watcher: Watcher = { send, close, last: undefined };
    const set = this.#watchers.get(device.id) ?? new Set();
    set.add(watcher);
    this.#watchers.set(device.id, set);
    this.#changed(device.cohortId, device.sessionId);
    void this.#push(device, [watcher]);
    return () => {
      set.delete(watcher);
      this.#changed(device.cohortId, device.sessionId);
    };
  }

  // --- inside ---

  #sessionOfCode(code: string): Joining | undefined {
    for (const joining of this.#joining.values()) if (joining.code === code) return joining;
    return undefined;
  }

  #devicesOf(cohortId: string, sessionId: string): Device[] {
    return [...this.#devices.values()].filter(
      (d) => d.cohortId === cohortId && d.sessionId === sessionId,
    );
  }

  #deviceIn(cohortId: string, sessionId: string, deviceId: string): Device {
    const device = this.#devices.get(deviceId);
    if (!device || device.cohortId !== cohortId || device.sessionId !== sessionId)
      throw new RequestError('not-found', 'That device is not in this session any more.');
    return device;
  }

  #add(fields: Omit<Device, 'id' | 'token' | 'joinedAt' | 'bucket'>): Device {
    const device: Device = {
      ...fields,
      id: randomUUID(),
      token: randomBytes(24).toString('base64url'),
      joinedAt: new Date().toISOString(),
      bucket: new TokenBucket({ capacity: 20, perSecond: 5 }),
    };
    this.#devices.set(device.id, device);
    return device;
  }

  #describe(device: Device): JoinDevice {
    return {
      id: device.id,
      name: device.name,
      status: device.status,
      guest: device.guest,
      waitsFor: device.waitsFor,
      joinedAt: device.joinedAt,
      connected: (this.#watchers.get(device.id)?.size ?? 0) > 0,
    };
  }

  #revoke(device: Device, why: 'removed' | 'taken' | 'ended'): void {
    this.#devices.delete(device.id);
    const reason = {
      removed: 'The facilitator removed this phone from the session.',
      taken: 'Your name was taken over by another phone.',
      ended: 'The session has ended. Thank you for taking part.',
    }[why];
    for (const watcher of this.#watchers.get(device.id) ?? []) watcher.close(reason);
    this.#watchers.delete(device.id);
  }

  #sessionEnded(cohortId: string, sessionId: string): void {
    const devices = this.#devicesOf(cohortId, sessionId);
    this.#joining.delete(keyOf(cohortId, sessionId));
    if (devices.length === 0) return;
    for (const device of devices) this.#revoke(device, 'ended');
    this.#changed(cohortId, sessionId);
  }

  #changed(cohortId: string, sessionId: string): JoinState {
    const state = this.state(cohortId, sessionId);
    const { room, broadcaster } = this.#options;
    const join = state.code ? { code: state.code, address: state.addresses[0] ?? null } : null;
    const before = JSON.stringify(room.view().join);
    room.joinChanged(cohortId, sessionId, join);
    broadcaster.emit('join.changed', state);
    if (JSON.stringify(room.view().join) !== before) broadcaster.emit('room.view', room.view());
    return state;
  }

  /** Recomputes every watched phone's view once for a burst of changes. */
  #schedule(): void {
    if (this.#scheduled || this.#watchers.size === 0) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      for (const [deviceId, watchers] of this.#watchers) {
        const device = this.#devices.get(deviceId);
        if (device) void this.#push(device, [...watchers]);
      }
    });
  }

  async #push(device: Device, watchers: Watcher[]): Promise<void> {
    let view: ParticipantView;
    try {
      view = await this.viewOf(device);
    } catch {
      return;
    }
    const text = JSON.stringify(view);
    for (const watcher of watchers) {
      // Only what changed for this phone goes out: the room's timers run on the phone itself.
      if (watcher.last === text) continue;
      watcher.last = text;
      watcher.send(view);
    }
  }
}
