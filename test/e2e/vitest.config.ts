import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests: a real Chromium with the built extension (dist/) loaded, and Firefox ESR with
// dist-firefox (firefox.e2e.ts). One browser at a time on a 2-core machine; each file launches its
// own profile. The files run one after another in one process (not isolated): each still gets a
// fresh browser and profile, and Playwright and the helpers are loaded once instead of 30 times
// (the whole run 370 -> 330 s on a 2-core machine).
export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, '../..'),
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
