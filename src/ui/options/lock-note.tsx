import { t } from '../../shared/i18n';

/** Shown beside a setting that the organisation's policy fixes (chrome.storage.managed). */
export function LockNote({ locked }: { locked: boolean }) {
  if (!locked) return null;
  return (
    <span class="lock-note">
      <span aria-hidden="true">🔒 </span>
      {t('optLocked')}
    </span>
  );
}

export const isLocked = (locked: readonly string[], key: string): boolean => locked.includes(key);
