import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CohortSchema } from '../../../shared/cohort/schema.ts';
import { buildReport } from '../../../renderer/console/Live/report.ts';

const demo = CohortSchema.parse(
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../../build/demo/Demo — Product leads circle.cohort'),
      'utf8',
    ),
  ),
);
const session = demo.sessions.at(-1)!;

describe('the report of an ended session', () => {
  const report = buildReport(demo, session);

  it('names the chosen challenge and its owner', () => {
    expect(report.challenge?.owner).toBe('Jonas Lindqvist');
    expect(report.challenge?.text.length).toBeGreaterThan(10);
  });

  it('gives airtime for everyone present, guests included, with shares adding up to one', () => {
    expect(report.airtime.map((row) => row.name)).toContain('Leah Brenner');
    const shares = report.airtime.reduce((sum, row) => sum + row.share, 0);
    expect(shares).toBeCloseTo(1, 6);
    const jonas = report.airtime.find((row) => row.name === 'Jonas Lindqvist')!;
    expect(jonas).toMatchObject({ speakingMs: 690_000, turns: 10 });
  });

  it('groups notes by kind in a fixed order and credits their authors', () => {
    expect(report.notes.map((group) => group.kind)).toEqual([
      'recommendation',
      'question',
      'reflection',
      'note',
    ]);
    const recommendations = report.notes.find((group) => group.kind === 'recommendation')!;
    expect(recommendations.items.map((item) => item.who)).toEqual(['Priya Raman', 'Leah Brenner']);
  });

  it('names commitment owners from the member list and counts questions per category in deck order', () => {
    expect(report.commitments.map((c) => c.owner)).toEqual([
      'Jonas Lindqvist',
      'Hana Sato',
      'Tomás Herrera',
    ]);
    expect(report.asks.slice(0, 4)).toEqual([
      { category: 'Framing', count: 5 },
      { category: 'Forward-thinking', count: 3 },
      { category: 'Milestones', count: 2 },
      { category: 'Support', count: 2 },
    ]);
  });

  it('has no actual segment times for a session not run in the console', () => {
    expect(report.segments.every((segment) => segment.actualMs === null)).toBe(true);
    expect(report.runMs).toBeNull();
  });
});
