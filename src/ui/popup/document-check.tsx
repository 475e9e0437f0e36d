// On a tab that shows a PDF or a spreadsheet (the browser's own viewer, out of the content
// script's reach), the popup offers to check the document on the file page. Access to the
// document's site is asked for only when LaborLens does not have it already.
import { t } from '../../shared/i18n';
import { useState } from 'preact/hooks';
import type { Client } from '../client';

const DOCUMENT = /\.(pdf|xlsx|docx|csv)$/i;

function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** True for an http(s) URL whose path names a file the file page reads. */
export function isDocumentUrl(url: string): boolean {
  return isWebUrl(url) && DOCUMENT.test(new URL(url).pathname);
}

export const checkPageUrl = (url: string) => `check.html?url=${encodeURIComponent(url)}`;

/**
 * `viewed`: the tab's content script reported that the browser shows this URL in its document
 * viewer (a PDF served from an address without .pdf); otherwise the URL's file name decides.
 */
export function DocumentCheck({ client, url, viewed = false }: { client: Client; url: string; viewed?: boolean }) {
  const [error, setError] = useState('');
  if (!(viewed ? isWebUrl(url) : isDocumentUrl(url))) return null;
  const open = async () => {
    setError('');
    // Asked from this click; a built-in site is readable already.
    const allowed = client.builtInSite(url) || (await client.allowFeedHost(url));
    if (!allowed) {
      setError(t('docCheckDenied', new URL(url).hostname));
      return;
    }
    window.open(checkPageUrl(url), '_blank', 'noopener');
  };
  return (
    <div class="doc-check">
      {viewed && (
        <p class="summary" role="status">
          {t('docNotScanned')}
        </p>
      )}
      <button type="button" onClick={() => void open()}>
        {t('docCheckButton')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
