// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SensitivityPanel } from '../../../src/ui/options/sensitivity-panel';
import { SitesPanel } from '../../../src/ui/options/sites-panel';
import { fakeClient } from '../ui/fake-client';
import { click, mount, submit, type } from './mount';

describe('SensitivityPanel', () => {
  it('shows the five levels with an explanation each, the current one checked', async () => {
    const el = await mount(<SensitivityPanel client={fakeClient()} />);
    const radios = [...el.querySelectorAll<HTMLInputElement>('input[name="minimumSeverity"]')];
    expect(radios.map((r) => r.value)).toEqual(['critical', 'high', 'medium', 'low', 'info']);
    expect(radios.find((r) => r.checked)!.value).toBe('low');
    for (const r of radios)
      expect(r.closest('label')!.querySelector('.meaning')!.textContent!.length).toBeGreaterThan(20);
  });

  it('saves the chosen minimum severity and the update interval', async () => {
    const client = fakeClient();
    const el = await mount(<SensitivityPanel client={client} />);
    await click(el.querySelector('input[value="high"]'));
    expect(client.state.calls).toContainEqual({ name: 'saveSettings', args: [{ minimumSeverity: 'high' }] });
    await type(el.querySelector('#setting-updateIntervalHours'), '12');
    await submit(el.querySelector('#setting-updateIntervalHours')!.closest('form'));
    expect(client.state.calls).toContainEqual({ name: 'saveSettings', args: [{ updateIntervalHours: 12 }] });
  });

  it('refuses an interval out of range', async () => {
    const client = fakeClient();
    const el = await mount(<SensitivityPanel client={client} />);
    await type(el.querySelector('#setting-updateIntervalHours'), '0');
    await submit(el.querySelector('#setting-updateIntervalHours')!.closest('form'));
    expect(client.state.calls.some((c) => c.name === 'saveSettings')).toBe(false);
    expect(el.querySelector('.number-setting .error')!.textContent).toContain('1 to 720');
  });

  it('locks the levels when the organisation sets them', async () => {
    const client = fakeClient();
    client.state.settings = { ...client.state.settings, locked: ['minimumSeverity'] };
    const el = await mount(<SensitivityPanel client={client} />);
    expect(el.querySelector<HTMLFieldSetElement>('fieldset.levels')!.disabled).toBe(true);
    expect(el.querySelector('fieldset.levels legend')!.textContent).toContain('Set by your organisation');
  });
});

describe('SitesPanel', () => {
  it('lists the sites the user turned on and removes one', async () => {
    const client = fakeClient({ sites: ['https://supplier.example', 'https://b2b.example'] });
    const el = await mount(<SitesPanel client={client} />);
    expect([...el.querySelectorAll('.sites li code')].map((c) => c.textContent)).toEqual([
      'https://supplier.example',
      'https://b2b.example',
    ]);
    expect(el.textContent).toContain('always checked');
    await click(el.querySelector('li[data-origin="https://supplier.example"] button'));
    expect(client.state.calls).toContainEqual({ name: 'disableSite', args: ['https://supplier.example'] });
    expect([...el.querySelectorAll('.sites li code')].map((c) => c.textContent)).toEqual(['https://b2b.example']);
  });
});
