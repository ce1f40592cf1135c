/**
 * The report as Markdown (CommonMark with GFM tables), for email and wikis. Text people typed is
 * escaped, so a note with a pipe, an asterisk or a line break stays the note and cannot break a
 * table or turn into a link.
 */
import { reportDocument, type Block, type Inline } from './reportDocument.ts';
import type { SessionReport } from './sessionReport.ts';

/** Marks that mean something in Markdown, escaped wherever they stand. */
const escape = (text: string): string =>
  text.replace(/[\\`*_[\]{}<>|#~!]/g, (mark) => `\\${mark}`).replace(/\r\n?|\n/g, '<br>');

/** A line that starts like a list item ("1. ", "- ") would become one: its mark is escaped. */
const lineStart = (text: string): string =>
  text.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');

const inline = (parts: Inline[]): string =>
  parts.map((part) => (part.strong ? `**${escape(part.text)}**` : escape(part.text))).join('');

const row = (cells: string[]) => `| ${cells.map(escape).join(' | ')} |`;

function table(block: Extract<Block, { kind: 'table' }>): string {
  const rule = block.head.map((_, column) => (block.numeric?.includes(column) ? '---:' : '---'));
  const lines = [row(block.head), `| ${rule.join(' | ')} |`, ...block.rows.map(row)];
  if (block.foot) lines.push(`| ${block.foot.map((cell) => `**${escape(cell)}**`).join(' | ')} |`);
  return lines.join('\n');
}

function write(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `# ${escape(block.text)}\n\n${lineStart(escape(block.subtitle))}`;
    case 'heading':
      return `## ${escape(block.text)}`;
    case 'subheading':
      return `### ${escape(block.text)}`;
    case 'paragraph':
      return lineStart(inline(block.parts));
    case 'empty':
      return `_${escape(block.text)}_`;
    case 'quote':
      return `> ${lineStart(escape(block.text))}\n>\n> — ${escape(block.source)}`;
    case 'list':
      return block.items.map((item) => `- ${lineStart(inline(item))}`).join('\n');
    case 'table':
      return table(block);
  }
}

export function reportMarkdown(report: SessionReport): string {
  return `${reportDocument(report).map(write).join('\n\n')}\n`;
}
