import { useEffect, useRef, useState } from 'preact/hooks';
import { convertListFile, countryResolver, layoutKey, type ConvertedList, type ListMapping } from '../../core';
import type { CountryEntry } from '../../core';
import { ListMappingStep } from './list-mapping-step';
import { t } from '../../shared/i18n';
import type { ListSummary, SettingsView } from '../../shared/messages';
import { ErrorList } from './error-list';
import { FileField } from './file-field';
import { LockNote, isLocked } from './lock-note';
import { rich } from './rich';
import { errorText, useLoad, type PanelProps } from './use-load';

type Role = 'watch' | 'cleared';
interface Data {
  lists: ListSummary[];
  view: SettingsView;
}

const isCustom = (l: ListSummary): boolean => l.id.startsWith('custom:');

const MAPPINGS = 'laborlens.listMappings';
function remembered(): Record<string, ListMapping> {
  try {
    return JSON.parse(localStorage.getItem(MAPPINGS) ?? '{}') as Record<string, ListMapping>;
  } catch {
    return {};
  }
}
function remember(k: string, m: ListMapping): void {
  try {
    localStorage.setItem(MAPPINGS, JSON.stringify({ ...remembered(), [k]: m }));
  } catch {
    // Not remembering a mapping is no reason to fail an import.
  }
}

