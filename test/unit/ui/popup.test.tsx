// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../../src/ui/client';
import { Popup } from '../../../src/ui/popup/popup';
import { fakeClient, HOSHINE as finding } from './fake-client';

async function mount(client: Client): Promise<HTMLElement> {
  const el = document.createElement('div');
  document.body.replaceChildren(el);
  await act(async () => {
    render(<Popup client={client} />, el);
  });
  // Let the effect's promises settle.
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return el;
}

describe('Popup', () => {
  it('lists the tab findings with their list, as-of date and source link', async () => {
    const el = await mount(
      fakeClient({
        tab: { url: 'https://example.test/', findings: [finding], hidden: 2, scannedAt: '2026-11-28T10:00:00Z' },
      }),
    );
    const item = el.querySelector('li.finding')!;
    expect(item.getAttribute('data-key')).toBe(finding.key);
    expect(item.textContent).toContain('UFLPA Entity List, as of 2026-08-10');
    expect(item.querySelector('a')!.getAttribute('href')).toBe('https://www.dhs.gov/uflpa-entity-list');
    expect(el.querySelector('.summary')!.textContent).toBe('1 finding on this page (2 more below your sensitivity)');
  });

  it('on a tab showing a PDF, says it was not scanned as a page and offers to check the document', async () => {
    const el = await mount(
      fakeClient({
        tab: {
          url: 'https://www.example.test/p/1',
          findings: [],
          hidden: 0,
          scannedAt: '',
          document: 'application/pdf',
        },
      }),
    );
    expect(el.textContent).toContain('This tab shows a document, which LaborLens does not scan as a page.');
    expect(el.textContent).not.toContain('No risk found');
    expect([...el.querySelectorAll('button')].some((b) => b.textContent === 'Check this document')).toBe(true);
  });

  it('says so when the page was not scanned', async () => {
    const el = await mount(fakeClient({ tab: null }));
    expect(el.textContent).toContain('This page has not been scanned.');
    expect(el.querySelector('li.finding')).toBeNull();
  });
});

describe('Popup details', () => {
  it('groups findings by severity and opens each to its guidance', async () => {
    const high = {
      ...finding,
      kind: 'origin' as const,
      key: 'CN-XJ',
      severity: 'high' as const,
      list: null,
      explanation: 'Placed in Xinjiang.',
    };
    const el = await mount(
      fakeClient({
        tab: { url: 'https://example.test/', findings: [finding, high], hidden: 0, scannedAt: '2026-11-28T10:00:00Z' },
      }),
    );
    const groups = Array.from(el.querySelectorAll('section.group')).map((g) => g.getAttribute('aria-label'));
    expect(groups).toEqual(['Critical: barred or detained by law', 'High risk']);
    const details = el.querySelector('li.finding[data-key="CN-XJ"] details')!;
    expect(details.textContent).toContain('What to do: Production in Xinjiang');
  });

  it('saves a team status for a supplier through the client', async () => {
    const client = fakeClient({
      tab: { url: 'https://example.test/', findings: [finding], hidden: 0, scannedAt: '2026-11-28T10:00:00Z' },
    });
    const el = await mount(client);
    const form = el.querySelector('form.status-form')!;
    const select = form.querySelector('select')!;
    await act(async () => {
      select.value = 'cleared';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(client.state.calls.find((c) => c.name === 'setStatus')?.args[0]).toMatchObject({
      key: finding.key,
      status: 'cleared',
    });
  });

  it('warns when a list is older than the freshness threshold', async () => {
    const client = fakeClient({ tab: null });
    client.state.settings.settings.freshnessThresholdDays = 30;
    const el = await mount(client);
    expect(el.querySelector('.lists-age .warn')?.textContent).toMatch(
      /Older than 30 days: UFLPA Entity List \(as of 2026-08-10\)/,
    );
  });

  it('offers to scan a site that is not built in, and says so for a built-in one', async () => {
    const el = await mount(fakeClient({ tab: null }));
    expect(el.querySelector('.site')?.textContent).toContain('Scanning is off for www.example.test');
  });
});
