// One page must not hurt every tab (issue 12): forty frames scanned at once all keep their
// findings (writes per tab are queued), frames that are gone lose theirs, a full storage.session
// does not stop a page's flags, and a page rewriting its URL every 250 ms makes one history row.
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/shared/messages';
import { ask as askIn } from './ask';
import { expectCount, flagsOn, useBrowser } from './harness';

const b = useBrowser();
const ask = <T>(name: string, payload: object): Promise<T> => askIn<T>(b.session, name, payload);

interface Stored {
  frames: number;
  top: string[];
}

/** The stored record of the tab showing `url`: how many frames, and the top frame's finding keys. */
const stored = (url: string): Promise<Stored | null> =>
  b.session.worker.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    for (const [k, rec] of Object.entries(all)) {
      if (!k.startsWith('tab:')) continue;
      const r = rec as Record<string, { url: string; findings: { key: string; severity: string }[] }>;
      if (r['0']?.url !== u) continue;
      return { frames: Object.keys(r).length, top: r['0'].findings.map((f) => `${f.severity}:${f.key}`) };
    }
    return null;
  }, url);

describe('a page against the per-tab store', () => {
  it('keeps the findings of forty frames scanned at once, and drops those of frames removed', async () => {
    const page = await b.session.context.newPage();
    const url = b.server.url('many-frames.html');
    await page.goto(url);
    await expectCount(async () => (await stored(url))?.frames ?? 0, 41, 30_000);
    expect((await stored(url))!.top).toContain('critical:Camel Group Co., Ltd.');
    // The page removes thirty frames; its next scans drop their findings.
    await page.evaluate(() => {
      const frames = Array.from(document.querySelectorAll('iframe')).slice(10);
      for (const f of frames) f.remove();
    });
    const nudge = setInterval(() => {
      void page.evaluate(() => document.body.append(document.createElement('p'), 'tick')).catch(() => undefined);
    }, 1_000);
    try {
      await expectCount(async () => (await stored(url))?.frames ?? 0, 11, 30_000);
    } finally {
      clearInterval(nudge);
    }
    await page.close();
  });

  it('draws flags while storage.session is full', async () => {
    const filled = await b.session.worker.evaluate(async () => {
      const quota = chrome.storage.session.QUOTA_BYTES;
      const chunk = 'x'.repeat(1_000_000);
      let n = 0;
      for (;;) {
        try {
          await chrome.storage.session.set({ [`junk:${n}`]: chunk });
          n++;
        } catch {
          break;
        }
      }
      // Then smaller pieces until not even 1 KB fits.
      for (let i = 0; ; i++) {
        try {
          await chrome.storage.session.set({ [`junk-small:${i}`]: 'x'.repeat(1_000) });
        } catch {
          break;
        }
      }
      return { quota, used: await chrome.storage.session.getBytesInUse(null) };
    });
    expect(filled.used).toBeGreaterThan(filled.quota - 2_000);
    try {
      const page = await b.session.context.newPage();
      await page.goto(b.server.url('marketplace-three-listed.html'));
      expect(await flagsOn(page, 3)).toHaveLength(3);
      await page.close();
    } finally {
      await b.session.worker.evaluate(async () => {
        const keys = Object.keys(await chrome.storage.session.get(null)).filter((k) => k.startsWith('junk'));
        await chrome.storage.session.remove(keys);
      });
    }
  });

  it('writes one history row for a page that rewrites its URL and text every 250 ms', async () => {
    const page = await b.session.context.newPage();
    const url = b.server.url('marketplace-three-listed.html');
    await page.goto(url);
    await flagsOn(page, 3);
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          let i = 0;
          const t = setInterval(() => {
            history.replaceState(null, '', `?t=${++i}`);
            document.body.append(document.createElement('p'), `tick ${i}`);
            if (i === 24) {
              clearInterval(t);
              done();
            }
          }, 250);
        }),
    );
    // Once the last URL is in the history, count the rows of this page.
    const rowsOf = async () =>
      (await ask<HistoryEntry[]>('getHistory', {})).filter((h) => h.url.split('?')[0] === url).length;
    await expectCount(
      async () => ((await ask<HistoryEntry[]>('getHistory', {})).some((h) => /\?t=2\d$/.test(h.url)) ? 1 : 0),
      1,
    );
    expect(await rowsOf()).toBe(1);
    await page.close();
  });
});
