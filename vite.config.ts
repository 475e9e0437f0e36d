import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

const r = (p: string) => resolve(import.meta.dirname, p);
// TARGET=firefox builds dist-firefox from the same manifest: Firefox MV3 has no service worker,
// so the background runs as an event page, and AMO needs a gecko id and data-collection statement.
const firefox = process.env.TARGET === 'firefox';
/** Unit tests that measure time (linearity checks): each in a fresh worker. */
const TIMED = [
  'test/unit/core/fuzz.test.ts',
  'test/unit/cli/html-to-text.test.ts',
  'test/unit/fuzz/csv.fuzz.test.ts',
  'test/unit/fuzz/custom-list.fuzz.test.ts',
  'test/unit/fuzz/parsers.fuzz.test.ts',
  'test/unit/fuzz/snapshot-check.fuzz.test.ts',
];

function firefoxManifest(): ManifestV3Export {
  const { background, ...rest } = manifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'laborlens@laborlens.example',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

/**
 * The content script as one classic, self-contained file: crxjs would load it as an ES module
 * through a loader whose files must be web-accessible, and any matched site could then fetch
 * chrome-extension://<id>/assets/... to tell that the buyer runs LaborLens (SECURITY.md). Without
 * the loader, the manifest declares no web-accessible resource at all.
 */
function classicContentScript(outDir: string): Plugin {
  return {
    name: 'laborlens:classic-content-script',
    apply: 'build',
    enforce: 'post',
    async writeBundle() {
      // The same file is registered for sites the user or the administrator turns on
      // (src/background/sites.ts), which must run without any web-accessible resource too.
      const file = 'content-script.js';
      await build({
        configFile: false,
        logLevel: 'warn',
        root: r('./src'),
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          copyPublicDir: false,
          lib: {
            entry: r('./src/content/index.ts'),
            formats: ['iife'],
            name: 'laborlensContent',
            fileName: () => file,
          },
        },
      });
      const path = join(outDir, 'manifest.json');
      const m = JSON.parse(readFileSync(path, 'utf8')) as {
        web_accessible_resources?: unknown[];
        content_scripts?: { js?: string[] }[];
      };
      for (const cs of m.content_scripts ?? []) cs.js = [file];
      delete m.web_accessible_resources;
      writeFileSync(path, JSON.stringify(m, null, 2));
    },
  };
}

const outDir = r(firefox ? './dist-firefox' : './dist');

export default defineConfig({
  root: r('./src'),
  publicDir: r('./public'),
  // Under vitest the extension plugins stay out: crxjs in serve mode empties the build folder, and
  // each test project starts one, which deleted dist/ between the build and the e2e tests.
  plugins: process.env.VITEST
    ? [preact()]
    : [
        preact(),
        crx({
          manifest: firefox ? firefoxManifest() : (manifest as ManifestV3Export),
          browser: firefox ? 'firefox' : 'chrome',
        }),
        classicContentScript(outDir),
      ],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      // Pages not named in the manifest: the demo marketplace page and the "Check a file" page.
      input: { demo: r('./src/demo.html'), check: r('./src/check.html') },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  test: {
    root: r('.'),
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    // Importing core, Dexie and preact again for each of 60 files cost more than the tests
    // themselves: most files share one module cache per worker (isolate: false; they use their
    // own databases and no module mocks). The fuzz and timing files, which compare run times,
    // keep a fresh worker each, so another file's garbage does not land in their measurements.
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], exclude: TIMED, isolate: false },
      },
      { extends: true, test: { name: 'timed', include: TIMED, isolate: true } },
    ],
  },
});
