import { useRef, useState } from 'preact/hooks';
import type { ListSummary, SettingsView } from '../../shared/messages';
import { ErrorList } from './error-list';
import { FileField } from './file-field';
import { LockNote, isLocked } from './lock-note';
import { errorText, useLoad, type PanelProps } from './use-load';

type Role = 'watch' | 'cleared';
interface Data {
  lists: ListSummary[];
  view: SettingsView;
}

const isCustom = (l: ListSummary): boolean => l.id.startsWith('custom:');

/** Section 2: the user's own watch lists and cleared-supplier lists. */
export function CustomListsPanel({ client, version = 0, onChanged }: PanelProps) {
  const [state, reload] = useLoad<Data>(async () => {
    const [lists, view] = await Promise.all([client.lists(), client.settings()]);
    return { lists, view };
  }, [client, version]);
  const [file, setFile] = useState<File | null>(null);
  const [role, setRole] = useState<Role>('watch');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const changed = () => (onChanged ? onChanged() : reload());
  const disabled = state.status === 'ready' && state.value.view.settings.disableUserLists;

  const importFile = async (e: Event) => {
    e.preventDefault();
    setErrors([]);
    setDone('');
    if (!file) return setErrors(['Choose a CSV or JSON file first.']);
    setBusy(true);
    try {
      const r = await client.importList({ fileName: file.name, text: await file.text(), role });
      if (!r.ok) {
        setErrors(r.errors?.length ? r.errors : [`${file.name}: the list could not be imported.`]);
      } else {
        setDone(`Imported ${r.entries ?? 0} ${r.entries === 1 ? 'entry' : 'entries'} from ${file.name} as ${r.id ?? 'a custom list'}.`);
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
        changed();
      }
    } catch (err) {
      setErrors([errorText(err)]);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (id: string) => {
    setErrors([]);
    setDone('');
    try {
      const { ok } = await client.removeList(id);
      if (!ok) setErrors([`${id} could not be removed.`]);
      else {
        setDone(`Removed ${id}.`);
        changed();
      }
    } catch (err) {
      setErrors([errorText(err)]);
    }
  };

  const custom = state.status === 'ready' ? state.value.lists.filter(isCustom) : [];
  return (
    <section id="custom" class="panel" aria-labelledby="custom-h">
      <h2 id="custom-h">Custom lists</h2>
      <p>
        Add your own <strong>watch list</strong> (suppliers to flag) or a <strong>cleared list</strong> (suppliers your team has checked and
        remediated) from a CSV or JSON file. It stays in this browser.
      </p>
      {state.status === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
      {disabled && (
        <p class="lock-note block" role="note">
          <span aria-hidden="true">🔒 </span>Your organisation has turned off importing your own lists.
        </p>
      )}
      <form class="import-form" onSubmit={importFile} aria-describedby="csv-help">
        <FileField id="custom-file" label="List file (CSV or JSON)" accept=".csv,.json,text/csv,application/json" disabled={disabled || busy} inputRef={fileInput} onFile={setFile} />
        <div class="field">
          <label for="custom-role">Kind of list</label>
          <select id="custom-role" value={role} disabled={disabled || busy} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            <option value="watch">Watch list: flag these suppliers</option>
            <option value="cleared">Cleared list: suppliers checked and cleared</option>
          </select>
        </div>
        <button type="submit" class="primary" disabled={disabled || busy || !file}>
          {busy ? 'Importing…' : 'Import list'}
        </button>
      </form>
      <details class="help" id="csv-help">
        <summary>CSV columns</summary>
        <p>The first row names the columns:</p>
        <ul>
          <li>
            <code>name</code> (required): the supplier's name
          </li>
          <li>
            <code>aliases</code>: other names, separated by <code>;</code> or <code>|</code>
          </li>
          <li>
            <code>country</code>: two-letter code such as CN
          </li>
          <li>
            <code>notes</code>
          </li>
          <li>
            <code>severity</code>: critical, high, medium, low or info (required for watch lists)
          </li>
          <li>
            Cleared lists also: <code>cleared_by</code>, <code>cleared_on</code> (YYYY-MM-DD), <code>evidence</code>
          </li>
        </ul>
        <p>
          Example: <code>name,aliases,country,notes,severity</code> then <code>Acme Textiles Co.,Acme Tex|ACME,CN,Audit due,high</code>
        </p>
      </details>
      {done && (
        <p class="saved" role="status">
          {done}
        </p>
      )}
      <ErrorList title="The list was not imported:" errors={errors} />
      {state.status === 'ready' && !!state.value.view.settings.customListUrls.length && (
        <div class="org-lists">
          <h3>
            Lists from your organisation <LockNote locked={isLocked(state.value.view.locked, 'customListUrls')} />
          </h3>
          <ul>
            {state.value.view.settings.customListUrls.map((u) => (
              <li key={u}>
                <code>{u}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>Your lists</h3>
      {state.status === 'ready' && !custom.length && <p class="muted">No custom lists yet.</p>}
      {!!custom.length && (
        <ul class="custom-lists">
          {custom.map((l) => (
            <li key={l.id} data-list={l.id}>
              <span>
                <strong>{l.name}</strong> <code>{l.id}</code> · {l.role === 'cleared' ? 'cleared list' : 'watch list'} · {l.entries.toLocaleString()}{' '}
                {l.entries === 1 ? 'entry' : 'entries'} · as of {l.asOf}
              </span>
              <button type="button" class="remove" onClick={() => remove(l.id)} aria-label={`Remove ${l.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
