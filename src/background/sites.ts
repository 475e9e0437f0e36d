// Sites beyond the built-in sourcing portals: the user turns one on from the popup (which asks for
// that origin's host permission), or the administrator names it in `enabledSites`. We register the
// stand-alone content script (content-script.js, built by vite.config.ts classicContentScript) for every such
// site whose host permission exists; where it does not, the popup offers a one-click grant.
import browser from 'webextension-polyfill';
import { currentSettings } from './settings';
import { originPattern, siteOf, sitePatterns, urlMatches } from '../shared/site-patterns';

const SCRIPT_ID = 'laborlens-user-sites';
const KEY = 'userSites';
/** The same classic file the manifest declares (vite.config.ts). */
export const CONTENT_SCRIPT_FILE = 'content-script.js';

export async function userSites(): Promise<string[]> {
  const got = await browser.storage.local.get(KEY);
  const v = got[KEY];
  // Earlier versions stored origins with their port; the same site on any port is one site.
  const sites = Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string').map(siteOf) : [];
  return [...new Set(sites.filter(Boolean))];
}

/** Match patterns of the manifest's own content script (the built-in sites). */
function builtInPatterns(): string[] {
  return browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
}

/** Patterns of the sites to register: the user's origins and the policy's sites, built-in ones left out. */
export async function wantedPatterns(): Promise<string[]> {
  const { settings } = await currentSettings();
  const builtIn = builtInPatterns();
  const fromUser = (await userSites()).map(originPattern);
  const covered = (p: string): boolean => {
    const host = /^[^:]+:\/\/(?:\*\.)?([^/]+)\/\*$/.exec(p)?.[1] ?? '';
    return urlMatches(`https://${host}/`, builtIn) || urlMatches(`http://${host}/`, builtIn);
  };
  // A site the manifest's script already covers must not get a second copy of it.
  const fromPolicy = sitePatterns(settings.enabledSites).filter((p) => !covered(p));
  return [...new Set([...fromUser, ...fromPolicy])];
}

// Install, policy changes and the popup can all ask at once: one registration at a time, or two
// of them race through unregister/register and fail with "Duplicate script ID".
let queue: Promise<unknown> = Promise.resolve();
export function syncRegistration(): Promise<void> {
  const run = queue.then(register, register);
  queue = run.catch(() => undefined);
  return run;
}

async function register(): Promise<void> {
  const granted: string[] = [];
  for (const p of await wantedPatterns()) if (await browser.permissions.contains({ origins: [p] })) granted.push(p);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!granted.length) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: granted,
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_idle',
      allFrames: true,
      persistAcrossSessions: true,
    },
  ]);
}

/** enabledSites, when set, limits scanning to its sites (plus the ones the user turned on). */
export async function siteAllowed(url: string, enabledSites: readonly string[]): Promise<boolean> {
  if (!enabledSites.length) return true;
  if (urlMatches(url, sitePatterns(enabledSites))) return true;
  const site = siteOf(url);
  return !!site && (await userSites()).includes(site);
}

/** Turns scanning on or off for the site of `origin` (on every port, as match patterns allow). */
export async function setSite(origin: string, on: boolean): Promise<void> {
  const site = siteOf(origin);
  if (!site) return;
  const now = new Set(await userSites());
  if (on) now.add(site);
  else now.delete(site);
  await browser.storage.local.set({ [KEY]: [...now].sort() });
  if (!on) await browser.permissions.remove({ origins: [originPattern(site)] }).catch(() => false);
  await syncRegistration();
}
