// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../../src/ui/client';
import { NewsBanner } from '../../../src/ui/popup/news-banner';
import type { ListChange, SupplierAlert } from '../../../src/shared/messages';

const change: ListChange = {
  id: 1,
  listId: 'uflpa',
  listName: 'UFLPA Entity List',
  at: '2026-12-01T06:00:00Z',
  source: 'feed',
  fromAsOf: '2026-08-10',
  toAsOf: '2026-12-01',
  counts: { added: 3, removed: 0, changed: 0 },
  added: [],
  removed: [],
  changed: [],
  summary: 'UFLPA Entity List: 3 entities added on 2026-12-01',
  seen: false,
};
const alert: SupplierAlert = {
  id: 1,
  at: '2026-12-01T06:00:00Z',
  key: 'Acme Ltd',
  listId: 'uflpa',
  listName: 'UFLPA Entity List',
  entryName: 'Acme Ltd',
  seenAt: '2026-11-02T09:00:00Z',
  message: 'Supplier Acme Ltd, seen on Cotton yarn on 2026-11-02, is now on the UFLPA Entity List.',
  read: false,
};

function client(news: { changes: ListChange[]; alerts: SupplierAlert[] }) {
  const acks: number[] = [];
  let current = news;
  const c = {
    news: async () => current,
    ackNews: async () => {
      acks.push(1);
      current = { changes: [], alerts: [] };
      return { ok: true };
    },
  } as unknown as Client;
  return { c, acks };
}

async function mount(c: Client): Promise<HTMLElement> {
  const el = document.createElement('div');
  document.body.replaceChildren(el);
  await act(async () => {
    render(<NewsBanner client={c} />, el);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return el;
}

describe('NewsBanner', () => {
  it('says once what changed and which checked supplier is now listed, then marks it seen', async () => {
    const { c, acks } = client({ changes: [change], alerts: [alert] });
    const el = await mount(c);
    expect(el.querySelector('.news-alerts')!.textContent).toBe(alert.message);
    expect(el.querySelector('.news-changes')!.textContent).toBe('UFLPA Entity List: 3 entities added on 2026-12-01');
    expect(acks).toHaveLength(1);
    const again = await mount(c);
    expect(again.querySelector('.news')).toBeNull();
  });

  it('shows nothing and marks nothing when there is no news, or the client cannot tell', async () => {
    const { c, acks } = client({ changes: [], alerts: [] });
    expect((await mount(c)).querySelector('.news')).toBeNull();
    expect(acks).toHaveLength(0);
    expect((await mount({} as Client)).querySelector('.news')).toBeNull();
  });
});
