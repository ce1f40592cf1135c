/**
 * What the room's screen shows in each phase, as data: whether the speaker, who is next and the
 * turn timer are on the screen, what the person with the floor is doing, and the prompt the room
 * reads. Whatever a phase does not list stays off the screen. A Record over the phases, so a new
 * phase fails to compile until the room knows how to show it.
 */
import type { Phase } from '../vocabulary/phases.ts';

export interface RoomPhase {
  /** Who has the floor is on the screen. */
  floor: boolean;
  /** Who speaks next (the round's line) is on the screen. */
  next: boolean;
  /** The turn timer is on the screen. */
  turnTimer: boolean;
  /** What the person with the floor does, as the room reads it ("Asking"); the owner's word apart. */
  floorWord: string;
  ownerFloorWord: string;
  /** The line the room reads in this phase. */
  prompt: string;
}

export const ROOM_PHASES: Record<Phase, RoomPhase> = {
  'check-in': {
    floor: true,
    next: true,
    turnTimer: true,
    floorWord: 'Checking in',
    ownerFloorWord: 'Checking in',
    prompt: 'How are you arriving? What happened with your commitments?',
  },
  challenges: {
    floor: false,
    next: false,
    turnTimer: false,
    floorWord: 'Speaking',
    ownerFloorWord: 'Speaking',
    prompt: 'Write one challenge: complex, affecting others, taking your mental energy. Or pass.',
  },
  choose: {
    floor: false,
    next: false,
    turnTimer: false,
    floorWord: 'Speaking',
    ownerFloorWord: 'Speaking',
    prompt: 'One vote each: which challenge shall we work on today?',
  },
  clarifying: {
    floor: true,
    next: true,
    turnTimer: true,
    floorWord: 'Asking',
    ownerFloorWord: 'Answering',
    prompt: 'Ask to understand, not to advise. The owner answers in 30 seconds or less.',
  },
  recommendations: {
    floor: true,
    next: true,
    turnTimer: true,
    floorWord: 'Recommending',
    ownerFloorWord: 'Responding',
    prompt: 'Each in turn: what would you do?',
  },
  consult: {
    floor: true,
    next: true,
    turnTimer: true,
    floorWord: 'Consulting',
    ownerFloorWord: 'Listening',
    prompt: 'The owner turns away and listens while the group talks it over.',
  },
  commit: {
    floor: false,
    next: false,
    turnTimer: false,
    floorWord: 'Speaking',
    ownerFloorWord: 'Committing',
    prompt: 'Who will do what, by when?',
  },
  reflect: {
    floor: true,
    next: false,
    turnTimer: false,
    floorWord: 'Reflecting',
    ownerFloorWord: 'Reflecting',
    prompt: 'What changed in how we see the problem?',
  },
  custom: {
    floor: true,
    next: true,
    turnTimer: true,
    floorWord: 'Speaking',
    ownerFloorWord: 'Speaking',
    prompt: '',
  },
};
