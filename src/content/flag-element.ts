// One flag: a <laborlens-flag> element (the flag contract) with our UI in its own open shadow
// root, placed by the overlay (./draw.ts) over the text it flags, so nothing on the page moves.
// Inside: a mark (the flag's one Tab stop, a button) and its card (a dialog described by the
// finding). Only the mark and an opened card take pointer events: the page's own controls beside,
// under and between flags stay clickable (see ./flag-card.ts for when a card opens and closes).
import type { Finding } from '../core';
import { guidanceFor } from '../core';
import { KIND_LABEL as KIND, SEVERITY_LABEL as LABEL, t } from '../shared/i18n';
import { FLAG_CSS } from './flag-style';

export const FLAG_TAG = 'laborlens-flag';

const ICON = { critical: '!', high: '!', medium: '!', low: '?', info: 'i' } as const;

/** The inline style of a flag host; !important so no page rule can outweigh it. */
export const FLAG_HOST_STYLE =
  'all: initial !important; position: absolute !important; display: block !important; width: 0; overflow: visible !important; pointer-events: none !important; visibility: visible !important; opacity: 1 !important;';

export function flagIdentity(f: Finding): string {
  return `${f.kind}\u0000${f.key}\u0000${f.severity}`;
}

/** What a card says about the list behind a finding. */
export interface ListInfo {
  name: string;
  asOf: string;
  sourceUrl: string;
}

/** The parts of a flag that its behaviour (./flag-card.ts) works on. */
export interface FlagParts {
  host: HTMLElement;
  root: ShadowRoot;
  mark: HTMLButtonElement;
  card: HTMLElement;
  /** The flag's own stylesheet and how many rules it has: a page could insert more. */
  style: HTMLStyleElement;
  rules: number;
}

export function flagLabel(f: Finding): string {
  return t('flagAria', t(LABEL[f.severity]), t(KIND[f.kind]), f.key);
}

export function createFlag(doc: Document, f: Finding, list?: ListInfo): FlagParts {
  // Created unregistered: customElements is null in Chrome content scripts.
  const host = doc.createElement(FLAG_TAG);
  host.setAttribute('data-kind', f.kind);
  host.setAttribute('data-severity', f.severity);
  host.setAttribute('data-key', f.key);
  host.setAttribute('style', FLAG_HOST_STYLE);

  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = FLAG_CSS;
  // The one Tab stop of a flag: a button named for the finding, which opens the card as a dialog.
  const mark = doc.createElement('button');
  mark.type = 'button';
  mark.className = `mark ${f.severity}`;
  mark.setAttribute('aria-label', flagLabel(f));
  mark.setAttribute('aria-haspopup', 'dialog');
  mark.setAttribute('aria-expanded', 'false');
  mark.setAttribute('aria-controls', 'card');
  const icon = doc.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = ICON[f.severity];
  mark.append(icon);
  // A severity-coloured line under the flagged text; the mark sits just before the text.
  const underline = doc.createElement('span');
  underline.className = `line ${f.severity}`;

  const card = doc.createElement('div');
  card.className = 'card';
  card.id = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', 'title');
  card.setAttribute('aria-describedby', 'name why');
  card.tabIndex = -1;
  const title = doc.createElement('strong');
  title.className = `title ${f.severity}`;
  title.id = 'title';
  title.textContent = `${t(LABEL[f.severity])} · ${t(KIND[f.kind])}`;
  const name = doc.createElement('span');
  name.className = 'name';
  name.id = 'name';
  // Suppliers by their listed name; codes and places as the page writes them, with their key.
  name.textContent =
    f.kind === 'supplier' ? f.key : f.kind === 'hs' ? `HS ${f.text} (${f.key})` : `${f.text} (${f.key})`;
  const why = doc.createElement('span');
  why.className = 'why';
  why.id = 'why';
  why.textContent = f.explanation;
  card.append(title, name, why);
  if (list) card.append(line(doc, 'list', t('cardListAsOf', list.name, list.asOf)));
  const g = guidanceFor(f);
  const next = doc.createElement('div');
  next.className = 'next';
  next.append(line(doc, 'next-title', t('cardWhatToDo', g.title)));
  const steps = doc.createElement('ol');
  for (const step of g.steps.slice(0, 3)) {
    const li = doc.createElement('li');
    li.textContent = step;
    steps.append(li);
  }
  next.append(steps);
  card.append(next);
  const links = [
    ...(list ? [{ label: t('cardSource', list.name), url: list.sourceUrl }] : []),
    ...g.sources.slice(0, 2),
  ];
  for (const l of links) card.append(link(doc, l.label, l.url));
  root.append(style, underline, mark, card);
  return { host, root, mark, card, style, rules: flagRuleCount() };
}

let ruleCount: number | undefined;
/** How many rules FLAG_CSS parses to (once); -1 where it cannot be known (a test DOM). */
function flagRuleCount(): number {
  if (ruleCount === undefined) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(FLAG_CSS);
      ruleCount = sheet.cssRules.length;
    } catch {
      ruleCount = -1;
    }
  }
  return ruleCount;
}

function line(doc: Document, cls: string, text: string): HTMLElement {
  const el = doc.createElement('span');
  el.className = cls;
  el.textContent = text;
  return el;
}

function link(doc: Document, text: string, href: string): HTMLElement {
  const a = doc.createElement('a');
  // Only our own constant or list URLs reach here, but a link is only ever http(s).
  a.href = /^https?:\/\//.test(href) ? href : 'about:blank';
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.textContent = text;
  return a;
}
