// `npm start`: opens Chrome/Chromium with the built extension on the demo page, in a fresh
// profile. Headed where there is a display; `npm start -- --headless` (or no display) saves a
// screenshot and prints the flags found, so it also works on a server.
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './chrome';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const headless =
  args.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux');

async function main(): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'laborlens-profile-'));
  const { context, extensionId } = await launchWithExtension(join(ROOT, 'dist'), profile, headless);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${extensionId}/demo.html`);
  if (!headless) {
    console.log(`LaborLens demo open in a fresh profile (${profile}). Close the browser window to stop.`);
    await new Promise<void>((done) => context.on('close', () => done()));
    return;
  }
  const flags = page.locator('laborlens-flag');
  await flags.first().waitFor({ timeout: 30_000 });
  // Flags arrive in one batch per scan; wait until the count holds still for a moment.
  let count = -1;
  for (let n = await flags.count(); n !== count; n = await flags.count()) {
    count = n;
    await page.waitForTimeout(500);
  }
  const found = await flags.evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-severity'), e.getAttribute('data-kind'), e.getAttribute('data-key')]),
  );
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const shot = join(ROOT, 'test-results', 'demo-headless.png');
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`${found.length} flags on the demo page:`);
  for (const [sev, kind, key] of found) console.log(`  ${String(sev).padEnd(8)} ${String(kind).padEnd(8)} ${key}`);
  console.log(`Screenshot: ${shot}`);
  await context.close();
}

main().catch((e: unknown) => {
  console.error(`npm start failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
