// What the service worker notes about its engine, read from an extension page: how it got its
// name index (storage.session, kept across worker stops but not browser restarts), and the stamp
// of the index stored in IndexedDB.
import type { Session } from './harness';

export interface EngineInfo {
  index: 'loaded' | 'built';
  reason?: string;
  parties: number;
  partiesFrom: 'stored' | 'lists';
  from?: 'package';
  /** Where the place tables came from: the extension's packaged file or made from the lists. */
  tables: 'package' | 'made';
  at: string;
}

export async function engineInfo(s: Pick<Session, 'context' | 'extensionId'>): Promise<EngineInfo | undefined> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  const info = await page.evaluate(async () => (await chrome.storage.session.get(null))['engine']);
  await page.close();
  return info as EngineInfo | undefined;
}

/** The stamp of the stored name index (the lists and checksums it was built from), if any. */
export async function storedStamp(s: Session): Promise<string | undefined> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  const stamp = await page.evaluate(
    () =>
      new Promise<string | undefined>((resolve) => {
        const req = indexedDB.open('laborlens');
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('indexes')) return resolve(undefined);
          const get = db.transaction('indexes').objectStore('indexes').get('names');
          get.onsuccess = () => resolve((get.result as { stamp?: string } | undefined)?.stamp);
          get.onerror = () => resolve(undefined);
        };
        req.onerror = () => resolve(undefined);
      }),
  );
  await page.close();
  return stamp;
}
