import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CohortSchema, type Cohort } from '../../../shared/cohort/schema.ts';
import {
  DEMO_COHORT_FILE_NAME,
  isEmptyLibrary,
  seedDemoCohort,
} from '../../../electron/core/library/seedDemo.ts';
import { PROJECT_ROOT } from './support/built.ts';

const demoFile = join(PROJECT_ROOT, 'build', 'demo', DEMO_COHORT_FILE_NAME);
const raw: unknown = JSON.parse(readFileSync(demoFile, 'utf8'));

describe('the demo cohort', () => {
  const parsed = CohortSchema.safeParse(raw);

  it('is a valid cohort of the current format', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  const cohort = parsed.data as Cohort;

  it('has members, a charter and two past sessions with notes and commitments', () => {
    expect(cohort.name).toBe('Demo — Product leads circle');
    expect(cohort.members.length).toBeGreaterThanOrEqual(4);
    expect(cohort.charter.mission).not.toBe('');
    expect(cohort.sessions).toHaveLength(2);
    for (const session of cohort.sessions) {
      expect(session.notes.length).toBeGreaterThan(0);
      expect(session.commitments.length).toBeGreaterThan(0);
      expect(session.endedAt).toBeDefined();
    }
  });

  it('refers only to things that exist in it', () => {
    const memberIds = new Set(cohort.members.map((member) => member.id));
    const commitmentIds = new Set(cohort.sessions.flatMap((s) => s.commitments.map((c) => c.id)));
    const sessionIds = new Set(cohort.sessions.map((session) => session.id));
    for (const id of cohort.rolesRotation.order) expect(memberIds).toContain(id);
    for (const session of cohort.sessions) {
      const attendees = new Set(session.attendance.map((attendee) => attendee.id));
      const segments = new Set(session.agenda.map((segment) => segment.id));
      const challenges = new Set(session.challenges.map((challenge) => challenge.id));
      for (const attendee of session.attendance) {
        if (attendee.memberId) expect(memberIds).toContain(attendee.memberId);
      }
      for (const memberId of Object.values(session.roles)) expect(memberIds).toContain(memberId);
      for (const challenge of session.challenges) expect(attendees).toContain(challenge.attendeeId);
      if (session.chosenChallengeId) expect(challenges).toContain(session.chosenChallengeId);
      for (const note of session.notes) {
        if (note.segmentId) expect(segments).toContain(note.segmentId);
        if (note.attendeeId) expect(attendees).toContain(note.attendeeId);
      }
      for (const commitment of session.commitments) {
        expect(memberIds).toContain(commitment.ownerId);
        if (commitment.challengeId) expect(challenges).toContain(commitment.challengeId);
        if (commitment.status === 'done') expect(commitment.completedAt).toBeDefined();
      }
      for (const update of session.progressUpdates)
        expect(commitmentIds).toContain(update.commitmentId);
      for (const airtime of session.airtime) expect(attendees).toContain(airtime.attendeeId);
    }
    for (const entry of cohort.journal) {
      expect(memberIds).toContain(entry.memberId);
      if (entry.sessionId) expect(sessionIds).toContain(entry.sessionId);
    }
  });

  it('uses each id once', () => {
    const ids = [
      ...cohort.members.map((m) => m.id),
      ...cohort.sessions.map((s) => s.id),
      ...cohort.sessions.flatMap((s) => [
        ...s.notes.map((n) => n.id),
        ...s.commitments.map((c) => c.id),
        ...s.challenges.map((c) => c.id),
        ...s.attendance.map((a) => a.id),
        ...s.agenda.map((a) => a.id),
        ...s.progressUpdates.map((p) => p.id),
      ]),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('seedDemoCohort', () => {
  const fresh = () => mkdtempSync(join(tmpdir(), 'seed-demo-'));

  it('copies the demo into a library folder that does not exist yet', async () => {
    const folder = join(fresh(), 'Facilitator Console');
    const result = await seedDemoCohort(folder, demoFile);
    expect(result).toEqual({ seeded: true, file: join(folder, DEMO_COHORT_FILE_NAME) });
    expect(readFileSync(join(folder, DEMO_COHORT_FILE_NAME), 'utf8')).toBe(
      readFileSync(demoFile, 'utf8'),
    );
  });

  it('copies into an empty folder, OS clutter not counting', async () => {
    const folder = fresh();
    writeFileSync(join(folder, '.DS_Store'), '');
    expect((await seedDemoCohort(folder, demoFile)).seeded).toBe(true);
  });

  it('leaves a folder with anything in it alone', async () => {
    const folder = fresh();
    writeFileSync(join(folder, 'Mine.cohort'), '{}');
    expect(await seedDemoCohort(folder, demoFile)).toEqual({
      seeded: false,
      reason: 'The library folder is not empty.',
    });
    mkdirSync(join(folder, 'sub'));
    expect(readdirSync(folder).sort()).toEqual(['Mine.cohort', 'sub']);
  });

  it('says so when the demo file is missing, without throwing', async () => {
    const result = await seedDemoCohort(fresh(), join(fresh(), 'nope.cohort'));
    expect(result.seeded).toBe(false);
  });

  it('knows OS clutter from content', () => {
    expect(isEmptyLibrary([])).toBe(true);
    expect(isEmptyLibrary(['Thumbs.db', 'desktop.ini', '.DS_Store'])).toBe(true);
    expect(isEmptyLibrary(['.backups'])).toBe(false);
  });
});
