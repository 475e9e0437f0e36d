// A fresh profile under a test policy: Chromium reads managed storage for an extension from
// /etc/chromium/policies/managed/*.json ("3rdparty" → "extensions" → id), which needs root; the
// test writes one file for its own copy of the extension and removes it afterwards. Under the
// policy the extension scans the policy's site (a host that is not built in, mapped to the local
// fixture server by Chromium's host-resolver rules), fetches the organisation's signed list and
// refuses a user's list import and backup restore while disableUserLists is set.
//
// Headless Chromium cannot answer a permission prompt, so the test's copy of the extension lists
// the policy's site in host_permissions: the permission a user would grant in one click from the
// popup. Everything else is the built extension as shipped.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  rmdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS, chromePath, unpackedExtensionId } from '../../src/cli/chrome';
import type { ListSummary, SettingsView } from '../../src/shared/messages';
import { askFrom } from './ask';
import { DIST, SHOTS, removeProfile, serveFixtures, type FixtureServer } from './harness';
import { expectUserImportsRefused } from './user-imports-refused';
import { ORG_SUPPLIER, serveFeed, serveOrgList, type FeedServer } from './feed-server';

const POLICY_DIR = '/etc/chromium/policies/managed';
const canWritePolicy = process.platform === 'linux' && process.getuid?.() === 0;
const SITE = 'shop.example.test';
/** A second host that is not built in, which the user turns on (Scan this site). */
const USER_SITE = 'other.example.test';

let context: BrowserContext;
let extensionId: string;
let fixtures: FixtureServer;
let feed: FeedServer;
let policyFile = '';
let createdPolicyDirs: string[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  if (!canWritePolicy) return;
  feed = await serveFeed();
  const orgKey = serveOrgList(feed);
  fixtures = await serveFixtures();

  // The test's own copy of the built extension, with the policy site's permission granted.
  const copy = mkdtempSync(join(tmpdir(), 'laborlens-policy-ext-'));
  dirs.push(copy);
  cpSync(DIST, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest['host_permissions'] = [`http://${SITE}/*`, `http://${USER_SITE}/*`];
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  const id = unpackedExtensionId(copy);

  const policy = {
    enabledSites: [SITE],
    customListUrls: [feed.url('org-watch.json')],
    feedPublicKeys: [orgKey],
    disableUserLists: true,
  };
  createdPolicyDirs = ['/etc/chromium', '/etc/chromium/policies', POLICY_DIR].filter((d) => !existsSync(d));
  mkdirSync(POLICY_DIR, { recursive: true });
  policyFile = join(POLICY_DIR, `laborlens-e2e-${id}.json`);
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));

  const profile = mkdtempSync(join(tmpdir(), 'laborlens-e2e-'));
  dirs.push(profile);
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    args: [
      `--disable-extensions-except=${copy}`,
      `--load-extension=${copy}`,
      ...CHROME_ARGS,
      '--no-sandbox',
      '--disable-gpu',
      `--host-resolver-rules=MAP ${SITE} 127.0.0.1, MAP ${USER_SITE} 127.0.0.1`,
      feed.trustArg,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
  expect(extensionId).toBe(id);
}, 120_000);

afterAll(async () => {
  await context?.close();
  await fixtures?.close();
  await feed?.close();
  if (policyFile) rmSync(policyFile, { force: true });
  for (const d of createdPolicyDirs.reverse()) if (existsSync(d) && readdirSync(d).length === 0) rmdirSync(d);
  for (const d of dirs) removeProfile(d);
});

let ext: Page | undefined;
async function ask<T>(name: string, payload: unknown): Promise<T> {
  if (!ext || ext.isClosed()) {
    ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/options.html`);
  }
  return askFrom<T>(ext, name, payload);
}

describe.skipIf(!canWritePolicy)('a fresh profile under a test policy', () => {
  it('locks the policy settings and fetches the organisation list (signed) on its own', async () => {
    const view = await ask<SettingsView>('getSettings', {});
    expect(view.locked.sort()).toEqual(['customListUrls', 'disableUserLists', 'enabledSites', 'feedPublicKeys']);
    await expect
      .poll(async () => (await ask<ListSummary[]>('listSummaries', {})).find((l) => l.id === 'custom:org-watch'), {
        timeout: 60_000,
      })
      .toMatchObject({ managed: true, source: 'feed', role: 'watch', entries: 1 });
    // A user cannot remove it, and Settings show it locked.
    expect(await ask<{ ok: boolean }>('removeList', { id: 'custom:org-watch' })).toEqual({ ok: false });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const org = options.locator('.custom-lists li[data-list="custom:org-watch"]');
    await expect.poll(() => org.textContent(), { timeout: 15_000 }).toContain('Organisation list (set by policy)');
    expect(await org.locator('button.remove').count()).toBe(0);
    expect(await options.locator('#sites .policy-sites').textContent()).toContain(SITE);
    await options.screenshot({ path: join(SHOTS, 'options-policy.png'), fullPage: true });
    await options.close();
  }, 120_000);

  it("scans the policy's site, which is not built in, with the organisation's list", async () => {
    const page = await context.newPage();
    const url = fixtures.url('options-custom-supplier.html').replace('127.0.0.1', SITE);
    await page.goto(url);
    const flag = page.locator(`laborlens-flag[data-key="${ORG_SUPPLIER}"]`);
    await flag.first().waitFor({ state: 'attached', timeout: 60_000 });
    expect(await flag.first().getAttribute('data-severity')).toBe('high');
    await page.screenshot({ path: join(SHOTS, 'policy-site-scanned.png') });
    await page.close();
  }, 120_000);

  it('scans a site the user turns on (Scan this site), with no web-accessible resource involved', async () => {
    const url = fixtures.url('marketplace-three-listed.html').replace('127.0.0.1', USER_SITE);
    const origin = new URL(url).origin;
    expect(await ask<{ ok: boolean; error?: string }>('enableSite', { origin })).toEqual({ ok: true });
    const page = await context.newPage();
    const denied: string[] = [];
    page.on('console', (m) => {
      if (/Denying load|web_accessible_resources/.test(m.text())) denied.push(m.text());
    });
    await page.goto(url);
    await page
      .locator('laborlens-flag[data-severity="critical"]')
      .first()
      .waitFor({ state: 'attached', timeout: 60_000 });
    expect(await page.locator('laborlens-flag[data-severity="critical"]').count()).toBeGreaterThanOrEqual(3);
    expect(denied).toEqual([]);
    // The site is kept without its port (a match pattern has none), and the popup for the page,
    // which compares sites, not exact origins, says scanning is on.
    expect((await ask<{ origins: string[] }>('getSites', {})).origins).toContain(`http://${USER_SITE}`);
    const [tab] = await ext!.evaluate((u) => chrome.tabs.query({ url: u }), `http://${USER_SITE}/*`);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tab!.id}`);
    await expect.poll(() => popup.locator('.site').getAttribute('class'), { timeout: 15_000 }).toBe('site on');
    await popup.close();
    await page.close();
  }, 120_000);

  it('refuses a user list import and a backup restore while disableUserLists is set', async () => {
    await expectUserImportsRefused(ask);
  }, 60_000);
});
