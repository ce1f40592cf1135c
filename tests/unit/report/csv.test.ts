/**
 * The CSV exports: what the demo's sessions give, and a property test that any text people type
 * (quotes, commas, CR/LF, emoji, right-to-left scripts, formula starts) comes back cell for cell
 * through papaparse's own parser, with a formula start neutralised by one leading apostrophe.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { commitmentsCsv, FORMULA_START, timingsCsv, toCsv } from '../../../shared/report/csv.ts';
import { buildSessionReport } from '../../../shared/report/sessionReport.ts';
import { demo } from './demoCohort.ts';

const parse = (csv: string): string[][] => {
  const result = Papa.parse<string[]>(csv, { delimiter: ',', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  // The file ends its last record with CRLF, which the parser reads as one empty row after it.
  expect(result.data.at(-1)).toEqual(['']);
  return result.data.slice(0, -1);
};

const report = buildSessionReport(demo, demo.sessions.at(-1)!.id)!;

describe('the commitments CSV', () => {
  const csv = commitmentsCsv(report);

  it('is RFC 4180 with a byte-order mark: CRLF between records and a header row', () => {
    expect(
      csv.startsWith(
        '\uFEFFOwner,Action,Due date,Status,Made in,Progress,Cohort,Session date,Success signal\r\n',
      ),
    ).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('has a row per commitment made and reviewed, with its owner and due date', () => {
    const rows = parse(csv);
    expect(rows.slice(1).map(([owner, , due]) => [owner, due])).toEqual([
      ...report.actionPlan.map((c) => [c.owner, c.dueDate]),
      ...report.reviewed.map((c) => [c.owner, c.dueDate]),
    ]);
    expect(rows[1]![1]).toBe(demo.sessions.at(-1)!.commitments[0]!.text);
  });

  it('gives each commitment its success signal, and each reviewed one every update after its date, oldest first', () => {
    const rows = parse(csv).slice(1);
    const signals = report.actionPlan.map((c) => c.successSignal ?? '');
    expect(rows.slice(0, signals.length).map((row) => row[8])).toEqual(signals);
    expect(signals.some(Boolean)).toBe(true);
    const tomas = rows.find((row) => row[0] === 'Tomás Herrera' && row[5] !== '')!;
    expect(tomas[8]).toBe('The first list is on the sprint board.');
    expect(tomas[5]).toMatch(/^\[2026-11-05\] Done: .+ \[2026-11-12\] Done: Findings split/);
  });
});

describe('the timings CSV', () => {
  it('has planned minutes as numbers and leaves the actual empty for a session not run in the console', () => {
    const rows = parse(timingsCsv(report));
    expect(rows[0]).toEqual([
      'Segment',
      'Planned (min)',
      'Actual (min)',
      'Over (+) or under (−) (min)',
      'Skipped',
    ]);
    expect(rows.slice(1)).toEqual(
      report.segments.map((s) => [s.title, String(s.plannedMs / 60_000), '', '', 'no']),
    );
  });

  it('writes a negative difference as a number a spreadsheet can add, not as text', () => {
    const ran = {
      ...report,
      segments: [{ title: 'Check-in', plannedMs: 600_000, actualMs: 450_000, skipped: false }],
    };
    expect(parse(timingsCsv(ran))[1]).toEqual(['Check-in', '10', '7.5', '-2.5', 'no']);
  });
});

/** Text as people type it, weighted towards what breaks CSV and spreadsheets. */
const awkward = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({
    unit: fc.constantFrom(
      '"',
      ',',
      '\r',
      '\n',
      '\r\n',
      ' ',
      '=',
      '+',
      '-',
      '@',
      '\t',
      "'",
      '😀',
      '👩🏽‍💻',
      'שלום',
      'مرحبا',
      '\u200f',
      'a',
      'É',
    ),
  }),
);

describe('any text through the CSV and back', () => {
  it('comes back cell for cell, a formula start behind one apostrophe', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(awkward, { minLength: 3, maxLength: 3 }), { maxLength: 6 }),
        (rows) => {
          const parsed = parse(toCsv(['One', 'Two', 'Three'], rows));
          expect(parsed[0]).toEqual(['One', 'Two', 'Three']);
          expect(parsed.slice(1)).toEqual(
            rows.map((row) => row.map((cell) => (FORMULA_START.test(cell) ? `'${cell}` : cell))),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never lets a cell start a formula, even after a line break inside it', () => {
    fc.assert(
      fc.property(awkward, (cell) => {
        const [, [back]] = parse(toCsv(['Cell'], [[cell]])) as [string[], string[]];
        expect(FORMULA_START.test(back!)).toBe(false);
      }),
      { numRuns: 500 },
    );
    expect(parse(toCsv(['Cell'], [['=HYPERLINK("x")\nmore']]))[1]).toEqual([
      `'=HYPERLINK("x")\nmore`,
    ]);
  });
});
