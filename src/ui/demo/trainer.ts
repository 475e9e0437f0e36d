// Trainer mode on the demo page: a guided walk that scrolls to each kind of flag and shows its
// card. Works offline: everything is in the extension. Flags are found through the overlay's open
// shadow root, by the flag contract's attributes.
// For a presenter: Back and Next never move (they lead the bar), Enter on them keeps focus there
// (a step's card is shown, not focused), arrows and Page Up/Down step, Escape closes; the bar is a
// popover shown after LaborLens's overlay, so nothing of ours is drawn over it, and each step's item
// is scrolled near the top of the view, with room for its card above the bar.
import { STEPS } from './trainer-steps';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const panel = $('trainer');
const open = $('trainer-open');
const next = $<HTMLButtonElement>('trainer-next');
const prev = $<HTMLButtonElement>('trainer-prev');
/** Where a step's item sits from the top of the view. */
const ITEM_TOP = 90;
let at = 0;
let shown: HTMLElement | null = null;
let target: Element | null = null;

function findFlag(kind: string, key: string): HTMLElement | null {
  const root = Array.from(document.querySelectorAll('laborlens-root')).find((r) => r.shadowRoot)?.shadowRoot;
  return (
    (root?.querySelector(
      `laborlens-flag[data-kind="${CSS.escape(kind)}"][data-key="${CSS.escape(key)}"]`,
    ) as HTMLElement | null) ?? null
  );
}

const walking = () => panel.matches(':popover-open');

function show(i: number): void {
  at = Math.max(0, Math.min(STEPS.length - 1, i));
  const step = STEPS[at]!;
  $('trainer-step').textContent = `Step ${at + 1} of ${STEPS.length}: ${step.title}`;
  $('trainer-text').textContent = step.text;
  // A step about another page of the extension links to it (a new tab: the walk stays here).
  $('trainer-links').replaceChildren(
    ...(step.links ?? []).map(({ href, label }) => {
      const a = document.createElement('a');
      a.href = href;
      a.target = '_blank';
      a.textContent = label;
      return a;
    }),
  );
  // Focus stays on the bar: a disabled button would drop it to the page.
  const hadFocus = document.activeElement;
  prev.disabled = at === 0;
  next.disabled = at === STEPS.length - 1;
  if (hadFocus === next && next.disabled) prev.focus();
  if (hadFocus === prev && prev.disabled) next.focus();
  hideShown();
  if (step.flag) void pointAt(at, step.flag.kind, step.flag.key, step.text);
  else if (step.target) {
    target = document.querySelector(step.target);
    target?.classList.add('trainer-target');
    if (target) scrollNear(target);
    raiseBar();
  }
}

function hideShown(): void {
  shown?.dispatchEvent(new Event('laborlens-hide'));
  shown = null;
  target?.classList.remove('trainer-target');
  target = null;
}

/**
 * The bar goes last in the top layer, above LaborLens's overlay (which the content script may have
 * put there after the walk started), keeping focus where it was.
 */
function raiseBar(): void {
  if (!walking()) return;
  const focused = document.activeElement;
  panel.hidePopover();
  panel.showPopover();
  if (focused instanceof HTMLElement && panel.contains(focused)) focused.focus();
}

function scrollNear(el: Element): void {
  window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - ITEM_TOP, behavior: 'instant' });
}

/** Flags appear once the page is scanned; wait for this step's flag a little while. */
async function pointAt(stepIndex: number, kind: string, key: string, text: string): Promise<void> {
  for (let tries = 0; tries < 50; tries++) {
    if (stepIndex !== at || !walking()) return; // the trainer moved on
    const flag = findFlag(kind, key);
    if (flag) {
      scrollNear(flag);
      // The flag layer moves its flags on the next frame; show the card once it has.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      if (stepIndex !== at || !walking()) return;
      raiseBar();
      // Shown, not focused: focus stays on Back/Next, and a shown card takes no clicks.
      flag.dispatchEvent(new Event('laborlens-show'));
      shown = flag;
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  $('trainer-text').textContent = `${text} (The flag has not appeared: is LaborLens scanning this page?)`;
}

function start(): void {
  // Shown after LaborLens's overlay, so the bar is above it in the top layer.
  if (!walking()) panel.showPopover();
  document.documentElement.classList.add('trainer-walking');
  open.hidden = true;
  show(0);
  next.focus();
}

function stop(): void {
  hideShown();
  if (walking()) panel.hidePopover();
  document.documentElement.classList.remove('trainer-walking');
  open.hidden = false;
  open.focus();
}

open.addEventListener('click', start);
$('trainer-close').addEventListener('click', stop);
next.addEventListener('click', () => show(at + 1));
prev.addEventListener('click', () => show(at - 1));
$<HTMLInputElement>('trainer-present').addEventListener('change', (e) => {
  document.documentElement.toggleAttribute('data-laborlens-presentation', (e.target as HTMLInputElement).checked);
  // The flag layer re-reads the switch when it repositions.
  window.dispatchEvent(new Event('resize'));
  show(at);
});
document.addEventListener('keydown', (e) => {
  if (!walking() || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
  const t = e.target;
  // Typing and our own cards (Escape closes a card first) keep their keys.
  if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT|LABORLENS-ROOT)$/.test(t.tagName)))
    return;
  const step = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 }[e.key];
  if (step) show(at + step);
  else if (e.key === 'Escape') stop();
  else return;
  e.preventDefault();
});
if (new URLSearchParams(location.search).has('trainer')) start();
