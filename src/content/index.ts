// Content script entry: scan this frame, asking the background only questions.
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
