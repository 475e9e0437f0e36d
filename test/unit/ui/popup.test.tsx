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
    const el = await mount(fakeClient({ tab: { url: 'https://example.test/', findings: [finding], hidden: 2, scannedAt: '2026-11-28T10:00:00Z' } }));
    const item = el.querySelector('li.finding')!;
    expect(item.getAttribute('data-key')).toBe(finding.key);
    expect(item.textContent).toContain('UFLPA Entity List, as of 2026-08-10');
    expect(item.querySelector('a')!.getAttribute('href')).toBe('https://www.dhs.gov/uflpa-entity-list');
    expect(el.querySelector('.summary')!.textContent).toBe('1 finding on this page (2 more below your sensitivity)');
  });

  it('says so when the page was not scanned', async () => {
    const el = await mount(fakeClient({ tab: null }));
    expect(el.textContent).toContain('This page has not been scanned.');
    expect(el.querySelector('li.finding')).toBeNull();
  });
});
