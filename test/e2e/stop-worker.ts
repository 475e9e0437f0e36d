// Stopping the extension's service worker from a test or the bench (no vitest here: the bench
// imports it too).
import type { Launched } from '../../src/cli/chrome';

/**
 * Stops our service worker as Chrome does when it idles out, through the DevTools protocol (closing
 * its target ends the worker), and waits until it is gone. The next event starts a fresh one.
 */
export async function stopWorker(s: Pick<Launched, 'context' | 'extensionId'>): Promise<void> {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  const ours = async (): Promise<string[]> => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { type: string; url: string; targetId: string }[];
    };
    return targetInfos
      .filter((t) => t.type === 'service_worker' && t.url.includes(s.extensionId))
      .map((t) => t.targetId);
  };
  for (const targetId of await ours()) await cdp.send('Target.closeTarget', { targetId });
  for (const until = Date.now() + 20_000; (await ours()).length > 0;) {
    if (Date.now() > until) throw new Error('the service worker did not stop within 20 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  await cdp.detach();
  await page.close();
}
