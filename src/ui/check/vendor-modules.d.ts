// Browser builds that ship without their own type declarations.
declare module 'pdfjs-dist/build/pdf.worker.mjs';
declare module 'mammoth/mammoth.browser.js';
