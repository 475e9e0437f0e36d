import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, runnerImport, type InlineConfig, type Plugin } from 'vite';
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

/** A second build into the extension's folder, beside the main one: `build` names its entry. */
function buildBeside(outDir: string, extra: NonNullable<InlineConfig['build']>): ReturnType<typeof build> {
  return build({
    configFile: false,
    logLevel: 'warn',
    root: r('./src'),
    build: { outDir, emptyOutDir: false, target: 'es2022', copyPublicDir: false, ...extra },
  });
}

/**
 * Edits the built manifest in place. Read, edited and written in one synchronous step: the plugins'
 * writeBundle hooks run side by side, and each edits the manifest after its own build.
 */
function editManifest<M, R = void>(outDir: string, edit: (m: M) => R): R {
  const path = join(outDir, 'manifest.json');
  const m = JSON.parse(readFileSync(path, 'utf8')) as M;
  const out = edit(m);
  writeFileSync(path, JSON.stringify(m, null, 2));
  return out;
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
      await buildBeside(outDir, {
        lib: {
          entry: r('./src/content/index.ts'),
          formats: ['iife'],
          name: 'laborlensContent',
          fileName: () => file,
        },
      });
      editManifest<{ web_accessible_resources?: unknown[]; content_scripts?: { js?: string[] }[] }>(outDir, (m) => {
        for (const cs of m.content_scripts ?? []) cs.js = [file];
        delete m.web_accessible_resources;
      });
    },
  };
}

/**
 * The background as one self-contained module, named by its content hash, in place of crxjs's
 * loader and the chunks it shares with the pages. A worker starts every time it wakes: each module
 * of its graph is one more fetch and compile before our first line, and the split build started
 * its code ~150 ms later than one file did (install, 3 launches each). The hash stays in the
 * script's URL, which the stored name index's stamp uses to tell builds apart (engine-holder.ts).
 */
function selfContainedWorker(outDir: string): Plugin {
  return {
    name: 'laborlens:self-contained-worker',
    apply: 'build',
    enforce: 'post',
    async writeBundle() {
      const out = (await buildBeside(outDir, {
        // One file by design (~0.5 MB, most of it data tables held as strings).
        chunkSizeWarningLimit: 1024,
        rollupOptions: {
          input: r('./src/background/index.ts'),
          output: { format: 'es', entryFileNames: 'service-worker-[hash].js', codeSplitting: false },
        },
      })) as { output: { type: string; fileName: string }[] } | { output: { type: string; fileName: string }[] }[];
      const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
      if (chunks.length !== 1) throw new Error(`the service worker built as ${chunks.length} files, expected 1`);
      const file = (chunks[0] as { fileName: string }).fileName;
      type Background = { background: { service_worker?: string; scripts?: string[] } };
      const loader = editManifest(outDir, (m: Background) => {
        const was = m.background.service_worker ?? m.background.scripts?.[0];
        if (m.background.service_worker) m.background.service_worker = file;
        else m.background.scripts = [file];
        return was;
      });
      // crxjs's loader and the worker chunk only it imported are no longer used.
      if (loader) {
        const target = /import '\.\/(assets\/[^']+)'/u.exec(readFileSync(join(outDir, loader), 'utf8'))?.[1];
        rmSync(join(outDir, loader));
        if (target) rmSync(join(outDir, target));
      }
    },
  };
}

/**
 * The bundled lists' name index, compiled by this build's matcher from the files it ships and
 * written as data/names-index.bin (src/data/packaged-index.ts, loaded through Vite's module
 * runner): a first install loads it instead of indexing the bundled names in a cold worker. The
 * place tables likewise, as data/origin-tables.bin (src/data/packaged-tables.ts), for every start.
 */
function packagedNamesIndex(): Plugin {
  return {
    name: 'laborlens:packaged-names-index',
    apply: 'build',
    async generateBundle() {
      type Module = typeof import('./src/data/packaged-index');
      const { module } = await runnerImport<Module>(r('./src/data/packaged-index.ts'));
      const read = (file: string): unknown => JSON.parse(readFileSync(r(`./public/data/${file}`), 'utf8'));
      const bundle = read('index.json') as { lists: { id: string; file: string; sha256: string }[] };
      const builtin = Object.fromEntries(bundle.lists.map((l) => [l.id, read(l.file)]));
      const sums = new Map(bundle.lists.map((l) => [l.id, l.sha256]));
      const source = module.packageIndex(
        { builtin, custom: [] } as Parameters<Module['packageIndex']>[0],
        sums as never,
      );
      this.emitFile({ type: 'asset', fileName: module.PACKAGED_INDEX_FILE, source });
      const tables = (
        await runnerImport<typeof import('./src/data/packaged-tables')>(r('./src/data/packaged-tables.ts'))
      ).module;
      const data = { builtin, custom: [] } as Parameters<typeof tables.packageTables>[0];
      this.emitFile({
        type: 'asset',
        fileName: tables.PACKAGED_TABLES_FILE,
        source: tables.packageTables(data, sums as never),
      });
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
        selfContainedWorker(outDir),
        packagedNamesIndex(),
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
