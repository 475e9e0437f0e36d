// Saves text the page made (a report, a backup) as a file: a Blob behind an object URL, clicked
// through a temporary <a download>. No permission is needed, and nothing is written into the page
// beyond the short-lived link.

export type Download = (fileName: string, text: string, type?: string) => void;

export const downloadText: Download = (fileName, text, type = 'text/plain;charset=utf-8') => {
  downloadBlob(fileName, new Blob([text], { type }));
};

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoke after the click has been handled: revoking at once can cancel the download in some
    // browsers.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Today's date in the user's time zone as YYYY-MM-DD, for file names. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const JSON_TYPE = 'application/json';
