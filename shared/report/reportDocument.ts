/**
 * The report as a document: headings, paragraphs, lists and tables in the order people read it,
 * the action plan first (it is what the group is sent the same day, and what a printed page one
 * must show). The Markdown and the printable HTML both write these blocks, so the two formats say
 * the same things in the same order and differ only in how they are written.
 */
import { COMMITMENT_STATUS_WORDS } from '../vocabulary/commitmentStatus.ts';
import { formatDuration, formatMinutes, plural } from '../time/durations.ts';
import {
  longDate,
  personWords,
  reportTitle,
  shortDate,
  SUCCESS_SIGNAL_HEAD,
} from './reportWords.ts';
import type { SessionReport } from './sessionReport.ts';

/** A run of text, strong when it is a label. */
export type Inline = { text: string; strong?: boolean };

export type Block =
  | { kind: 'title'; text: string; subtitle: string }
  | { kind: 'heading'; text: string; id: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; parts: Inline[] }
  | { kind: 'empty'; text: string }
  | { kind: 'quote'; text: string; source: string }
  | { kind: 'list'; items: Inline[][] }
  | {
      kind: 'table';
      id: string;
      caption: string;
      head: string[];
      rows: string[][];
      foot?: string[];
      /** Columns holding figures, aligned to the right. */
      numeric?: number[];
      /** Columns kept on one line: a date broken over two lines reads badly on paper. */
      oneLine?: number[];
    };

const label = (text: string): Inline => ({ text, strong: true });
const plain = (text: string): Inline => ({ text });

function header(report: SessionReport): Block[] {
  const present = report.present.map(personWords).join(', ') || '—';
  const blocks: Block[] = [
    {
      kind: 'title',
      text: reportTitle(report),
      subtitle: `${report.cohort.name} · ${longDate(report.date)}`,
    },
    {
      kind: 'paragraph',
      parts: [label(`Present (${report.present.length}):`), plain(` ${present}`)],
    },
  ];
  if (report.absent.length > 0)
    blocks.push({
      kind: 'paragraph',
      parts: [label('Absent:'), plain(` ${report.absent.join(', ')}`)],
    });
  if (report.roles.length > 0)
    blocks.push({
      kind: 'paragraph',
      parts: [
        label('Roles:'),
        plain(` ${report.roles.map((r) => `${r.label}: ${r.name}`).join(' · ')}`),
      ],
    });
  return blocks;
}

/** An action and, on a line of its own under it, how the group will know it is done. */
const withSignal = (c: { action: string; successSignal: string | null }) =>
  c.successSignal ? `${c.action}\n${SUCCESS_SIGNAL_HEAD}: ${c.successSignal}` : c.action;

function actionPlan(report: SessionReport): Block[] {
  const heading: Block = { kind: 'heading', text: 'Action plan', id: 'action-plan' };
  if (report.actionPlan.length === 0)
    return [heading, { kind: 'empty', text: 'No commitments were made.' }];
  // The success signal shares the action's cell: a fifth column would squeeze the actions on paper.
  return [
    heading,
    {
      kind: 'table',
      id: 'action-plan-table',
      caption: 'Who does what by when',
      head: ['Owner', 'Action', 'Due', 'Status'],
      oneLine: [2],
      rows: report.actionPlan.map((c) => [
        c.owner,
        withSignal(c),
        shortDate(c.dueDate),
        COMMITMENT_STATUS_WORDS[c.status].label,
      ]),
    },
  ];
}

function challenge(report: SessionReport): Block[] {
  const heading: Block = { kind: 'heading', text: 'The challenge', id: 'challenge' };
  if (!report.challenge) return [heading, { kind: 'empty', text: 'No challenge was chosen.' }];
  const from =
    report.challengesBrought > 1
      ? `, chosen from ${plural(report.challengesBrought, 'challenge')} brought`
      : '';
  return [
    heading,
    {
      kind: 'quote',
      text: report.challenge.text,
      source: `${report.challenge.owner}’s challenge${from}`,
    },
  ];
}

/** One commitment's updates, oldest first, a row each: the way it went, not only where it is. */
function progressHistory(c: SessionReport['reviewed'][number], index: number): Block[] {
  if (c.updates.length === 0) return [];
  const said = (words: string) => words || '—';
  return [
    { kind: 'subheading', text: `${c.owner}: ${c.action}` },
    {
      kind: 'table',
      id: `progress-history-${index + 1}`,
      caption: `Progress updates on ${c.owner}’s commitment, oldest first`,
      head: ['Date', 'Accomplished', 'Remaining', 'Blockers', 'Help asked'],
      oneLine: [0],
      rows: c.updates.map((u) => [
        shortDate(u.at.slice(0, 10)),
        said(u.accomplished),
        said(u.remaining),
        said(u.blockers),
        u.helpAsked ? 'Yes' : '—',
      ]),
    },
  ];
}

