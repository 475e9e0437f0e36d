// Dedicated worker of the "Check a file" page: PDF, spreadsheet and document parsing and XLSX
// export run here, so the page stays responsive on big files. Libraries load on first use, only
// in this worker. Nothing leaves the browser.
import { FileReadError, scanText, tableLines } from '../../core';
import { readDocument, type FileLibs } from '../../files/read-document';
import type { WorkerBody, WorkerRequest } from './worker-protocol';

/** Tables up to this many rows are read as a quote at once as well. */
const QUOTE_ROWS = 2_000;

const libs: FileLibs = {
  async pdfjs() {
    const pdfjs = await import('pdfjs-dist');
    // PDF.js runs its parser in this worker ("fake worker"): no nested worker to load.
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import('pdfjs-dist/build/pdf.worker.mjs');
    return pdfjs;
  },
  exceljs: async () => (await import('exceljs')).default as unknown as typeof import('exceljs'),
  mammoth: async () => {
    const m = (await import('mammoth/mammoth.browser.js')) as { default?: unknown };
    return (m.default ?? m) as Awaited<ReturnType<FileLibs['mammoth']>>;
  },
};

const post = (m: WorkerBody, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage({ ...m, laborlens: 1 }, transfer);

self.addEventListener('message', async (ev: MessageEvent<WorkerRequest>) => {
  const req = ev.data;
  // PDF.js's worker code listens on this worker too; its messages are not ours.
  if (typeof req !== 'object' || req === null || (req.type !== 'read' && req.type !== 'xlsx')) return;
  try {
    if (req.type === 'read') {
      const bytes = new Uint8Array(req.data);
      const doc = await readDocument(req.name, bytes, libs, {
        onProgress: (done, total) => post({ type: 'progress', done, total }),
      });
      // A big table is a supplier master; its quote reading is built only if the user asks for it,
      // so the page does not receive (and clone) a second copy of every cell.
      const rows = doc.tables.reduce((n, t) => n + t.rows.length, 0);
      const scan =
        doc.lines.length > 0
          ? scanText(doc.lines)
          : rows <= QUOTE_ROWS
            ? scanText(doc.tables.flatMap(tableLines))
            : null;
      post({ type: 'read', doc, scan });
    } else {
      const ExcelJS = await libs.exceljs();
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet(req.sheet.slice(0, 31));
      ws.addRows(req.rows);
      ws.getRow(1).font = { bold: true };
      const buf = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
      post({ type: 'xlsx', data: buf }, [buf]);
    }
  } catch (e) {
    const code = e instanceof FileReadError ? e.code : 'corrupt';
    const message =
      e instanceof FileReadError
        ? e.message
        : `${req.type === 'read' ? req.name : 'export'}: ${e instanceof Error ? e.message : String(e)}`;
    post({ type: 'error', code, message });
  }
});
