import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { ListChange, SupplierAlert } from '../../shared/messages';
import type { Client } from '../client';

/**
 * Says once what the lists' last changes did and which suppliers already checked they now list:
 * shown when the popup opens, then marked seen (the badge's "!" goes with it).
 */
export function NewsBanner({ client }: { client: Client }) {
  const [news, setNews] = useState<{ changes: ListChange[]; alerts: SupplierAlert[] } | null>(null);
  useEffect(() => {
    if (!client.news) return;
    let live = true;
    client
      .news()
      .then(async (n) => {
        if (!live) return;
        setNews(n);
        if (n.changes.length || n.alerts.length) await client.ackNews?.();
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client]);
  if (!news || (!news.changes.length && !news.alerts.length)) return null;
  return (
    <section class="news" role="alert" aria-label={t('newsHeading')}>
      {news.alerts.length > 0 && (
        <>
          <h2>{t('newsAlertsHeading')}</h2>
          <ul class="news-alerts">
            {news.alerts.slice(0, 5).map((a) => (
              <li key={a.id} class={a.reopened ? 'reopened' : undefined}>
                {a.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {news.changes.length > 0 && (
        <>
          <h2>{t('newsHeading')}</h2>
          <ul class="news-changes">
            {news.changes.slice(0, 5).map((c) => (
              <li key={c.id}>{c.summary}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
