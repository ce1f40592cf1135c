/**
 * `npm run bench [-- --json <file>] [-- --only <name>]`: runs every tests/bench/*.bench.ts and
 * prints one table. Not part of `npm test`: figures depend on the machine.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchRow } from './types.ts';

const { values } = parseArgs({
  options: { json: { type: 'string' }, only: { type: 'string' } },
});

const folder = import.meta.dirname;
const suites = readdirSync(folder)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => !values.only || file.includes(values.only))
  .sort();

const rows: BenchRow[] = [];
for (const file of suites) {
  process.stderr.write(`running ${file}…\n`);
  const suite = (await import(join(folder, file))) as { run: () => Promise<BenchRow[]> };
  rows.push(...(await suite.run()));
}

const format = (figure: number) =>
  Number.isInteger(figure) ? String(figure) : figure < 10 ? figure.toFixed(3) : figure.toFixed(1);
const table = [
  ['benchmark', 'figure', 'unit', 'target', 'met'],
  ...rows.map((row) => [
    row.name,
    format(row.figure),
    row.unit,
    row.target,
    row.met ? 'yes' : 'NO',
  ]),
];
const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
const line = (cells: string[]) =>
  cells
    .map((cell, column) =>
      column === 1 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
    )
    .join('  ');
process.stdout.write(`${line(table[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
for (const cells of table.slice(1)) process.stdout.write(`${line(cells)}\n`);

if (values.json) {
  writeFileSync(values.json, `${JSON.stringify(rows, null, 2)}\n`);
  process.stderr.write(`wrote ${rows.length} rows to ${values.json}\n`);
}
process.exit(0);
