// @vitest-environment happy-dom
// The options page takes every word from public/_locales/en/messages.json: nothing rendered is a
// raw key or an unfilled $1, and every opt* message is still used by the page's source.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import type { HistoryEntry, ListSummary, SettingsView } from '../../../src/shared/messages';
import { Options } from '../../../src/ui/options/options';
import { fakeClient, UFLPA } from '../ui/fake-client';
import { click, daysAgo, mount, submit, type } from './mount';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../../../src/ui/options');
const OPT_KEYS = Object.keys(en).filter((k) => k.startsWith('opt'));
/** What an unresolved message looks like on screen: one of our keys, a $1, or a marker of rich(). */
const UNRESOLVED = [/\bopt[A-Z][A-Za-z0-9_]*/, /\$\d/, /[\uE000-\uF8FF]/];
const ATTRIBUTES = ['aria-label', 'placeholder', 'title', 'alt'];

const NOW = new Date();
const LISTS: ListSummary[] = [
  {
    ...UFLPA,
    asOf: daysAgo(400, NOW),
    lastError: 'HTTP 404 from https://feeds.example/uflpa.json',
    license: 'Public domain',
  },
  { ...UFLPA, id: 'hs', name: 'HS nomenclature', asOf: 'someday', caveats: [], source: 'feed' },
  {
    ...UFLPA,
    id: 'custom:mine',
    name: 'mine.csv',
    publisher: 'You',
    source: 'custom',
    role: 'watch',
    entries: 1,
    caveats: [],
  },
  {
    ...UFLPA,
    id: 'custom:ok',
    name: 'cleared.csv',
    publisher: 'You',
    source: 'custom',
    role: 'cleared',
    entries: 3,
    caveats: [],
  },
  { ...UFLPA, id: 'tip-tiers', name: 'TIP tiers', source: 'import', caveats: [] },
];
const SETTINGS: SettingsView = {
  settings: {
    feedUrls: { uflpa: 'https://feeds.example/uflpa.json' },
    feedSha256: {},
    updateIntervalHours: 24,
    freshnessThresholdDays: 1,
    minimumSeverity: 'low',
    enabledSites: [],
    customListUrls: ['https://corp.example/watch.json'],
    disableUserLists: true,
  },
  locked: ['customListUrls', 'disableUserLists', 'feedSha256', 'minimumSeverity'],
  problems: [
    { key: 'feedSha256', message: 'uflpa: expected 64 hex digits' },
    { key: '', message: 'policy is not an object' },
  ],
};
const HISTORY: HistoryEntry[] = [
  {
    id: 1,
    url: 'https://www.alibaba.com/product/1',
    title: 'Polysilicon wafers',
    at: '2026-11-27T09:30:00.000Z',
    findings: { total: 3, bySeverity: { critical: 2, info: 1 }, keys: [] },
    listVersions: { uflpa: '2026-08-10' },
  },
  {
    id: 2,
    url: 'https://www.alibaba.com/product/2',
    title: '',
    at: '2026-11-27T10:00:00.000Z',
    findings: { total: 0, bySeverity: {}, keys: [] },
    listVersions: {},
  },
];

/** Every piece of text a user or a screen reader meets in `root`. */
function shownTexts(root: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.trim()) out.push(n.textContent);
  for (const el of root.querySelectorAll('*'))
    for (const a of ATTRIBUTES) if (el.hasAttribute(a)) out.push(el.getAttribute(a)!);
  return out;
}

function expectResolved(texts: string[]): void {
  const bad = texts.filter((s) => UNRESOLVED.some((re) => re.test(s)));
  expect(bad).toEqual([]);
}

const button = (el: HTMLElement, text: string) =>
  [...el.querySelectorAll('button')].find((b) => b.textContent === text) ?? null;

function sources(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((d) =>
      d.isDirectory()
        ? sources(join(dir, d.name))
        : /\.tsx?$/.test(d.name)
          ? readFileSync(join(dir, d.name), 'utf8')
          : '',
    )
    .join('\n');
}

