// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ListSummary, SettingsView } from '../../../src/shared/messages';
import { RiskListsPanel } from '../../../src/ui/options/risk-lists-panel';
import { fakeClient, UFLPA } from '../ui/fake-client';
import { click, daysAgo, mount, submit, type } from './mount';

const NOW = new Date('2026-11-28T12:00:00Z');

function settingsWith(
  over: Partial<SettingsView['settings']>,
  locked: string[] = [],
  problems: SettingsView['problems'] = [],
): SettingsView {
  return {
    settings: {
      feedUrls: {},
      feedSha256: {},
      updateIntervalHours: 24,
      freshnessThresholdDays: 180,
      minimumSeverity: 'low',
      enabledSites: [],
      customListUrls: [],
      disableUserLists: false,
      ...over,
    },
    locked,
    problems,
  };
}

const card = (el: HTMLElement, id: string) => el.querySelector(`li.list-card[data-list="${id}"]`)!;

describe('RiskListsPanel', () => {
  it('shows every fact of a list with a safe source link and collapsible known gaps', async () => {
    const lists: ListSummary[] = [
      { ...UFLPA, license: 'Public domain (US government work)', lastUpdateAt: '2026-11-27T08:00:00.000Z' },
    ];
    const el = await mount(<RiskListsPanel client={fakeClient({ lists })} now={NOW} />);
    const c = card(el, 'uflpa');
    const link = c.querySelector('h3 a')!;
    expect(link.textContent).toBe('UFLPA Entity List');
    expect(link.getAttribute('href')).toBe('https://www.dhs.gov/uflpa-entity-list');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(c.querySelector('.list-id')!.textContent).toBe('uflpa');
    expect(c.querySelector('.as-of')!.textContent).toBe('2026-08-10');
    expect(c.querySelector('.entries')!.textContent).toBe('187');
    expect(c.textContent).toContain('U.S. Department of Homeland Security');
    expect(c.textContent).toContain('Bundled with the extension');
    expect(c.textContent).toContain('Public domain (US government work)');
    expect(c.querySelector('details.caveats summary')!.textContent).toBe('Known gaps (1)');
    expect(c.querySelector('details.caveats li')!.textContent).toBe('Entities added after 2026-08-10 are missing.');
    expect(c.querySelector('.last-error')).toBeNull();
  });

  it('links only http(s) sources and marks a publisher taken from a loaded file as its claim', async () => {
    const lists = [
      { ...UFLPA, sourceUrl: 'javascript:alert(1)', publisher: 'US DHS (FLETF)', source: 'import' as const },
      { ...UFLPA, id: 'tip-tiers' as const, name: 'TIP', source: 'bundled' as const },
    ];
    const el = await mount(<RiskListsPanel client={fakeClient({ lists })} now={NOW} />);
    expect(card(el, 'uflpa').querySelector('h3 a')).toBeNull();
    expect(card(el, 'uflpa').querySelector('.publisher')!.textContent).toContain('as the loaded file states it');
    expect(card(el, 'tip-tiers').querySelector('h3 a')!.getAttribute('href')).toMatch(/^https:/);
    expect(card(el, 'tip-tiers').querySelector('.publisher')!.textContent).not.toContain('loaded file');
  });

  it('shows the last update error prominently', async () => {
    const lists = [{ ...UFLPA, lastError: 'HTTP 404 from https://feeds.example/uflpa.json' }];
    const el = await mount(<RiskListsPanel client={fakeClient({ lists })} now={NOW} />);
    const err = card(el, 'uflpa').querySelector('.last-error')!;
    expect(err.getAttribute('role')).toBe('alert');
    expect(err.textContent).toContain('HTTP 404 from https://feeds.example/uflpa.json');
  });

  it('warns when the as-of date is older than the threshold, and not otherwise', async () => {
    const lists = [
      { ...UFLPA, id: 'uflpa' as const, asOf: daysAgo(200, NOW) },
      { ...UFLPA, id: 'tip-tiers' as const, name: 'TIP', asOf: daysAgo(10, NOW) },
      // The HS nomenclature is an edition: its age is never a warning.
      { ...UFLPA, id: 'hs' as const, name: 'HS', asOf: daysAgo(1800, NOW) },
    ];
    const el = await mount(<RiskListsPanel client={fakeClient({ lists })} now={NOW} />);
    const stale = card(el, 'uflpa').querySelector('.stale')!.textContent;
    expect(stale).toContain('200 days old (your limit is 180 days)');
    // It says what the user can do: with no feed set, not "Update now".
    expect(stale).toContain('No update feed is set');
    expect(card(el, 'tip-tiers').querySelector('.stale')).toBeNull();
    expect(card(el, 'hs').querySelector('.stale')).toBeNull();
    expect((card(el, 'uflpa').querySelector('button.update-now') as HTMLButtonElement).disabled).toBe(true);

    // A tighter threshold from settings makes the second one stale too.
    const tight = await mount(
      <RiskListsPanel
        client={fakeClient({ lists, settings: settingsWith({ freshnessThresholdDays: 5 }) })}
        now={NOW}
      />,
    );
    expect(card(tight, 'tip-tiers').querySelector('.stale')).not.toBeNull();
    expect(card(tight, 'hs').querySelector('.stale')).toBeNull();
  });

  it('saves a new freshness threshold', async () => {
    const client = fakeClient();
    const el = await mount(<RiskListsPanel client={client} now={NOW} />);
    await type(el.querySelector('#setting-freshnessThresholdDays'), '30');
    await submit(el.querySelector('#setting-freshnessThresholdDays')!.closest('form'));
    expect(client.state.calls).toContainEqual({ name: 'saveSettings', args: [{ freshnessThresholdDays: 30 }] });
  });

  it('switches a list off and on', async () => {
    const client = fakeClient();
    const el = await mount(<RiskListsPanel client={client} now={NOW} />);
    const sw = card(el, 'uflpa').querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(sw.checked).toBe(true);
    await click(sw);
    expect(client.state.calls).toContainEqual({ name: 'setListEnabled', args: ['uflpa', false] });
    expect(card(el, 'uflpa').classList.contains('off')).toBe(true);
    await click(sw);
    expect(client.state.calls.filter((c) => c.name === 'setListEnabled').at(-1)).toEqual({
      name: 'setListEnabled',
      args: ['uflpa', true],
    });
  });

  it("saves a feed URL and SHA-256 pin into settings, keeping other lists' feeds", async () => {
    const client = fakeClient({ settings: settingsWith({ feedUrls: { hs: 'https://feeds.example/hs.json' } }) });
    const el = await mount(<RiskListsPanel client={client} now={NOW} />);
    const c = card(el, 'uflpa');
    await type(c.querySelector('input[name="feedUrl"]'), 'https://feeds.example/uflpa.json');
    await type(c.querySelector('input[name="feedSha256"]'), 'AB'.repeat(32));
    await submit(c.querySelector('form.feed-fields'));
    expect(client.state.calls).toContainEqual({
      name: 'saveSettings',
      args: [
        {
          feedUrls: { hs: 'https://feeds.example/hs.json', uflpa: 'https://feeds.example/uflpa.json' },
          feedSha256: { uflpa: 'ab'.repeat(32) },
        },
      ],
    });
    expect(c.querySelector('.feed-fields .saved')!.textContent).toBe('Saved.');
    // Access to the feed's host is asked for in the same click, so feeds without CORS work.
    expect(client.state.calls).toContainEqual({ name: 'allowFeedHost', args: ['https://feeds.example/uflpa.json'] });
  });

  it('refuses a feed URL that is not https without calling the background', async () => {
    const client = fakeClient();
    const el = await mount(<RiskListsPanel client={client} now={NOW} />);
    const c = card(el, 'uflpa');
    await type(c.querySelector('input[name="feedUrl"]'), 'http://feeds.example/uflpa.json');
    await submit(c.querySelector('form.feed-fields'));
    expect(client.state.calls.some((x) => x.name === 'saveSettings')).toBe(false);
    expect(c.querySelector('.feed-fields .error')!.textContent).toContain('https://');
  });

  it('"Update now" updates that list and shows each outcome message', async () => {
    const client = fakeClient({ settings: settingsWith({ feedUrls: { uflpa: 'https://feeds.example/uflpa.json' } }) });
    client.updateLists = async (ids) => (
      client.state.calls.push({ name: 'updateLists', args: [ids] }),
      [{ id: 'uflpa', ok: false, message: 'SHA-256 mismatch: kept the 2026-08-10 data' }]
    );
    const el = await mount(<RiskListsPanel client={client} now={NOW} />);
    await click(card(el, 'uflpa').querySelector('button.update-now'));
    expect(client.state.calls).toContainEqual({ name: 'updateLists', args: [['uflpa']] });
    const out = card(el, 'uflpa').querySelector('.outcomes li')!;
    expect(out.textContent).toContain('SHA-256 mismatch: kept the 2026-08-10 data');
    expect(out.classList.contains('fail')).toBe(true);
  });

  it('"Update all" updates every list and lists the outcomes', async () => {
    const client = fakeClient();
    client.updateLists = async (ids) => (
      client.state.calls.push({ name: 'updateLists', args: [ids] }),
      [
        { id: 'uflpa', ok: true, message: 'updated to 2026-11-20 (190 entries)' },
        { id: 'hs', ok: true, message: 'unchanged' },
      ]
    );
    const el = await mount(<RiskListsPanel client={client} now={NOW} />);
    const all = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Update all')!;
    await click(all);
    expect(client.state.calls).toContainEqual({ name: 'updateLists', args: [undefined] });
    const items = [...el.querySelectorAll('.panel-tools ~ .outcomes li')].map((li) => li.textContent);
    expect(items).toEqual(['✓ uflpa: updated to 2026-11-20 (190 entries)', '✓ hs: unchanged']);
  });

  it('makes locked settings read-only with a note, and shows policy problems', async () => {
    const client = fakeClient({
      settings: settingsWith(
        { feedUrls: { uflpa: 'https://corp.example/uflpa.json' }, freshnessThresholdDays: 90 },
        ['feedUrls', 'freshnessThresholdDays'],
        [{ key: 'feedSha256', message: 'uflpa: expected 64 hex digits' }],
      ),
    });
    const el = await mount(<RiskListsPanel client={client} now={NOW} />);
    const url = card(el, 'uflpa').querySelector<HTMLInputElement>('input[name="feedUrl"]')!;
    expect(url.readOnly).toBe(true);
    expect(url.value).toBe('https://corp.example/uflpa.json');
    expect(url.closest('.field')!.textContent).toContain('Set by your organisation');
    expect(card(el, 'uflpa').querySelector<HTMLInputElement>('input[name="feedSha256"]')!.readOnly).toBe(false);
    const threshold = el.querySelector<HTMLInputElement>('#setting-freshnessThresholdDays')!;
    expect(threshold.readOnly).toBe(true);
    expect(threshold.closest('form')!.querySelector<HTMLButtonElement>('button')!.disabled).toBe(true);
    expect(el.querySelector('.problems')!.textContent).toContain('feedSha256: uflpa: expected 64 hex digits');

    // Saving the pin sends only the unlocked key.
    await type(card(el, 'uflpa').querySelector('input[name="feedSha256"]'), 'c'.repeat(64));
    await submit(card(el, 'uflpa').querySelector('form.feed-fields'));
    expect(client.state.calls).toContainEqual({
      name: 'saveSettings',
      args: [{ feedSha256: { uflpa: 'c'.repeat(64) } }],
    });
  });
});
