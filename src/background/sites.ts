// Sites beyond the built-in sourcing portals: the user turns one on from the popup, which asks
// for that origin's host permission; we then register the content script for it alone.
import browser from 'webextension-polyfill';

const SCRIPT_ID = 'laborlens-user-sites';
const KEY = 'userSites';

export async function userSites(): Promise<string[]> {
  const got = await browser.storage.local.get(KEY);
  const v = got[KEY];
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

/** The content script's built file, as crxjs emitted it for the manifest's own entry. */
function contentScriptFiles(): string[] {
  const cs = browser.runtime.getManifest().content_scripts?.[0]?.js;
  if (!cs?.length) throw new Error('manifest has no content script');
  return cs;
}

export async function syncRegistration(): Promise<void> {
  const origins = await userSites();
  const granted: string[] = [];
  for (const o of origins) if (await browser.permissions.contains({ origins: [`${o}/*`] })) granted.push(`${o}/*`);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!granted.length) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: granted,
      js: contentScriptFiles(),
      runAt: 'document_idle',
      allFrames: true,
      persistAcrossSessions: true,
    },
  ]);
}

export async function setSite(origin: string, on: boolean): Promise<void> {
  const now = new Set(await userSites());
  if (on) now.add(origin);
  else now.delete(origin);
  await browser.storage.local.set({ [KEY]: [...now].sort() });
  if (!on) await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
  await syncRegistration();
}
