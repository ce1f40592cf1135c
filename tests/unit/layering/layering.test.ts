/** The layering rules of DESIGN.md are lint errors: each forbidden import below must be caught. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleViolations(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports');
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
  ])('%s may not %s', async (filePath, code) => {
    expect((await ruleViolations(filePath, `${code}\nexport {};\n`)).length).toBeGreaterThan(0);
  });

  it.each([
    ['electron/main/probe.ts', "import { app } from 'electron';"],
    ['electron/preload/probe.ts', "import { contextBridge } from 'electron';"],
    ['renderer/probe.ts', "import { requests } from '../shared/contract/index.ts';"],
    ['electron/core/probe.ts', "import { readFileSync } from 'node:fs';"],
  ])('%s may %s', async (filePath, code) => {
    expect(await ruleViolations(filePath, `${code}\nexport {};\n`)).toEqual([]);
  });
});
