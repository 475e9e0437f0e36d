// The content script as one classic file (content-script.js at the extension's root) for sites the
// user or the administrator turns on. The manifest's own entry is a loader that imports its chunks
// from chrome-extension:// URLs, which web-accessible resources allow only on the built-in hosts;
// a script registered with scripting.registerContentScripts must stand alone to run anywhere.
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';

export const CONTENT_BUNDLE = 'content-script.js';

export function contentBundle(entry: string, outDir: string): Plugin {
  return {
    name: 'laborlens-content-bundle',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          copyPublicDir: false,
          lib: { entry: resolve(entry), formats: ['iife'], name: 'laborlensContent', fileName: () => CONTENT_BUNDLE },
        },
      });
    },
  };
}
