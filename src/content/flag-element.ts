// One flag: a <laborlens-flag> element (the flag contract) with our UI in its own open shadow
// root, placed by the overlay (./draw.ts) over the text it flags, so nothing on the page moves.
import type { Finding } from '../core';
import { guidanceFor } from '../core';
import { KIND_LABEL as KIND, SEVERITY_LABEL as LABEL, t } from '../shared/i18n';
import { FLAG_CSS } from './flag-style';

export const FLAG_TAG = 'laborlens-flag';

const ICON = { critical: '!', high: '!', medium: '!', low: '?', info: 'i' } as const;

export function flagIdentity(f: Finding): string {
  return `${f.kind}\u0000${f.key}\u0000${f.severity}`;
}

/** What a card says about the list behind a finding. */
export interface ListInfo {
  name: string;
  asOf: string;
  sourceUrl: string;
}

export function createFlag(doc: Document, f: Finding, list?: ListInfo): HTMLElement {
  // Created unregistered: customElements is null in Chrome content scripts.
  const host = doc.createElement(FLAG_TAG);
  host.setAttribute('data-kind', f.kind);
  host.setAttribute('data-severity', f.severity);
  host.setAttribute('data-key', f.key);
  host.setAttribute('tabindex', '0');
  host.setAttribute('role', 'button');
  host.setAttribute('aria-label', t('flagAria', t(LABEL[f.severity]), t(KIND[f.kind]), f.key));
  host.setAttribute(
    'style',
    'all: initial; position: absolute; display: block; width: 0; overflow: visible; pointer-events: none;',
  );

  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = FLAG_CSS;
  const mark = doc.createElement('span');
  mark.className = `mark ${f.severity}`;
  mark.textContent = ICON[f.severity];
  mark.setAttribute('aria-hidden', 'true');
  // A severity-coloured line under the flagged text; the mark sits at its top-left corner.
  const underline = doc.createElement('span');
  underline.className = `line ${f.severity}`;

  const card = doc.createElement('span');
  card.className = 'card';
  card.setAttribute('role', 'tooltip');
  const title = doc.createElement('strong');
  title.className = `title ${f.severity}`;
  title.textContent = `${t(LABEL[f.severity])} · ${t(KIND[f.kind])}`;
  const name = doc.createElement('span');
  name.className = 'name';
  // Suppliers by their listed name; codes and places as the page writes them, with their key.
  name.textContent =
    f.kind === 'supplier' ? f.key : f.kind === 'hs' ? `HS ${f.text} (${f.key})` : `${f.text} (${f.key})`;
  const why = doc.createElement('span');
  why.className = 'why';
  why.textContent = f.explanation;
  card.append(title, name, why);
  if (list) card.append(line(doc, 'list', t('cardListAsOf', list.name, list.asOf)));
  const g = guidanceFor(f);
  const next = doc.createElement('span');
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
  return host;
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
