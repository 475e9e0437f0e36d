// A context-menu item on links to PDF, XLSX, DOCX and CSV files: opens the file page on that
// link, which asks for the site's permission (from the user's click there) when it lacks it.
import browser from 'webextension-polyfill';

export const MENU_ID = 'laborlens-check-link';
const PATTERNS = ['pdf', 'xlsx', 'docx', 'csv'].flatMap((ext) => [
  `*://*/*.${ext}`,
  `*://*/*.${ext}?*`,
  `*://*/*.${ext.toUpperCase()}`,
]);

export async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: browser.i18n.getMessage('menuCheckLink') || 'Check this file with LaborLens',
    contexts: ['link'],
    targetUrlPatterns: PATTERNS,
  });
}

export function listenMenu(): void {
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.linkUrl) return;
    const u = new URL(info.linkUrl);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return;
    void browser.tabs.create({ url: browser.runtime.getURL(`check.html?url=${encodeURIComponent(u.href)}`) });
  });
}
