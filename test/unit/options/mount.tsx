// Helpers for rendering one options panel with the fake client and acting on it like a user.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const el = document.createElement('div');
  document.body.replaceChildren(el);
  await act(async () => {
    render(node, el);
  });
  await settle();
  await settle();
  return el;
}

export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
  await settle();
  await settle();
}

export async function type(el: Element | null, value: string): Promise<void> {
  if (!el) throw new Error('no field');
  const input = el as HTMLInputElement;
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(el: Element | null, value: string): Promise<void> {
  if (!el) throw new Error('no select');
  const select = el as HTMLSelectElement;
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function submit(form: Element | null): Promise<void> {
  if (!form) throw new Error('no form');
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
  await settle();
}

/** Puts a file in an <input type=file> as the browser would after the user picks it. */
export async function pickFile(el: Element | null, name: string, text: string): Promise<void> {
  if (!el) throw new Error('no file input');
  const input = el as HTMLInputElement;
  const file = new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/csv' });
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** YYYY-MM-DD `days` before today (UTC), for freshness cases. */
export function daysAgo(days: number, now = new Date()): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}
