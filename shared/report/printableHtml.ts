/**
 * The report as one printable HTML file: inline CSS, no scripts, no fonts or images from anywhere,
 * so it opens the same offline, in any browser, years later, and prints on A4 or Letter with the
 * action plan on page one. Every piece of text people typed is escaped.
 */
import { reportDocument, type Block, type Inline } from './reportDocument.ts';
import { reportTitle } from './reportWords.ts';
import type { SessionReport } from './sessionReport.ts';

export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (mark) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[mark]!,
  );

/** Typed line breaks are kept. */
const text = (value: string) => escapeHtml(value).replace(/\r\n?|\n/g, '<br>');

const inline = (parts: Inline[]) =>
  parts
    .map((part) => (part.strong ? `<strong>${text(part.text)}</strong>` : text(part.text)))
    .join('');

/**
 * The page's own tokens: the file travels without the app's theme, so it carries its colours,
 * declared once here. Ink on paper, one accent, no backgrounds that printers drop.
 */
const STYLE = `
:root { --paper: #ffffff; --ink: #1d2433; --muted: #5b6475; --rule: #d5d9e2; --accent: #2f5bd3; --band: #f3f5f9; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .25rem; }
.subtitle { color: var(--muted); margin: 0 0 1rem; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; padding-bottom: .25rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
p { margin: .35rem 0; }
.empty { color: var(--muted); font-style: italic; }
blockquote { margin: .5rem 0; padding: .5rem 1rem; border-left: 4px solid var(--accent); background: var(--band); }
blockquote footer { color: var(--muted); margin-top: .25rem; }
ul { margin: .25rem 0; padding-left: 1.25rem; }
li { margin: .15rem 0; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0; }
caption { text-align: left; color: var(--muted); font-size: .85rem; padding-bottom: .25rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
thead th { border-bottom: 2px solid var(--ink); }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--ink); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.num, .one-line { white-space: nowrap; }
@page { margin: 16mm 14mm; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; margin: 0; padding: 0; }
  h2, h3 { break-after: avoid; }
  tr, blockquote, li { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;

function table(block: Extract<Block, { kind: 'table' }>): string {
  const cls = (column: number) => {
    const names = [
      block.numeric?.includes(column) ? 'num' : '',
      block.oneLine?.includes(column) ? 'one-line' : '',
    ].filter(Boolean);
    return names.length > 0 ? ` class="${names.join(' ')}"` : '';
  };
  const cells = (row: string[], header: boolean) =>
    row
      .map((cell, column) =>
        column === 0 && header
          ? `<th scope="row"${cls(column)}>${text(cell)}</th>`
          : `<td${cls(column)}>${text(cell)}</td>`,
      )
      .join('');
  const head = block.head.map((cell, column) => `<th scope="col"${cls(column)}>${text(cell)}</th>`);
  const foot = block.foot ? `<tfoot><tr>${cells(block.foot, true)}</tr></tfoot>` : '';
  return [
    `<table id="${block.id}">`,
    `<caption>${text(block.caption)}</caption>`,
    `<thead><tr>${head.join('')}</tr></thead>`,
    `<tbody>${block.rows.map((row) => `<tr>${cells(row, true)}</tr>`).join('')}</tbody>`,
    foot,
    '</table>',
  ].join('');
}

function write(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h1>${text(block.text)}</h1>\n<p class="subtitle">${text(block.subtitle)}</p>`;
    case 'heading':
      return `<h2 id="${block.id}">${text(block.text)}</h2>`;
    case 'subheading':
      return `<h3>${text(block.text)}</h3>`;
    case 'paragraph':
      return `<p>${inline(block.parts)}</p>`;
    case 'empty':
      return `<p class="empty">${text(block.text)}</p>`;
    case 'quote':
      return `<blockquote><p>${text(block.text)}</p><footer>${text(block.source)}</footer></blockquote>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`;
    case 'table':
      return table(block);
  }
}

export function reportHtml(report: SessionReport): string {
  const title = `${reportTitle(report)} — ${report.cohort.name}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing in this file may load or run anything.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${text(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    reportDocument(report).map(write).join('\n'),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
