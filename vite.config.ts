import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { buildManifest } from './src/build/manifest';

const r = (p: string) => resolve(import.meta.dirname, p);
// TARGET=firefox builds dist-firefox with Firefox's background.scripts and gecko settings.
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  root: r('./src'),
  publicDir: r('./public'),
  plugins: [preact(), crx({ manifest: buildManifest(target), browser: target })],
  build: {
    outDir: r(target === 'firefox' ? './dist-firefox' : './dist'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        demo: r('./src/demo.html'),
        options: r('./src/options.html'),
      },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  test: {
    root: r('.'),
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
  },
});