function reviewed(report: SessionReport): Block[] {
  if (report.reviewed.length === 0) return [];
  return [
    { kind: 'heading', text: 'Commitments reviewed', id: 'reviewed' },
    {
      kind: 'table',
      id: 'reviewed-table',
      caption: 'Commitments from earlier sessions followed up in this one',
      head: ['Owner', 'Commitment', 'Made in', 'Due', 'Status', 'Updates'],
      oneLine: [3],
      numeric: [5],
      rows: report.reviewed.map((c) => [
        c.owner,
        withSignal(c),
        c.madeIn,
        shortDate(c.dueDate),
        COMMITMENT_STATUS_WORDS[c.status].label,
        String(c.updates.length),
      ]),
    },
    ...report.reviewed.flatMap(progressHistory),
  ];
}

function notes(report: SessionReport): Block[] {
  const heading: Block = { kind: 'heading', text: 'Notes', id: 'notes' };
  if (report.notes.length === 0) return [heading, { kind: 'empty', text: 'No notes were taken.' }];
  return [
    heading,
    ...report.notes.flatMap((group): Block[] => [
      { kind: 'subheading', text: group.heading },
      {
        kind: 'list',
        items: group.items.map((note) =>
          note.who ? [plain(note.text), plain(' — '), label(note.who)] : [plain(note.text)],
        ),
      },
    ]),
  ];
}

/** Shareable journal entries only: what members chose to pass on from their own reflection. */
function journal(report: SessionReport): Block[] {
  if (report.journal.length === 0) return [];
  return [
    { kind: 'heading', text: 'From the journal', id: 'journal' },
    {
      kind: 'list',
      items: report.journal.map((entry) => [
        label(`${entry.name}${entry.prompt ? ` (${entry.prompt})` : ''}:`),
        plain(` ${entry.text}`),
      ]),
    },
  ];
}

function asks(report: SessionReport): Block[] {
  const heading: Block = { kind: 'heading', text: 'Questions asked', id: 'questions' };
  if (report.askTotal === 0)
    return [heading, { kind: 'empty', text: 'No questions from the deck were recorded.' }];
  return [
    heading,
    {
      kind: 'table',
      id: 'questions-table',
      caption: 'Questions asked per category',
      head: ['Category', 'Questions'],
      rows: report.asks.map((a) => [a.category, String(a.count)]),
      foot: ['All categories', String(report.askTotal)],
      numeric: [1],
    },
  ];
}

function airtime(report: SessionReport): Block[] {
  return [
    { kind: 'heading', text: 'Airtime', id: 'airtime' },
    {
      kind: 'table',
      id: 'airtime-table',
      caption: 'Airtime per person',
      head: ['Person', 'Speaking', 'Turns', 'Share'],
      rows: report.airtime.map((row) =>
        row.turns === 0
          ? [row.name, 'did not speak', '0', '0%']
          : [
              row.name,
              formatDuration(row.speakingMs),
              String(row.turns),
              `${Math.round(row.share * 100)}%`,
            ],
      ),
      numeric: [2, 3],
    },
  ];
}

function agenda(report: SessionReport): Block[] {
  const known = report.segments.some((s) => s.actualMs !== null);
  const after: Block[] = !known
    ? [{ kind: 'empty', text: 'Actual times are known only for sessions run in the console.' }]
    : report.runMs !== null
      ? [
          {
            kind: 'empty',
            text: `The console ran this session for ${formatMinutes(report.runMs)}.`,
          },
        ]
      : [];
  return [
    { kind: 'heading', text: 'Agenda: planned and actual', id: 'agenda' },
    {
      kind: 'table',
      id: 'agenda-table',
      caption: 'Planned and actual time per segment',
      head: ['Segment', 'Planned', 'Actual'],
      rows: report.segments.map((s) => [
        s.title,
        formatMinutes(s.plannedMs),
        s.actualMs !== null ? formatMinutes(s.actualMs) : s.skipped ? 'skipped' : '—',
      ]),
      numeric: [1, 2],
    },
    ...after,
  ];
}

export function reportDocument(report: SessionReport): Block[] {
  return [
    ...header(report),
    ...actionPlan(report),
    ...challenge(report),
    ...reviewed(report),
    ...notes(report),
    ...journal(report),
    ...asks(report),
    ...airtime(report),
    ...agenda(report),
  ];
}
