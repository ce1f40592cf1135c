// Layering rules of DESIGN.md, enforced as errors. Every source folder falls under one block below.
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
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
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
        },
      ],
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
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'renderer/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan, ...builtinBan, ...noNodeOnlyLibs],
          patterns: [
            {
              group: ['**/electron/**'],
              message:
                'The renderer talks only to the bridge API (window.facilitator or the WebSocket client).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/serve/**/*.ts', 'electron/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            { group: ['**/renderer/**'], message: 'Node code never imports the renderer.' },
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'core and serve never depend on the Electron shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/serve/**'],
              message:
                'main wires core to Electron; it does not reach into the renderer or the browser host.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinBan,
          patterns: [
            {
              group: ['**/renderer/**', '**/core/**', '**/serve/**', '**/main/**'],
              message: 'preload exposes the contract API and nothing else.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.config.{ts,js}', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
