/**
 * Three builds: the main process (ES module, Node), the preload (one CommonJS file with everything
 * it imports bundled in, as a sandboxed preload must be) and the renderer (two pages: the console
 * and the presenter, minified and split so each page loads only what it imports). The renderer
 * uses relative URLs, so out/renderer is served as it is by the Electron shell's app:// protocol
 * and by any plain HTTP server (the browser host).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import {
  CONTENT_SECURITY_POLICY,
  CSP_META_PATTERN,
  DEV_CONTENT_SECURITY_POLICY,
  cspOfHtml,
} from './electron/core/security/contentSecurityPolicy.ts';

const root = import.meta.dirname;

/**
 * Every page must declare the app's policy in a <meta>: a build with a page that lacks it, or
 * declares another, fails. On the dev server the policy also allows the inline React Refresh
 * preamble.
 */
function contentSecurityPolicy(): Plugin {
  let serving = false;
  return {
    name: 'facilitator:content-security-policy',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const declared = cspOfHtml(html);
        if (declared !== CONTENT_SECURITY_POLICY) {
          const found = declared === undefined ? 'no policy' : `"${declared}"`;
          throw new Error(
            `${context.filename} must declare the app's Content-Security-Policy in a <meta> ` +
              `(electron/core/security/contentSecurityPolicy.ts): expected "${CONTENT_SECURITY_POLICY}", found ${found}.`,
          );
        }
        if (!serving) return html;
        return html.replace(CSP_META_PATTERN, (tag) =>
          tag.replace(CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY),
        );
      },
    },
  };
}

/**
 * Each script, stylesheet and page also written brotli- and gzip-compressed beside itself, for the
 * browser host to send to browsers that accept them (phones on the room's Wi-Fi load a fraction of
 * the bytes). The Electron shell reads the plain files from disk.
 */
function precompressed(): Plugin {
  return {
    name: 'facilitator:precompressed',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg)$/.test(file)) continue;
        const item = bundle[file]!;
        const source = item.type === 'chunk' ? item.code : item.source;
        const bytes = typeof source === 'string' ? Buffer.from(source) : Buffer.from(source);
        const path = resolve(options.dir!, file);
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

/** A module id's package folder test, with either path separator. */
const packages = (...names: string[]) =>
  new RegExp(`node_modules[\\\\/](${names.join('|')})[\\\\/]`);

/**
 * The renderer's chunks: each library in its own file, and the app's own shared code split by which
 * pages use it, so a page loads only what it imports (the presenter never loads the console's
 * screens, the console never loads framer-motion) and a library's file stays cached across builds.
 * The library chunks take only what pages import at start (`$initial`): a part a page imports
 * lazily stays in a chunk of its own, loaded when it is asked for.
 */
const initial: ['$initial'] = ['$initial'];
const rendererChunks = [
  { name: 'react', test: packages('react', 'react-dom', 'scheduler'), priority: 3, tags: initial },
  { name: 'zod', test: packages('zod'), priority: 3, tags: initial },
  {
    name: 'motion',
    test: packages('framer-motion', 'motion-dom', 'motion-utils'),
    priority: 3,
    tags: initial,
  },
  {
    name: 'common',
    test: /[\\/](shared|renderer[\\/](ui|bridge))[\\/]/,
    priority: 2,
    entriesAware: true,
  },
];

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      lib: { entry: resolve(root, 'electron/main/index.ts'), formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: '[name].js' } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot require anything but 'electron': bundle everything else.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs', codeSplitting: false } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy(), precompressed()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'renderer/index.html'),
          presenter: resolve(root, 'renderer/presenter.html'),
          participant: resolve(root, 'renderer/participant.html'),
        },
        output: { codeSplitting: { groups: rendererChunks } },
      },
    },
  },
});
