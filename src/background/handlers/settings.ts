import { saveUserSettings, type Settings } from '../../data/settings';
import type { Req, Res } from '../../shared/messages';
import { getDb } from '../engine-holder';
import { currentSettings } from '../settings';
import { scheduleUpdates } from '../updates';

export const getSettings = async (): Promise<Res<'getSettings'>> => currentSettings();

export async function saveSettings(req: Req<'saveSettings'>): Promise<Res<'saveSettings'>> {
  const { locked } = await currentSettings();
  const problems = await saveUserSettings(getDb(), req.patch as Partial<Settings>, locked);
  await scheduleUpdates();
  return { problems };
}
