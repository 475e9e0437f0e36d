// Content script entry: scan this frame, asking the background only questions.
import browser from 'webextension-polyfill';
import { send } from '../shared/send';
import { startScanner } from './scanner';
import { MAX_URL } from '../shared/validate';
import { viewerDocument } from './viewer-document';

const controller = new AbortController();
const frame = window === window.top ? 0 : 1;
const shown = viewerDocument(document);
// A PDF in the browser's viewer: this script sees only the viewer's empty wrapper, so the tab is
// reported as a document to check on the file page, never as a page scanned with no risk.
if (shown && frame === 0)
  void send('scanPage', { url: location.href.slice(0, MAX_URL), text: '', frame, document: shown });
else if (!shown)
  startScanner(
    document,
    { scan: (req) => send('scanPage', req), lists: () => send('listSummaries', {}) },
    controller.signal,
    frame,
  );
// The background asks a frame whether it is still there before keeping its findings (the string
// is ALIVE in src/background/tab-findings.ts; content never imports the background).
browser.runtime.onMessage.addListener((m: unknown) => (m === 'laborlens:alive' ? Promise.resolve(true) : undefined));
