// Layering rules of DESIGN.md, enforced as errors. The layers are an allow-list: every source file
// falls under exactly one layer block below, and a file in a folder no layer names fails lint, so a
// new top-level folder cannot quietly import 'electron' or the file system.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronBan = {
  name: 'electron',
  message: "Only electron/main and electron/preload import 'electron'.",
};
const builtinBan = nodeBuiltins.map((name) => ({
  name,
  message: 'No Node built-ins here (DESIGN.md layering).',
}));
const noNodeOnlyLibs = ['lowdb', 'lowdb/node', 'ws', 'sirv', 'steno'].map((name) => ({
  name,
  message: 'Only electron/core and electron/serve use Node-side libraries.',
}));
// The file system, directly or through the libraries the store writes files with.
const fsBan = [
  'fs',
  'fs/promises',
  'node:fs',
  'node:fs/promises',
  'lowdb',
  'lowdb/node',
  'steno',
].map((name) => ({
  name,
  message:
    'Only the store and the settings touch files (electron/core/store, electron/core/settings); go through the store.',
}));

// The store and the settings: the modules that read and write the app's files.
const coreFileModules = ['electron/core/store/**/*.ts', 'electron/core/settings/**/*.ts'];
// The browser host reads package.json's version and checks that the renderer is built.
const serveAssetReaders = ['electron/serve/cli.ts', 'electron/serve/rendererFolder.ts'];

const sourceFiles = '**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}';

/**
 * One layer: the files it holds and what they may not import. `settings.layers` records the
 * layer's name; ESLint merges settings, so the layering test can check that each file gets one.
 */
function layer(name, { files, ignores = [], paths = [], patterns = [], env = {}, rules = {} }) {
  return {
    name: `layer/${name}`,
    files,
    ignores,
    languageOptions: { globals: env },
    settings: { layers: { [name]: true } },
    rules: {
      'no-restricted-imports': ['error', { paths, patterns }],
      ...rules,
    },
  };
}

const nodeCore = {
  patterns: [
    { group: ['**/renderer/**'], message: 'Node code never imports the renderer.' },
    {
      group: ['**/main/**', '**/preload/**'],
      message: 'core and serve never depend on the Electron shell.',
    },
  ],
  env: { ...globals.node },
};

const layers = [
  layer('shared', {
    files: ['shared/**/*.ts'],
    paths: [
      electronBan,
      ...builtinBan,
      ...noNodeOnlyLibs,
      { name: 'react', message: 'shared/ is pure.' },
    ],
    patterns: [
      {
        group: ['**/electron/**', '**/renderer/**'],
        message: 'shared/ imports nothing from electron/ or renderer/.',
      },
      {
        group: ['react-dom', 'react-dom/*', 'framer-motion', 'lowdb/*'],
        message: 'shared/ is pure.',
      },
    ],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        'require',
        'localStorage',
        'fetch',
      ],
    },
  }),
  {
    ...layer('renderer', {
      files: ['renderer/**/*.{ts,tsx}', 'renderer/public/**/*.js'],
      env: { ...globals.browser },
      paths: [electronBan, ...builtinBan, ...noNodeOnlyLibs],
      patterns: [
        {
          group: ['**/electron/**'],
          message:
            'The renderer talks only to the bridge API (window.facilitator or the WebSocket client).',
        },
      ],
      rules: {
        ...reactHooks.configs.recommended.rules,
        'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
      },
    }),
    plugins: { 'react-hooks': reactHooks },
  },
  layer('core', {
    files: ['electron/core/**/*.ts'],
    ignores: coreFileModules,
    paths: [electronBan, ...fsBan],
    ...nodeCore,
  }),
  layer('core files', { files: coreFileModules, paths: [electronBan], ...nodeCore }),
  layer('serve', {
    files: ['electron/serve/**/*.ts'],
    ignores: serveAssetReaders,
    paths: [electronBan, ...fsBan],
    ...nodeCore,
  }),
  layer('serve asset readers', { files: serveAssetReaders, paths: [electronBan], ...nodeCore }),
  // `npm start` and the Electron binary lookup check that files exist before launching anything.
  layer('launcher', { files: ['electron/*.ts'], paths: [electronBan], ...nodeCore }),
  layer('main', {
    files: ['electron/main/**/*.ts'],
    env: { ...globals.node },
    paths: fsBan,
    patterns: [
      {
        // The network share for phones is the one part of the browser host the desktop app starts.
        group: ['**/renderer/**', '**/serve/**', '!**/serve/roomShare.ts'],
        message:
          'main wires core to Electron; it does not reach into the renderer or the browser host.',
      },
    ],
  }),
  layer('preload', {
    files: ['electron/preload/**/*.ts'],
    env: { ...globals.node },
    paths: builtinBan,
    patterns: [
      {
        group: ['**/renderer/**', '**/core/**', '**/serve/**', '**/main/**'],
        message: 'preload exposes the contract API and nothing else.',
      },
    ],
  }),
  layer('tests and tooling', {
    files: ['tests/**/*.{ts,tsx}', '*.config.{ts,js}'],
    env: { ...globals.node, ...globals.browser },
  }),
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layers,
  {
    name: 'layer/none',
    files: [sourceFiles],
    ignores: layers.flatMap((block) => block.files),
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program',
          message:
            'This file is in no layer of eslint.config.js: move it into a known folder, or add a layer that says what it may import.',
        },
      ],
    },
  },
);
