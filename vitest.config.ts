import { defineConfig } from 'vitest/config';

/**
 * Two projects: the Node suites, and the renderer's component tests (tests/unit/renderer/**\/*.test.tsx)
 * in jsdom, where React renders the console's panels against an in-memory host.
 */
export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/renderer/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['tests/unit/renderer/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/renderer/support/setup.ts'],
        },
      },
    ],
  },
});
