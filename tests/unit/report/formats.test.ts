/**
 * The Markdown and the printable HTML of the demo's sessions, pinned as golden files (read and
 * checked by eye when written), and what each format promises whatever people typed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../../shared/report/printableHtml.ts';
import { reportMarkdown } from '../../../shared/report/markdown.ts';
import { buildSessionReport, type SessionReport } from '../../../shared/report/sessionReport.ts';
import { demo } from './demoCohort.ts';

const golden = (name: string) => join(import.meta.dirname, 'golden', name);

describe.each(demo.sessions.map((s) => [s.id]))('the demo session %s', (sessionId) => {
  const report = buildSessionReport(demo, sessionId)!;

  it('writes the Markdown pinned in its golden file', async () => {
    await expect(reportMarkdown(report)).toMatchFileSnapshot(golden(`${sessionId}.md`));
  });

  it('writes the printable HTML pinned in its golden file', async () => {
    await expect(reportHtml(report)).toMatchFileSnapshot(golden(`${sessionId}.html`));
  });
});

const hostile: SessionReport = {
  ...buildSessionReport(demo, demo.sessions[0]!.id)!,
  title: 'Pipes | and <script>alert(1)</script>',
  actionPlan: [
    {
      owner: 'Ana "the | owner"',
      action: 'Ship *v2* [now](https://example.test)\nthen rest',
      dueDate: '2026-12-04',
      status: 'open',
      successSignal: 'A <b>bold</b> | claim',
    },
  ],
  notes: [{ kind: 'note', heading: 'Notes', items: [{ text: '1. not a list', who: null }] }],
};

describe('the printable HTML', () => {
  const html = reportHtml(hostile);

  it('is one self-contained file: inline styles, a print stylesheet, no script and nothing remote', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(link|img|iframe)\b/i);
    expect(html).not.toMatch(/(src|href)=/i);
    expect(html).not.toMatch(/url\(/i);
  });

  it('escapes what people typed and keeps their line breaks', () => {
    expect(html).toContain('Pipes | and &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Ana &quot;the | owner&quot;');
    expect(html).toContain('Ship *v2* [now](https://example.test)<br>then rest');
    expect(html).toContain('then rest<br>Done when: A &lt;b&gt;bold&lt;/b&gt; | claim');
  });

  it('puts the action plan before every other section', () => {
    const headings = [...html.matchAll(/<h2 id="([^"]+)"/g)].map(([, id]) => id);
    expect(headings[0]).toBe('action-plan');
  });
});

describe('the Markdown', () => {
  const markdown = reportMarkdown(hostile);
  const planRow = markdown.split('\n').find((line) => line.startsWith('| Ana'))!;

  it('keeps a table row one row whatever the cells hold', () => {
    expect(planRow.split(/(?<!\\)\|/).length - 2).toBe(4);
    expect(planRow).toContain('then rest<br>Done when: A \\<b\\>bold\\</b\\> \\| claim');
    expect(planRow).toContain('Ship \\*v2\\* \\[now\\](https://example.test)<br>then rest');
    expect(markdown).toContain('# Pipes \\| and \\<script\\>alert(1)\\</script\\>');
  });

  it('does not turn a note that starts like a numbered line into a list', () => {
    expect(markdown).toContain('- 1\\. not a list');
  });

  it('opens with the title, the cohort and the date, and the action plan first', () => {
    const real = reportMarkdown(buildSessionReport(demo, demo.sessions[0]!.id)!);
    expect(real.split('\n').slice(0, 3)).toEqual([
      `# ${demo.sessions[0]!.title}`,
      '',
      `${demo.name} · Thursday 29 October 2026`,
    ]);
    expect(real.match(/^## .*/m)?.[0]).toBe('## Action plan');
  });
});
