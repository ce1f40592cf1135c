/**
 * The layering rules of DESIGN.md are lint errors: each forbidden import below must be caught, every
 * source file belongs to exactly one layer, and a file in a folder no layer names fails lint.
 */
import { execFileSync } from 'node:child_process';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function messages(filePath: string, code: string) {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return result?.messages ?? [];
}

async function ruleViolations(filePath: string, code: string) {
  return (await messages(filePath, code)).filter(
    (message) => message.ruleId === 'no-restricted-imports',
  );
}

/** The layers ESLint applies to a file, by name (each layer block records its name in settings). */
async function layersOf(filePath: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(filePath)) as
    { settings?: { layers?: Record<string, boolean> } } | undefined;
  return Object.keys(config?.settings?.layers ?? {});
}

describe('layering rules', () => {
  it.each([
    ['shared/probe.ts', "import { app } from 'electron';"],
    ['shared/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/probe.ts', "import { join } from 'path';"],
    ['shared/probe.ts', "import React from 'react';"],
    ['shared/probe.ts', "import { Low } from 'lowdb';"],
    ['shared/probe.ts', "import { createRouter } from '../electron/core/router.ts';"],
    ['renderer/probe.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/probe.ts', "import { createRouter } from '../electron/core/router.ts';"],
    ['electron/core/probe.ts', "import { app } from 'electron';"],
    ['electron/serve/probe.ts', "import { BrowserWindow } from 'electron';"],
    ['electron/core/probe.ts', "import { x } from '../main/index.ts';"],
    ['electron/preload/probe.ts', "import { createCoreHost } from '../core/host.ts';"],
    ['electron/core/store/probe.ts', "import { app } from 'electron';"],
    ['electron/core/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['electron/core/library/probe.ts', "import { copyFile } from 'node:fs/promises';"],
    ['electron/core/live/probe.ts', "import { watch } from 'fs';"],
    ['electron/serve/probe.ts', "import { readFile } from 'fs/promises';"],
    ['electron/main/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['electron/core/live/probe.ts', "import { JSONFilePreset } from 'lowdb/node';"],
    ['electron/serve/probe.ts', "import { Low } from 'lowdb';"],
  ])('%s may not %s', async (filePath, code) => {
    expect((await ruleViolations(filePath, code)).length).toBeGreaterThan(0);
  });

  it.each([
    ['electron/main/probe.ts', "import { app } from 'electron';"],
    ['electron/preload/probe.ts', "import { contextBridge } from 'electron';"],
    ['renderer/probe.ts', "import { requests } from '../shared/contract/index.ts';"],
    ['electron/core/store/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['electron/core/settings/probe.ts', "import { mkdir } from 'node:fs/promises';"],
    ['electron/core/store/probe.ts', "import { Low } from 'lowdb';"],
    ['electron/core/probe.ts', "import { join } from 'node:path';"],
    ['tests/unit/probe.ts', "import { readFileSync } from 'node:fs';"],
  ])('%s may %s', async (filePath, code) => {
    expect(await ruleViolations(filePath, code)).toEqual([]);
  });
});

describe('the layers are an allow-list', () => {
  it.each([
    ['tools/probe.ts', "import { app } from 'electron';"],
    ['scripts/probe.js', "import { readFileSync } from 'node:fs';"],
    ['electron/updater/probe.ts', "import { autoUpdater } from 'electron';"],
    ['renderer.ts', 'const x = 1;\nconsole.log(x);'],
  ])('%s, in no layer, fails lint (%s)', async (filePath, code) => {
    expect(await layersOf(filePath)).toEqual([]);
    const unlayered = (await messages(filePath, code)).filter(
      (message) => message.ruleId === 'no-restricted-syntax' && message.severity === 2,
    );
    expect(unlayered.map((message) => message.message)).toEqual([
      expect.stringContaining('in no layer of eslint.config.js'),
    ]);
  });

  it('puts every source file of the project in exactly one layer', async () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter((file) => /\.(c|m)?[jt]sx?$/.test(file));
    expect(files.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const file of files) {
      if (await eslint.isPathIgnored(file)) continue;
      const layers = await layersOf(file);
      if (layers.length !== 1) wrong.push(`${file}: ${layers.join(', ') || 'no layer'}`);
    }
    expect(wrong).toEqual([]);
  });
});
