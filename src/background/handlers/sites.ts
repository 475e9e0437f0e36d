import browser from 'webextension-polyfill';
import type { Req, Res } from '../../shared/messages';
import { setSite, userSites } from '../sites';
import { originPattern } from '../../shared/site-patterns';

export async function enableSite(req: Req<'enableSite'>): Promise<Res<'enableSite'>> {
  // The popup asked the user for the permission; without the grant there is nothing to register.
  if (!(await browser.permissions.contains({ origins: [originPattern(req.origin)] }))) {
    return { ok: false, error: `LaborLens has no permission for ${req.origin}` };
  }
  await setSite(req.origin, true);
  return { ok: true };
}

export async function disableSite(req: Req<'disableSite'>): Promise<Res<'disableSite'>> {
  await setSite(req.origin, false);
  return { ok: true };
}

export const getSites = async (): Promise<Res<'getSites'>> => ({ origins: await userSites() });
