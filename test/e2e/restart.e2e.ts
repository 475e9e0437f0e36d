import { afterAll, describe, expect, it } from 'vitest';
import type { ListSummary } from '../../src/shared/messages';
import { engineInfo, storedStamp } from './engine-info';
import { expectCount, flagsOn, launch, serveFixtures, type FixtureServer, type Session } from './harness';

let server: FixtureServer;
const sessions: Session[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
  await server?.close();
});

/** Asks the background for the stored lists, from an extension page (as the options page does). */
async function storedLists(s: Session): Promise<ListSummary[]> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  const lists = await page.evaluate(async () => {
    const reply = await chrome.runtime.sendMessage({ laborlens: 1, name: 'listSummaries', payload: {} });
    return (reply as { value: ListSummary[] }).value;
  });
  await page.close();
  return lists;
}

/** Deletes the stored name index, as a damaged or cleared database would lose it. */
async function dropStoredIndex(s: Session): Promise<void> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const req = indexedDB.open('laborlens');
        req.onsuccess = () => {
          const tx = req.result.transaction('indexes', 'readwrite');
          tx.objectStore('indexes').clear();
          tx.oncomplete = () => done();
          tx.onerror = () => fail(new Error('could not clear the stored index'));
        };
        req.onerror = () => fail(new Error('could not open the database'));
      }),
  );
  await page.close();
}

describe('the service worker keeps its lists in IndexedDB', () => {
  it('stores the bundled lists on install and is ready from IndexedDB after a browser restart', async () => {
    server = await serveFixtures();
    const first = await launch();
    sessions.push(first);
    const before = await storedLists(first);
    const uflpa = before.find((l) => l.id === 'uflpa')!;
    expect(uflpa.publisher).toMatch(/Department of Homeland Security/);
    expect(uflpa.sourceUrl).toBe('https://www.dhs.gov/uflpa-entity-list');
    expect(uflpa.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(uflpa.entries).toBeGreaterThan(180);
    // On install the engine is made from the files just read, while they are written, with the
    // name index the extension's build compiled from them (data/names-index.bin); that index is
    // stored once the lists are.
    expect(await engineInfo(first)).toMatchObject({
      index: 'loaded',
      reason: 'first install',
      from: 'package',
      tables: 'package',
    });
    await expectCount(async () => (((await storedStamp(first)) ?? '').includes('uflpa:') ? 1 : 0), 1);
    await first.close(true); // keep the profile

    const second = await launch(first.profile);
    sessions.push(second);
    const page = await second.context.newPage();
    await page.goto(server.url('marketplace-three-listed.html'));
    expect((await flagsOn(page, 3)).length).toBe(3);
    const after = await storedLists(second);
    // Same stored snapshots: nothing was re-read from the bundled files.
    expect(after.map((l) => [l.id, l.fetchedAt])).toEqual(before.map((l) => [l.id, l.fetchedAt]));
    // And the index stored after the install was used, not rebuilt.
    const loaded = await engineInfo(second);
    expect(loaded).toMatchObject({ index: 'loaded' });
    expect(loaded?.from).toBeUndefined();

    // With the stored index gone, the next start takes the one shipped for the bundled lists.
    await dropStoredIndex(second);
    await second.close(true);
    const third = await launch(first.profile);
    sessions.push(third);
    const again = await third.context.newPage();
    await again.goto(server.url('marketplace-three-listed.html'));
    expect((await flagsOn(again, 3)).length).toBe(3);
    expect(await engineInfo(third)).toMatchObject({ index: 'loaded', from: 'package', reason: 'no stored index' });
  });
});
