// When a flag's card shows, and when it takes the pointer. A card never sits in the page's way:
// - hovering the mark previews the card (data-peek): drawn, but inert and click-through;
// - a click on the mark (or Enter/Space, it is a button) opens the card as a dialog (data-open):
//   focus moves into it and only then does it take pointer events, so its links can be used;
// - an open card closes when the pointer leaves it and its mark (after a short grace, so a pointer
//   crossing the gap between mark and card does not close it), when focus leaves it, or on Escape
//   (focus goes back to the mark);
// - our own extension pages (the demo's guided walk) may ask a flag to show its card (data-shown),
//   as a click-through preview that stays until another flag is shown or the page asks to hide it.
import type { FlagParts } from './flag-element';

/** Attributes on a flag host that say how its card shows: ours to set, not the page's. */
export const CARD_STATE = ['data-open', 'data-peek', 'data-shown'] as const;
/** Events our own pages send to a flag host to show or hide its card. */
export const SHOW_EVENT = 'laborlens-show';
export const HIDE_EVENT = 'laborlens-hide';
const GRACE_MS = 300;

export interface CardHooks {
  /** Before a card shows: place it where there is room. */
  aim(host: HTMLElement): void;
  /** A card showed: others close. */
  shown(host: HTMLElement): void;
  /** Whether show/hide requests from the page are honoured (our own extension pages only). */
  ownPage: boolean;
}

export function setCard(parts: FlagParts, state: { open?: boolean; peek?: boolean; shown?: boolean }): void {
  const { host, mark, card } = parts;
  if (state.open !== undefined) {
    host.toggleAttribute('data-open', state.open);
    mark.setAttribute('aria-expanded', String(state.open));
    card.inert = !state.open;
  }
  if (state.peek !== undefined) host.toggleAttribute('data-peek', state.peek);
  if (state.shown !== undefined) host.toggleAttribute('data-shown', state.shown);
}

export function closeCard(parts: FlagParts): void {
  const { host, card } = parts;
  const hadFocus = card.contains(host.shadowRoot?.activeElement ?? null);
  setCard(parts, { open: false, peek: false, shown: false });
  if (hadFocus) parts.mark.focus({ preventScroll: true });
}

export function wireCard(parts: FlagParts, hooks: CardHooks): void {
  const { host, mark, card } = parts;
  const root = host.shadowRoot!;
  card.inert = true;
  let closing: ReturnType<typeof setTimeout> | undefined;
  const stay = () => {
    clearTimeout(closing);
    closing = undefined;
  };
  const isOpen = () => host.hasAttribute('data-open');
  const inside = (n: EventTarget | null) => n instanceof Node && (n === host || root.contains(n));

  mark.addEventListener('pointerenter', () => {
    if (isOpen()) return;
    hooks.aim(host);
    setCard(parts, { peek: true });
    hooks.shown(host);
  });
  mark.addEventListener('pointerleave', () => setCard(parts, { peek: false }));
  mark.addEventListener('click', () => {
    stay();
    if (isOpen()) {
      closeCard(parts);
      mark.focus({ preventScroll: true });
      return;
    }
    hooks.aim(host);
    setCard(parts, { open: true, peek: false, shown: false });
    hooks.shown(host);
    card.focus({ preventScroll: true });
  });
  root.addEventListener('pointerover', stay);
  root.addEventListener('pointerout', (e) => {
    if (!isOpen() || inside((e as PointerEvent).relatedTarget)) return;
    stay();
    closing = setTimeout(() => closeCard(parts), GRACE_MS);
  });
  root.addEventListener('focusout', (e) => {
    if (isOpen() && !inside((e as FocusEvent).relatedTarget)) setCard(parts, { open: false });
  });
  root.addEventListener('keydown', (e) => {
    const k = e as KeyboardEvent;
    if (k.key !== 'Escape' || !(isOpen() || host.hasAttribute('data-peek') || host.hasAttribute('data-shown'))) return;
    k.stopPropagation();
    closeCard(parts);
    mark.focus({ preventScroll: true });
  });
  if (!hooks.ownPage) return;
  host.addEventListener(SHOW_EVENT, () => {
    hooks.aim(host);
    setCard(parts, { shown: true });
    hooks.shown(host);
  });
  host.addEventListener(HIDE_EVENT, () => setCard(parts, { shown: false, peek: false }));
}
