import type { ListSummary, Res } from '../../shared/messages';
import type { ListRow } from '../../data/db';
import { listSummaries } from '../../data/list-store';
import { getDb, listRowsWhileStoring, listsStored } from '../engine-holder';
import { safeHttpUrl } from '../../shared/safe-url';

export const toSummary = (r: ListRow): ListSummary => ({
  id: r.id,
  name: r.name,
  publisher: r.publisher,
  sourceUrl: safeHttpUrl(r.sourceUrl),
  asOf: r.asOf,
  entries: r.entryCount,
  enabled: r.enabled,
  fetchedAt: r.fetchedAt,
  lastError: r.lastError ?? null,
  caveats: r.caveats ?? [],
  source: r.source,
  license: r.license,
  lastUpdateAt: r.lastUpdateAt,
  role: r.role,
  ...(r.managed ? { managed: true } : {}),
});

export async function listSummariesHandler(): Promise<Res<'listSummaries'>> {
  const writing = await listRowsWhileStoring();
  if (writing) return writing.map(toSummary);
  await listsStored();
  return (await listSummaries(getDb())).map(toSummary);
}
