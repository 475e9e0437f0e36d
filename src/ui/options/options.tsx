import { useEffect, useState } from 'preact/hooks';
import type { ListSummary } from '../../shared/messages';
import type { Client } from '../client';

export function Options({ client }: { client: Client }) {
  const [lists, setLists] = useState<ListSummary[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    client.lists().then(setLists, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [client]);
  return (
    <main class="options">
      <h1>LaborLens settings</h1>
      <h2>Risk lists</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {!lists && !error && <p>Loading…</p>}
      {lists && (
        <table class="lists">
          <thead>
            <tr><th>List</th><th>Publisher</th><th>As of</th><th>Entries</th><th>Known gaps</th></tr>
          </thead>
          <tbody>
            {lists.map((l) => (
              <tr key={l.id} data-list={l.id}>
                <td><a href={l.sourceUrl} target="_blank" rel="noopener noreferrer">{l.name}</a><br /><code>{l.id}</code></td>
                <td>{l.publisher}</td>
                <td>{l.asOf}</td>
                <td>{l.entries}</td>
                <td>{(l.caveats ?? []).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
