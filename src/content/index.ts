// Content script entry: scan this frame, asking the background only questions.
import browser from 'webextension-polyfill';
import { send } from '../shared/send';
import { startScanner } from './scanner';

const controller = new AbortController();
const frame = window === window.top ? 0 : 1;
startScanner(
  document,
  { scan: (req) => send('scanPage', req), lists: () => send('listSummaries', {}) },
  controller.signal,
  frame,
);
// The background asks a frame whether it is still there before keeping its findings (the string
// is ALIVE in src/background/tab-findings.ts; content never imports the background).
browser.runtime.onMessage.addListener((m: unknown) => (m === 'laborlens:alive' ? Promise.resolve(true) : undefined));
