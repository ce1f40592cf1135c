import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CohortSchema } from '../../../shared/cohort/schema.ts';
import { buildSummary } from '../../../renderer/console/Live/summary.ts';

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
  const summary = buildSummary(demo, session);

  it('names the chosen challenge and its owner', () => {
    expect(summary.challenge?.owner).toBe('Jonas Lindqvist');
    expect(summary.challenge?.text.length).toBeGreaterThan(10);
  });

  it('gives airtime for everyone present, guests included, with shares adding up to one', () => {
    expect(summary.airtime.map((row) => row.name)).toContain('Leah Brenner');
    const shares = summary.airtime.reduce((sum, row) => sum + row.share, 0);
    expect(shares).toBeCloseTo(1, 6);
    const jonas = summary.airtime.find((row) => row.name === 'Jonas Lindqvist')!;
    expect(jonas).toMatchObject({ speakingMs: 690_000, turns: 10 });
  });

  it('groups notes by kind in a fixed order and credits their authors', () => {
    expect(summary.notes.map((group) => group.kind)).toEqual([
      'recommendation',
      'question',
      'reflection',
      'note',
    ]);
    const recommendations = summary.notes.find((group) => group.kind === 'recommendation')!;
    expect(recommendations.items.map((item) => item.who)).toEqual(['Priya Raman', 'Leah Brenner']);
  });

  it('names commitment owners from the member list and counts questions per category in deck order', () => {
    expect(summary.commitments.map((c) => c.owner)).toEqual([
      'Jonas Lindqvist',
      'Hana Sato',
      'Tomás Herrera',
    ]);
    expect(summary.asks.slice(0, 4)).toEqual([
      { category: 'Framing', count: 5 },
      { category: 'Forward-thinking', count: 3 },
      { category: 'Milestones', count: 2 },
      { category: 'Support', count: 2 },
    ]);
  });

  it('has no actual segment times for a session not run in the console', () => {
    expect(summary.segments.every((segment) => segment.actualMs === null)).toBe(true);
    expect(summary.runMs).toBeNull();
  });
});
