// Firefox under a test policy. Firefox reads enterprise policies from distribution/policies.json
// next to its binary, and hands an extension its "3rdparty" → "Extensions" → id entry as
// storage.managed. Writing there needs root (CI runs as root); the test writes the file for a copy
// of the extension with its own add-on id (so Firefox runs of other tests on this machine, which
// use the shipped id, see no policy for themselves), and puts back what was there afterwards, even
// when a test fails. The file it writes is test/fixtures/policies/firefox-policies.json (the
// README's example, byte for byte), with the test's feed URL, key, CA and add-on id filled in.
//
// Under the policy: the policy's site (a made-up host mapped to the fixture server) is scanned,
// the organisation list (customListUrls, signed) is fetched from an https server whose test CA the
// same policy installs (Certificates → Install, as an organisation would for its own CA), and a
// user list import and backup restore are refused while disableUserLists is set.
//
// As in the Chromium policy test, the copy lists the policy's site in host_permissions: the grant
// a user gives in one click from the popup (shown working in firefox-sites.e2e.ts).
import {
  accessSync,
  constants,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListSummary, SettingsView } from '../../src/shared/messages';
import { DIST_FIREFOX, firefoxPath, launchFirefox, type Firefox } from './firefox';
import { ORG_SUPPLIER, serveFeed, serveOrgList, type FeedServer } from './feed-server';
import { ROOT, removeProfile, serveFixtures, type FixtureServer } from './harness';
import { expectUserImportsRefused } from './user-imports-refused';
import { waitFor } from './poll';

const ID = 'laborlens-policy-e2e@laborlens.example';
const SITE = 'shop.example.test';
const EXAMPLE = join(ROOT, 'test/fixtures/policies/firefox-policies.json');

function policyPath(): string {
  try {
    return join(dirname(realpathSync(firefoxPath())), 'distribution', 'policies.json');
  } catch {
    return '';
  }
}
const POLICY = policyPath();
function writable(file: string): boolean {
  if (!file) return false;
  try {
    accessSync(existsSync(file) ? file : dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
const canWritePolicy = writable(POLICY);
if (!canWritePolicy)
  console.warn(`firefox-policy: skipped, ${POLICY || "Firefox's distribution folder"} is not writable (run as root)`);

let ff: Firefox;
/** The policy this run gave the extension. */
let policy: Record<string, unknown> = {};
let fixtures: FixtureServer;
let feed: FeedServer;
/** What policies.json held before the test (null: no file). */
let before: string | null = null;
let wrote = false;
const dirs: string[] = [];

beforeAll(async () => {
  if (!canWritePolicy) return;
  [feed, fixtures] = await Promise.all([serveFeed({ ca: true }), serveFixtures()]);
  const orgKey = serveOrgList(feed);

  const copy = mkdtempSync(join(tmpdir(), 'laborlens-ff-policy-ext-'));
  dirs.push(copy);
  cpSync(DIST_FIREFOX, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as {
    host_permissions?: string[];
    browser_specific_settings: { gecko: { id: string } };
  };
  manifest.browser_specific_settings.gecko.id = ID;
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `http://${SITE}/*`];
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));

  // The README's example with this run's values in place of the example ones.
  const policies = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
    policies: {
      Certificates: { Install: string[] };
      '3rdparty': { Extensions: Record<string, Record<string, unknown>> };
    };
  };
  const [exampleId, example] = Object.entries(policies.policies['3rdparty'].Extensions)[0] as [
    string,
    Record<string, unknown>,
  ];
  expect(exampleId).toBe('laborlens@laborlens.example');
  policies.policies.Certificates.Install = [feed.caFile as string];
  policy = {
    ...example,
    enabledSites: [SITE],
    customListUrls: [feed.url('org-watch.json')],
    feedPublicKeys: [orgKey],
    disableUserLists: true,
  };
  policies.policies['3rdparty'].Extensions = { [ID]: policy };
  before = existsSync(POLICY) ? readFileSync(POLICY, 'utf8') : null;
  // A file naming this test's add-on id is one this test left (killed, or another run at the same
  // time): not an administrator's, so it is not kept or put back.
  if (before?.includes(ID)) before = null;
  if (before !== null) {
    // Keep what an administrator of this machine set; add ours beside it.
    const theirs = JSON.parse(before) as { policies?: Record<string, unknown> };
    policies.policies = { ...theirs.policies, ...policies.policies };
  }
  wrote = true;
  writeFileSync(POLICY, JSON.stringify(policies, null, 2));

  ff = await launchFirefox({
    'network.dns.localDomains': SITE,
    'dom.security.https_first': false,
  });
  await ff.send('webExtension.install', { extensionData: { type: 'path', path: copy } });
}, 120_000);

afterAll(async () => {
  if (wrote) {
    if (before === null) rmSync(POLICY, { force: true });
    else writeFileSync(POLICY, before);
  }
  await ff?.close();
  await fixtures?.close();
  await feed?.close();
  for (const d of dirs) removeProfile(d);
});

let ext = '';
async function ask<T>(name: string, payload: unknown): Promise<T> {
  ext ||= await ff.openExtensionPage(ID, 'options.html');
  const reply = JSON.parse(
    String(
      await ff.evaluate(
        ext,
        `browser.runtime.sendMessage(${JSON.stringify({ laborlens: 1, name, payload })}).then((r) => JSON.stringify(r))`,
      ),
    ),
  ) as { ok: boolean; value: T; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

describe.skipIf(!canWritePolicy)('Firefox: a fresh profile under a test policy', () => {
  it('reads the policy from storage.managed and fetches the organisation list (signed) on its own', async () => {
    const view = await ask<SettingsView>('getSettings', {});
    expect(view.locked.sort()).toEqual(Object.keys(policy).sort());
    const org = await waitFor(
      async () => (await ask<ListSummary[]>('listSummaries', {})).find((l) => l.id === 'custom:org-watch'),
      (l) => l !== undefined,
      { timeoutMs: 60_000, everyMs: 500 },
    );
    expect(org).toMatchObject({ managed: true, source: 'feed', role: 'watch', entries: 1 });
    expect(await ask<{ ok: boolean }>('removeList', { id: 'custom:org-watch' })).toEqual({ ok: false });
  }, 120_000);

  it("scans the policy's site, which is not built in, with the organisation's list", async () => {
    const tab = await ff.tab();
    const url = fixtures.url('options-custom-supplier.html').replace('127.0.0.1', SITE);
    await ff.send('browsingContext.navigate', { context: tab, url, wait: 'complete' });
    const read = `(() => {
      const root = Array.from(document.querySelectorAll('laborlens-root')).find((r) => r.shadowRoot);
      const flags = root ? Array.from(root.shadowRoot.querySelectorAll('laborlens-flag')) : [];
      const f = flags.find((x) => x.getAttribute('data-key') === ${JSON.stringify(ORG_SUPPLIER)});
      return f ? f.getAttribute('data-severity') : '';
    })()`;
    const severity = await waitFor(
      () => ff.evaluate(tab, read),
      (s) => s !== '',
      { timeoutMs: 60_000, everyMs: 300 },
    );
    expect(severity).toBe('high');
  }, 120_000);

  it('refuses a user list import and a backup restore while disableUserLists is set', async () => {
    await expectUserImportsRefused(ask);
  }, 60_000);
});
