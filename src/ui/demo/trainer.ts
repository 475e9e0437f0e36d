// Trainer mode on the demo page: a guided walk that scrolls to each kind of flag and opens its
// card. Works offline: everything is in the extension. Flags are found through the overlay's open
// shadow root, by the flag contract's attributes.
import { STEPS } from './trainer-steps';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const panel = $('trainer');
const open = $('trainer-open');
let at = 0;
let shown: HTMLElement | null = null;

function findFlag(kind: string, key: string): HTMLElement | null {
  const root = document.querySelector('laborlens-root')?.shadowRoot;
  return (
    (root?.querySelector(
      `laborlens-flag[data-kind="${CSS.escape(kind)}"][data-key="${CSS.escape(key)}"]`,
    ) as HTMLElement | null) ?? null
  );
}

function show(i: number): void {
  at = Math.max(0, Math.min(STEPS.length - 1, i));
  const step = STEPS[at]!;
  $('trainer-step').textContent = `Step ${at + 1} of ${STEPS.length}: ${step.title}`;
  $('trainer-text').textContent = step.text;
  ($('trainer-prev') as HTMLButtonElement).disabled = at === 0;
  ($('trainer-next') as HTMLButtonElement).disabled = at === STEPS.length - 1;
  if (step.flag) void pointAt(at, step.flag.kind, step.flag.key, step.text);
}

/** Flags appear once the page is scanned; wait for this step's flag a little while. */
async function pointAt(stepIndex: number, kind: string, key: string, text: string): Promise<void> {
  for (let tries = 0; tries < 50; tries++) {
    if (stepIndex !== at) return; // the trainer moved on
    const flag = findFlag(kind, key);
    if (flag) {
      // Near the top of the view, so the card opens below it and clear of the trainer bar.
      window.scrollTo({ top: window.scrollY + flag.getBoundingClientRect().top - 140, behavior: 'instant' });
      // Shown, not focused: focus stays on Back/Next, and a shown card takes no clicks.
      shown?.dispatchEvent(new Event('laborlens-hide'));
      flag.dispatchEvent(new Event('laborlens-show'));
      shown = flag;
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  $('trainer-text').textContent = `${text} (The flag has not appeared: is LaborLens scanning this page?)`;
}

open.addEventListener('click', () => {
  panel.hidden = false;
  open.hidden = true;
  show(0);
});
$('trainer-close').addEventListener('click', () => {
  panel.hidden = true;
  open.hidden = false;
});
$('trainer-next').addEventListener('click', () => show(at + 1));
$('trainer-prev').addEventListener('click', () => show(at - 1));
$<HTMLInputElement>('trainer-present').addEventListener('change', (e) => {
  document.documentElement.toggleAttribute('data-laborlens-presentation', (e.target as HTMLInputElement).checked);
  // The flag layer re-reads the switch when it repositions.
  window.dispatchEvent(new Event('resize'));
  show(at);
});
if (new URLSearchParams(location.search).has('trainer')) open.click();
