/** Shown beside a setting that the organisation's policy fixes (chrome.storage.managed). */
export function LockNote({ locked }: { locked: boolean }) {
  if (!locked) return null;
  return (
    <span class="lock-note">
      <span aria-hidden="true">🔒 </span>Set by your organisation
    </span>
  );
}

export const isLocked = (locked: readonly string[], key: string): boolean => locked.includes(key);
