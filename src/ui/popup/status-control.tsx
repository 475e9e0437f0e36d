import { useState } from 'preact/hooks';
import type { ShownFinding, SupplierStatus } from '../../shared/messages';
import type { Client } from '../client';

const BY_KEY = 'laborlens.reviewer';

/** The team's decision on a flagged supplier: kept in IndexedDB, shown in place on the next scan. */
export function StatusControl({ client, finding, onChanged }: { client: Client; finding: ShownFinding; onChanged: () => void }) {
  const [status, setStatus] = useState<SupplierStatus | ''>(finding.status?.status ?? '');
  const [note, setNote] = useState(finding.status?.note ?? '');
  const [by, setBy] = useState(finding.status?.by ?? localStorage.getItem(BY_KEY) ?? '');
  const [saved, setSaved] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    if (by) localStorage.setItem(BY_KEY, by);
    await client.setStatus({ key: finding.key, status: status || null, note: note || undefined, by: by || undefined });
    setSaved(status ? 'Saved. Pages show it from their next scan.' : 'Status removed.');
    onChanged();
  };
  const id = `st-${finding.key.replace(/[^a-z0-9]/gi, '').slice(0, 40)}`;
  return (
    <form class="status-form" onSubmit={save} aria-label={`Team status for ${finding.key}`}>
      <label for={`${id}-s`}>Team status</label>
      <select id={`${id}-s`} value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value as SupplierStatus | '')}>
        <option value="">none</option>
        <option value="under-review">under review</option>
        <option value="cleared">cleared (evidence on file)</option>
        <option value="false-match">false match</option>
      </select>
      <input aria-label="Evidence or note" placeholder="Evidence or note" value={note} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
      <input aria-label="Your name" placeholder="Your name" value={by} onInput={(e) => setBy((e.target as HTMLInputElement).value)} />
      <button type="submit">Save status</button>
      {saved && <span role="status">{saved}</span>}
    </form>
  );
}
