import { describe, expect, it } from 'vitest';
import { decodeCohortText } from '../../../shared/cohort/decode.ts';
import {
  fromVersion0,
  migrate,
  MigrationProblem,
  type MigrationStep,
} from '../../../shared/cohort/migrations.ts';

const v0 = {
  schemaVersion: 0,
  id: 'c1',
  name: 'Circle',
  createdAt: '2025-01-01T10:00:00Z',
  members: ['Ana', 'Bo'],
  extra: { kept: true },
};

describe('fromVersion0', () => {
  it('turns member names into members and does not change its input', () => {
    const input = structuredClone(v0);
    const out = fromVersion0(input);
    expect(input).toEqual(v0);
    expect(out).toMatchObject({ schemaVersion: 1, extra: { kept: true } });
    expect(out['members']).toEqual([
      { id: 'member-1', name: 'Ana', role: '', strengths: [], archived: false },
      { id: 'member-2', name: 'Bo', role: '', strengths: [], archived: false },
    ]);
  });
  it('is deterministic and accepts a file with no members', () => {
    expect(fromVersion0(v0)).toEqual(fromVersion0(v0));
    expect(fromVersion0({ schemaVersion: 0 })['members']).toEqual([]);
  });
  it('refuses members that are not a list', () => {
    expect(() => fromVersion0({ schemaVersion: 0, members: 'Ana' })).toThrow(MigrationProblem);
  });
});

describe('migrate', () => {
  const steps: Record<number, MigrationStep> = {
    0: (doc) => ({ ...doc, schemaVersion: 1, a: true }),
    1: (doc) => ({ ...doc, schemaVersion: 2, b: true }),
  };
  it('applies every step from the file version to the target in order', () => {
    expect(migrate({ schemaVersion: 0 }, steps, 2)).toEqual({
      doc: { schemaVersion: 2, a: true, b: true },
      fromVersion: 0,
    });
    expect(migrate({ schemaVersion: 1 }, steps, 2)).toEqual({
      doc: { schemaVersion: 2, b: true },
      fromVersion: 1,
    });
  });
  it('leaves a current document alone', () => {
    const doc = { schemaVersion: 2 };
    expect(migrate(doc, steps, 2).doc).toBe(doc);
  });
  it('refuses newer, unknown, missing steps and steps that do not advance', () => {
    expect(() => migrate({ schemaVersion: 3 }, steps, 2)).toThrow(/newer version/);
    expect(() => migrate({ schemaVersion: -1 }, steps, 2)).toThrow(MigrationProblem);
    expect(() => migrate({ schemaVersion: 0 }, { 1: steps[1]! }, 2)).toThrow(
      /format version 0 cannot be converted/,
    );
    expect(() => migrate({ schemaVersion: 0 }, { 0: (doc) => doc }, 1)).toThrow(
      /did not reach format 1/,
    );
  });
  it('makes a version 0 file readable as a current cohort', () => {
    const decoded = decodeCohortText(JSON.stringify(v0));
    expect(decoded).toMatchObject({
      ok: true,
      fromVersion: 0,
      cohort: { schemaVersion: 1, extra: { kept: true } },
    });
  });
});
