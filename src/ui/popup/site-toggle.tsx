import { t } from '../../shared/i18n';
import { useEffect, useState } from 'preact/hooks';
import type { Client } from '../client';
import { siteOf, sitePatterns, urlMatches } from '../../shared/site-patterns';

type SiteState =
  | { kind: 'none' }
  | { kind: 'builtin'; origin: string }
  | { kind: 'user'; origin: string; on: boolean; policy: boolean };

/** Scanning on or off for the tab's site. Built-in sourcing portals always scan. */
export function SiteToggle({ client, url, policySites = [] }: { client: Client; url: string; policySites?: string[] }) {
  const [site, setSite] = useState<SiteState>({ kind: 'none' });
  const [error, setError] = useState('');
  useEffect(() => {
    // The site, not the exact origin: a turned-on site scans on every port (site-patterns.ts).
    const origin = siteOf(url);
    if (!origin) return;
    if (client.builtInSite(url)) {
      setSite({ kind: 'builtin', origin });
      return;
    }
    const policy = urlMatches(url, sitePatterns(policySites));
    void client.sites().then((s) => setSite({ kind: 'user', origin, on: s.origins.includes(origin), policy }));
  }, [client, url, policySites.join(' ')]);

  if (site.kind === 'none') return null;
  if (site.kind === 'builtin') return <p class="site on">{t('siteBuiltIn', new URL(site.origin).hostname)}</p>;
  const toggle = async () => {
    setError('');
    const r: { ok: boolean; error?: string } = site.on
      ? await client.disableSite(site.origin)
      : await client.enableSite(site.origin);
    if (!r.ok) setError(r.error ?? t('siteError'));
    else setSite({ ...site, on: !site.on });
  };
  return (
    <div class={`site ${site.on ? 'on' : 'off'}`}>
      <span>{t(site.on ? 'siteOn' : 'siteOff', new URL(site.origin).hostname)}</span>{' '}
      <button type="button" onClick={() => void toggle()}>
        {t(site.on ? 'siteTurnOff' : 'siteTurnOn')}
      </button>
      {!site.on && <p class="muted small">{t(site.policy ? 'sitePolicyHint' : 'siteHint')}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
