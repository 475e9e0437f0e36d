// The router's privilege check: other extensions are refused, content scripts may only send
// scanPage and listSummaries, everything else only from our own pages (told by sender URL).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';

const ID = 'laborlens-test-id';
const BASE = `chrome-extension://${ID}/`;
type Listener = (raw: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;
const added: Listener[] = [];

// Unit level: the polyfill throws outside an extension, so the few runtime calls the router makes
// are stood in for here.
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: ID,
      getURL: (path: string) => BASE + path,
      onMessage: { addListener: (l: Listener) => added.push(l) },
    },
  },
}));

const { listen } = await import('../../../src/background/router');
const { CONTENT_ALLOWED } = await import('../../../src/shared/messages');
type HandlerTable = Parameters<typeof listen>[0];

const called: string[] = [];
// Every handler answers with its own name, so a reply shows which one ran.
const handlers = new Proxy({} as HandlerTable, {
  get: (_t, name: string) => async () => {
    called.push(name);
    return name;
  },
});

const msg = (name: string, payload: unknown = {}) => ({ laborlens: 1, name, payload });
const contentScript: Runtime.MessageSender = {
  id: ID,
  url: 'https://supplier.example/listing',
  tab: { id: 7 } as never,
};
const ourPage: Runtime.MessageSender = { id: ID, url: `${BASE}options.html` };
const scanRequest = { url: 'https://supplier.example/listing', text: 'Camel Group Co., Ltd.' };

let route: Listener;
beforeAll(() => {
  listen(handlers);
  expect(added).toHaveLength(1);
  route = added[0] as Listener;
});

describe('router privilege check', () => {
  it('takes scanPage and listSummaries from a content script', async () => {
    expect(CONTENT_ALLOWED).toEqual(new Set(['scanPage', 'listSummaries']));
    await expect(route(msg('listSummaries'), contentScript)).resolves.toEqual({ ok: true, value: 'listSummaries' });
    await expect(route(msg('scanPage', scanRequest), contentScript)).resolves.toEqual({ ok: true, value: 'scanPage' });
  });

  it.each([
    ['resetAll', {}],
    ['clearHistory', {}],
    ['setListEnabled', { id: 'uflpa', enabled: false }],
    ['removeList', { id: 'custom:mine' }],
    ['getSettings', {}],
    ['getTabFindings', { tabId: 7 }],
  ])('refuses %s from a content script without running it', async (name, payload) => {
    called.length = 0;
    await expect(route(msg(name, payload), contentScript)).resolves.toEqual({
      ok: false,
      error: `${name} is only accepted from LaborLens pages`,
    });
    expect(called).toEqual([]);
  });

  it('takes state-changing messages from our own pages', async () => {
    await expect(route(msg('resetAll'), ourPage)).resolves.toEqual({ ok: true, value: 'resetAll' });
    await expect(route(msg('setListEnabled', { id: 'uflpa', enabled: false }), ourPage)).resolves.toEqual({
      ok: true,
      value: 'setListEnabled',
    });
  });

  it('tells our pages by URL, not by the sender id alone', async () => {
    // A page of another origin that shares our id (a content script in a frame) is not our page.
    for (const url of [
      'https://evil.example/chrome-extension://x/',
      `chrome-extension://other-id/options.html`,
      undefined,
    ])
      await expect(route(msg('resetAll'), { id: ID, url })).resolves.toMatchObject({ ok: false });
  });

  it('ignores other extensions entirely', () => {
    called.length = 0;
    expect(route(msg('listSummaries'), { id: 'another-extension', url: `${BASE}popup.html` })).toBeUndefined();
    expect(called).toEqual([]);
  });

  it('answers an invalid payload with a clear error and runs nothing', async () => {
    called.length = 0;
    const r = (await route(msg('setListEnabled', { id: 'uflpa', enabled: 'no' }), ourPage)) as { error: string };
    expect(r.error).toMatch(/^Invalid message: /);
    expect(called).toEqual([]);
  });
});
