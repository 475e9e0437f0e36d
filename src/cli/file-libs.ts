// The file readers' libraries as Node loads them: PDF.js's legacy build (the modern one needs a
// newer Node), exceljs and mammoth. Loaded on demand, so a plain-text scan never pays for them.
import { readFileSync } from 'node:fs';
import type { FileLibs } from '../files/read-document';

export const nodeFileLibs: FileLibs = {
  pdfjs: async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as typeof import('pdfjs-dist'),
  exceljs: async () => (await import('exceljs')).default as unknown as typeof import('exceljs'),
  mammoth: async () => (await import('mammoth')).default as unknown as Awaited<ReturnType<FileLibs['mammoth']>>,
};

export function readBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}
