import type { Page } from 'playwright-core';
import type { Session } from './harness';

/** Sends one message to the background from an open extension page, as the options page does. */
export async function askFrom<T>(page: Page, name: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(([n, p]) => chrome.runtime.sendMessage({ laborlens: 1, name: n, payload: p }), [
    name,
    payload,
  ] as const)) as { ok: boolean; value: T; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** The same from a fresh options page, closed afterwards. */
export async function ask<T>(session: Session, name: string, payload: unknown): Promise<T> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    return await askFrom<T>(page, name, payload);
  } finally {
    await page.close();
  }
}
