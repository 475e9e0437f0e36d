// @vitest-environment happy-dom
// A site the organisation's enabledSites names, without the browser's permission yet: the popup
// says so and grants it with one click.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Popup } from '../../../src/ui/popup/popup';
import { fakeClient } from './fake-client';

async function mount(client: ReturnType<typeof fakeClient>): Promise<HTMLElement> {
  const el = document.createElement('div');
  document.body.replaceChildren(el);
  await act(async () => {
    render(<Popup client={client} />, el);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return el;
}

describe('enabledSites in the popup', () => {
  it("offers a one-click grant on a site the organisation's policy turned on", async () => {
    const client = fakeClient();
    client.state.settings = {
      ...client.state.settings,
      settings: { ...client.state.settings.settings, enabledSites: ['*.example.test'] },
      locked: ['enabledSites'],
    };
    const el = await mount(client);
    expect(el.querySelector('.site')!.textContent).toContain('Your organisation has turned on scanning for this site');
    await act(async () => {
      el.querySelector<HTMLButtonElement>('.site button')!.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(client.state.calls.find((c) => c.name === 'enableSite')?.args).toEqual(['https://www.example.test']);
    expect(el.querySelector('.site')!.className).toContain('on');
  });

  it('keeps the usual hint on a site the policy does not name', async () => {
    const el = await mount(fakeClient());
    expect(el.querySelector('.site')!.textContent).not.toContain('Your organisation');
  });
});
