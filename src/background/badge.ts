import browser from 'webextension-polyfill';
import type { Finding } from '../core';

const COLOURS = { critical: '#b00020', high: '#d35400', medium: '#b7950b', low: '#2e6da4', info: '#6b7280' } as const;

/** The badge counts the tab's findings; its colour is that of the most severe. */
export async function showBadge(tabId: number, findings: Finding[]): Promise<void> {
  const text = findings.length ? String(Math.min(findings.length, 999)) : '';
  await browser.action.setBadgeText({ tabId, text });
  const top = findings[0]?.severity ?? 'info';
  await browser.action.setBadgeBackgroundColor({ tabId, color: COLOURS[top] });
}