describe('options page strings', () => {
  it('renders no raw key, $1 placeholder or marker, in text or in aria-label/placeholder/title', async () => {
    const client = fakeClient({
      lists: LISTS,
      settings: SETTINGS,
      statuses: [
        {
          key: 'Acme Textiles Co.',
          status: 'under-review',
          note: 'Audit due',
          by: 'Sam',
          at: '2026-11-20T10:00:00.000Z',
        },
      ],
      history: HISTORY,
      sites: ['https://supplier.example'],
    });
    const el = await mount(<Options client={client} />);
    const texts = shownTexts(el);
    // The page did render its panels with data, so the check below has something to look at.
    expect(texts).toContain('Risk lists');
    expect(texts.join('\n')).toContain('Your organisation has turned off importing your own lists.');
    expect(el.querySelector('li.list-card[data-list="hs"] .stale')!.textContent).toContain(
      '"someday" is not a valid date',
    );
    expectResolved(texts);

    // States that only appear after the user acts: confirmations, edit rows, messages.
    await click(button(el, 'Clear history'));
    await click(button(el, 'Reset everything…'));
    await click(el.querySelector('#statuses tr[data-key] button.edit'));
    await click(button(el, 'Update all'));
    await submit(el.querySelector('#backup form.import-form'));
    await submit(el.querySelector('#statuses form.status-add'));
    await type(el.querySelector('li.list-card[data-list="hs"] input[name="feedUrl"]'), 'http://insecure.example');
    await submit(el.querySelector('li.list-card[data-list="hs"] form.feed-fields'));
    await type(el.querySelector('#setting-updateIntervalHours'), '9999');
    await submit(el.querySelector('#setting-updateIntervalHours')!.closest('form'));
    const after = shownTexts(el);
    const joined = after.join('\n');
    for (const s of [
      'Delete all 2 checks from the history?',
      'Yes, reset everything',
      'Nothing to update',
      'Choose a backup file first.',
      'Enter a whole number from 1 to 720.',
    ])
      expect(joined).toContain(s);
    expect(el.querySelector('#statuses tr.editing select')!.getAttribute('aria-label')).toBe(
      'Status of Acme Textiles Co.',
    );
    expectResolved(after);
  });

  it('chooses the singular or plural message by count', async () => {
    const el = await mount(
      <Options client={fakeClient({ lists: LISTS, settings: SETTINGS, history: HISTORY.slice(0, 1) })} />,
    );
    expect(el.querySelector('li.list-card[data-list="uflpa"] .stale')!.textContent).toContain('(your limit is 1 day)');
    expect(el.querySelector('.custom-lists li[data-list="custom:mine"]')!.textContent).toContain(
      'watch list · 1 entry · as of',
    );
    expect(el.querySelector('.custom-lists li[data-list="custom:ok"]')!.textContent).toContain(
      'cleared list · 3 entries · as of',
    );
    expect(el.querySelector('table.history details summary')!.textContent).toBe('1 list');
    await click(button(el, 'Clear history'));
    expect(el.querySelector('.confirm-question')!.textContent).toBe(
      'Delete the 1 check from the history? This cannot be undone.',
    );
  });

  it('has valid Chrome message names, and every opt* message is used in src/ui/options', () => {
    expect(OPT_KEYS.length).toBeGreaterThan(100);
    for (const k of Object.keys(en)) expect(k).toMatch(/^[A-Za-z0-9_]+$/);
    const code = sources(SRC);
    const unused = OPT_KEYS.filter((k) => !code.includes(`'${k}'`));
    expect(unused).toEqual([]);
    // And the other way round: no opt* key in the source is missing from the file.
    const named = new Set(code.match(/'opt[A-Z][A-Za-z0-9_]*'/g)?.map((q) => q.slice(1, -1)));
    expect([...named].filter((k) => !(k in en))).toEqual([]);
  });
});
