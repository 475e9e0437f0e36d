import { listSummaries } from '../data/list-store';
import { getDb, listsStored } from './engine-holder';

let cached: { at: number; value: Record<string, string> } | undefined;

/** list id -> "asOf checksum-prefix", recorded with each check so old results can be explained. */
export async function listVersions(): Promise<Record<string, string>> {
  // Lists change rarely; a scan storm must not read every list row each time.
  if (cached && Date.now() - cached.at < 10_000) return cached.value;
  await listsStored(); // on a first install the rows are written after the first scan
  const rows = await listSummaries(getDb());
  const value = Object.fromEntries(
    rows.filter((r) => r.enabled).map((r) => [r.id, `${r.asOf} ${r.checksum.slice(0, 12)}`]),
  );
  cached = { at: Date.now(), value };
  return value;
}