let countries: Promise<((v: string) => string | undefined) | undefined> | undefined;
/** Country names for ERP files, from the bundled countries list (shipped with the extension). */
function countryNames(): Promise<((v: string) => string | undefined) | undefined> {
  countries ??= fetch('data/countries.json')
    .then((r) => r.json() as Promise<{ entries: CountryEntry[] }>)
    .then((s) => countryResolver(s.entries))
    .catch(() => undefined);
  return countries;
}

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
  const [converted, setConverted] = useState<ConvertedList | null>(null);
  const [mapping, setMapping] = useState<ListMapping | undefined>(undefined);
  // A CSV (any separator) is read through the mapping step; JSON goes to the importer as it is.
  useEffect(() => {
    setConverted(null);
    if (!file) return;
    let live = true;
    void (async () => {
      const text = await file.text();
      if (/^\uFEFF?\s*[[{]/.test(text)) return;
      try {
        const country = await countryNames();
        const first = convertListFile(text, role, { country, file: file.name });
        const saved = mapping ?? remembered()[layoutKey(role, first.header)];
        const c = saved ? convertListFile(text, role, { country, file: file.name, mapping: saved }) : first;
        if (live) setConverted(c);
      } catch {
        // The importer reports a malformed file with its line and column.
      }
    })();
    return () => {
      live = false;
    };
  }, [file, role, mapping]);
  const changed = () => (onChanged ? onChanged() : reload());
  const disabled = state.status === 'ready' && state.value.view.settings.disableUserLists;

  const importFile = async (e: Event) => {
    e.preventDefault();
    setErrors([]);
    setDone('');
    if (!file) return setErrors([t('optImportChooseFile')]);
    setBusy(true);
    try {
      const text = converted ? converted.text : await file.text();
      if (converted) remember(layoutKey(role, converted.header), converted.mapping);
      const r = await client.importList({ fileName: file.name, text, role });
      if (!r.ok) {
        setErrors(r.errors?.length ? r.errors : [t('optImportFailed', file.name)]);
      } else {
        setDone(
          t(
            r.entries === 1 ? 'optImportedOne' : 'optImportedMany',
            r.entries ?? 0,
            file.name,
            r.id ?? t('optImportedNoId'),
          ),
        );
        setFile(null);
        setConverted(null);
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
      if (!ok) setErrors([t('optRemoveFailed', id)]);
      else {
        setDone(t('optRemoved', id));
        changed();
      }
    } catch (err) {
      setErrors([errorText(err)]);
    }
  };

  const custom = state.status === 'ready' ? state.value.lists.filter(isCustom) : [];
  return (
    <section id="custom" class="panel" aria-labelledby="custom-h">
      <h2 id="custom-h">{t('optCustomHeading')}</h2>
      <p>
        {rich(
          'optCustomIntro',
          <strong>{t('optCustomIntroWatch')}</strong>,
          <strong>{t('optCustomIntroCleared')}</strong>,
        )}
      </p>
      {state.status === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
      {disabled && (
        <p class="lock-note block" role="note">
          <span aria-hidden="true">🔒 </span>
          {t('optCustomDisabled')}
        </p>
      )}
      <form class="import-form" onSubmit={importFile} aria-describedby="csv-help">
        <FileField
          id="custom-file"
          label={t('optCustomFileLabel')}
          accept=".csv,.json,text/csv,application/json"
          disabled={disabled || busy}
          inputRef={fileInput}
          onFile={(f) => {
            setMapping(undefined);
            setFile(f);
          }}
        />
        <div class="field">
          <label for="custom-role">{t('optCustomRoleLabel')}</label>
          <select
            id="custom-role"
            value={role}
            disabled={disabled || busy}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
          >
            <option value="watch">{t('optCustomRoleWatch')}</option>
            <option value="cleared">{t('optCustomRoleCleared')}</option>
          </select>
        </div>
        {converted && <ListMappingStep converted={converted} role={role} onMapping={setMapping} />}
        <button type="submit" class="primary" disabled={disabled || busy || !file}>
          {busy ? t('optImporting') : t('optImportList')}
        </button>
      </form>
      <details class="help" id="csv-help">
        <summary>{t('optCsvSummary')}</summary>
        <p>{t('optCsvFirstRow')}</p>
        <ul>
          <li>{rich('optCsvName', <code>name</code>)}</li>
          <li>{rich('optCsvAliases', <code>aliases</code>, <code>;</code>, <code>|</code>)}</li>
          <li>{rich('optCsvCountry', <code>country</code>)}</li>
          <li>
            <code>notes</code>
          </li>
          <li>{rich('optCsvSeverity', <code>severity</code>)}</li>
          <li>{rich('optCsvCleared', <code>cleared_by</code>, <code>cleared_on</code>, <code>evidence</code>)}</li>
        </ul>
        <p>
          {rich(
            'optCsvExample',
            <code>name,aliases,country,notes,severity</code>,
            <code>Acme Textiles Co.,Acme Tex|ACME,CN,Audit due,high</code>,
          )}
        </p>
      </details>
      {done && (
        <p class="saved" role="status">
          {done}
        </p>
      )}
      <ErrorList title={t('optImportErrorsTitle')} errors={errors} />
      {state.status === 'ready' && !!state.value.view.settings.customListUrls.length && (
        <div class="org-lists">
          <h3>
            {t('optOrgLists')} <LockNote locked={isLocked(state.value.view.locked, 'customListUrls')} />
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
      <h3>{t('optYourLists')}</h3>
      {state.status === 'ready' && !custom.length && <p class="muted">{t('optNoCustomLists')}</p>}
      {!!custom.length && (
        <ul class="custom-lists">
          {custom.map((l) => (
            <li key={l.id} data-list={l.id}>
              <span>
                <strong>{l.name}</strong> <code>{l.id}</code> ·{' '}
                {t(
                  l.entries === 1 ? 'optCustomListFactsOne' : 'optCustomListFactsMany',
                  t(l.role === 'cleared' ? 'optRoleClearedList' : 'optRoleWatchList'),
                  l.entries.toLocaleString(),
                  l.asOf,
                )}
              </span>
              {l.managed ? (
                <span class="locked-note">{t('optOrgLocked')}</span>
              ) : (
                <button
                  type="button"
                  class="remove"
                  onClick={() => remove(l.id)}
                  aria-label={t('optRemoveListAria', l.name)}
                >
                  {t('optRemove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
