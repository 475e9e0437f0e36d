// After any list change (feed, import, extension update): a new engine, the suppliers already
// checked screened again, and the buyer told once: a notification, the popup's banner and a mark
// on the toolbar badge until the popup has shown it.
import browser from 'webextension-polyfill';
import { rescreenStored, type ChangeRow } from '../data/list-store';
import { getDb, invalidateEngine } from './engine-holder';

const NEWS_BADGE = '!';

/** `stored`: some list was stored (a new date or metadata can change it with no entry changed). */
export async function afterListChange(changes: readonly ChangeRow[], stored = changes.length > 0): Promise<void> {
  if (stored || changes.length) invalidateEngine();
  if (!changes.length) return;
  const alerts = await rescreenStored(getDb(), changes).catch((e: unknown) => {
    console.error('LaborLens: re-screening after a list change failed', e);
    return [];
  });
  await showNews().catch(() => undefined);
  await notify(
    alerts.length ? 'LaborLens: a supplier you checked is now listed' : 'LaborLens: lists changed',
    alerts.length
      ? alerts
          .slice(0, 3)
          .map((a) => a.message)
          .join('\n') + (alerts.length > 3 ? `\n… and ${alerts.length - 3} more` : '')
      : changes.map((c) => c.summary).join('\n'),
  );
}

/** The global badge (tabs with findings keep their own count). */
export async function showNews(): Promise<void> {
  await browser.action.setBadgeText({ text: NEWS_BADGE });
  await browser.action.setBadgeBackgroundColor({ color: '#b00020' });
  await browser.action.setTitle({ title: 'LaborLens: lists changed, open to see what' }).catch(() => undefined);
}

export async function clearNews(): Promise<void> {
  await browser.action.setBadgeText({ text: '' });
  await browser.action
    .setTitle({ title: browser.i18n.getMessage('actionTitle') || 'LaborLens' })
    .catch(() => undefined);
}

async function notify(title: string, message: string): Promise<void> {
  // Optional in spirit: a browser without the API (or with notifications off) still has the banner.
  if (!browser.notifications?.create) return;
  await browser.notifications
    .create({
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title,
      message: message.slice(0, 1000),
    })
    .catch((e: unknown) => console.warn('LaborLens: notification not shown', e));
}
