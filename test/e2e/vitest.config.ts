import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests: a real Chromium with the built extension (dist/) loaded, and Firefox ESR with
// dist-firefox (firefox.e2e.ts). One browser at a time on a 2-core machine; each file launches its
// own profile.
export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, '../..'),
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
