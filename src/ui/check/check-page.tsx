// "Check a file": a quote or invoice gives findings like a page; a supplier master gives a
// screening table. Parsing runs in a worker, checking in the service worker; nothing leaves the
// browser, and a file that cannot be read changes nothing.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  guessNameColumn,
  nameColumn,
  scanText,
  supplierRows,
  tableLines,
  type ReadDocument,
  type ScanText,
  type Severity,
} from '../../core';
import type { ListSummary } from '../../shared/messages';
import type { Client } from '../client';
import type { CheckClient } from './check-client';
import { SCREEN_CHUNK } from './check-client';
import { readInWorker, type Job } from './file-worker';
import { FileSource, isSample, loadSample, type PickedFile } from './file-source';
import { placeFindings, QuoteResults, type PlacedFinding } from './quote-results';
import { ScreeningTable, type ScreenedRow } from './screening-table';

type Mode = 'quote' | 'suppliers';
interface Loaded {
  name: string;
  doc: ReadDocument;
  /** Null for a big table until it is read as a quote. */
  scan: ScanText | null;
}
type Phase =
  | { k: 'idle' }
  | { k: 'reading'; name: string; done: number; total: number }
  | { k: 'error'; message: string }
  | { k: 'ask'; url: string }
  | { k: 'loaded' };

/** A table with a recognisable name column is a supplier list; everything else reads as a quote. */
function defaultMode(doc: ReadDocument): Mode {
  if (doc.format === 'pdf' || doc.format === 'docx' || doc.format === 'html') return 'quote';
  const t = doc.tables[0];
  if (!t) return 'quote';
  const header = t.rows[0]?.values ?? [];
  return header.length <= 1 || guessNameColumn(header) ? 'suppliers' : 'quote';
}

export function CheckPage({
  client,
  checks,
  url,
  sample,
}: {
  client: Client;
  checks: CheckClient;
  url?: string;
  /** One of the demo's samples to check at once (the trainer's guided walk links to them). */
  sample?: string;
}) {
  const [phase, setPhase] = useState<Phase>({ k: 'idle' });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mode, setMode] = useState<Mode>('quote');
  const [lists, setLists] = useState<ListSummary[]>([]);
  const job = useRef<Job<unknown> | null>(null);

  useEffect(() => {
    client.lists().then(setLists, () => setLists([]));
  }, [client]);

  const open = useCallback((f: PickedFile) => {
    job.current?.cancel();
    setLoaded(null);
    setPhase({ k: 'reading', name: f.name, done: 0, total: 0 });
    const j = readInWorker(f.name, f.data, (done, total) => setPhase({ k: 'reading', name: f.name, done, total }));
    job.current = j as Job<unknown>;
    j.done.then(
      ({ doc, scan }) => {
        setMode(defaultMode(doc));
        setLoaded({ name: f.name, doc, scan });
        setPhase({ k: 'loaded' });
      },
      (e: unknown) => {
        if (e instanceof Error && e.message === 'Cancelled.') setPhase({ k: 'idle' });
        else setPhase({ k: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    );
  }, []);

  const fetchUrl = useCallback(
    (target: string) => {
      const name = decodeURIComponent(new URL(target).pathname.split('/').pop() || 'document');
      setPhase({ k: 'reading', name, done: 0, total: 0 });
      fetch(target, { credentials: 'include' })
        .then(async (res) => {
          if (!res.ok) throw new Error(`the site answered HTTP ${res.status}`);
          open({ name, data: await res.arrayBuffer() });
        })
        .catch((e: unknown) =>
          setPhase({
            k: 'error',
            message: `Could not fetch ${target}: ${e instanceof Error ? e.message : String(e)}.`,
          }),
        );
    },
    [open],
  );

  useEffect(() => {
    if (!sample) return;
    if (!isSample(sample)) {
      setPhase({ k: 'error', message: `There is no sample called ${sample}.` });
      return;
    }
    loadSample(sample).then(open, (e: unknown) =>
      setPhase({ k: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [sample, open]);

  useEffect(() => {
    if (!url) return;
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      setPhase({ k: 'error', message: `Not a web address: ${url}.` });
      return;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') {
      setPhase({
        k: 'error',
        message: `LaborLens reads documents from web addresses only; download ${url} and choose the file.`,
      });
      return;
    }
    void checks
      .canRead(url)
      .then((ok) => (ok || client.builtInSite(url) ? fetchUrl(url) : setPhase({ k: 'ask', url })));
  }, [url, checks, client, fetchUrl]);

  return (
    <main class="check">
      <header class="top">
        <h1>LaborLens: check a file</h1>
        <nav>
          <a href="options.html">Settings</a> · <a href="demo.html">Demo</a>
        </nav>
      </header>
      <FileSource onFile={open} busy={phase.k === 'reading'} />
      {phase.k === 'reading' && (
        <div class="progress-row">
          <progress
            aria-label={`Reading ${phase.name}`}
            {...(phase.total > 0 ? { max: phase.total, value: phase.done } : {})}
          />
          <span role="status">
            Reading {phase.name}
            {phase.total > 0 ? ` (page ${phase.done} of ${phase.total})` : '…'}
          </span>{' '}
          <button type="button" onClick={() => job.current?.cancel()}>
            Cancel
          </button>
        </div>
      )}
      {phase.k === 'ask' && (
        <p class="ask">
          To read {phase.url}, LaborLens needs access to {new URL(phase.url).hostname}.{' '}
          <button
            type="button"
            onClick={() =>
              void client
                .allowFeedHost(phase.url)
                .then((ok) =>
                  ok
                    ? fetchUrl(phase.url)
                    : setPhase({ k: 'error', message: `Access to ${new URL(phase.url).hostname} was not granted.` }),
                )
            }
          >
            Allow and check
          </button>
        </p>
      )}
      {phase.k === 'error' && (
        <p class="error" role="alert">
          {phase.message} Nothing was checked or stored.
        </p>
      )}
      {phase.k === 'loaded' && loaded && (
        <FileResults
          key={`${loaded.name}:${loaded.doc.lines.length}:${loaded.doc.tables.length}`}
          loaded={loaded}
          mode={mode}
          setMode={setMode}
          client={client}
          checks={checks}
          lists={lists}
        />
      )}
    </main>
  );
}

function FileResults({
  loaded,
  mode,
  setMode,
  client,
  checks,
  lists,
}: {
  loaded: Loaded;
  mode: Mode;
  setMode: (m: Mode) => void;
  client: Client;
  checks: CheckClient;
  lists: ListSummary[];
}) {
  const { doc, name } = loaded;
  return (
    <section class="file" aria-label={`Results for ${name}`}>
      <h2>{name}</h2>
      <p class="muted small assumed">
        Read as {doc.format.toUpperCase()}
        {doc.tables.length > 0
          ? `, ${doc.tables.map((t) => `${t.name === name ? 'table' : `sheet "${t.name}"`}: ${t.rows.length} rows`).join(', ')}`
          : `, ${doc.lines.length} lines`}
        {doc.notes.length > 0 ? `; ${doc.notes.join('; ')}` : ''}.
      </p>
      {doc.tables.length > 0 && (
        <fieldset class="mode">
          <legend>Read this file as</legend>
          <label>
            <input type="radio" name="mode" checked={mode === 'quote'} onChange={() => setMode('quote')} /> a quote or
            invoice (line items)
          </label>{' '}
          <label>
            <input type="radio" name="mode" checked={mode === 'suppliers'} onChange={() => setMode('suppliers')} /> a
            supplier list (screen every name)
          </label>
        </fieldset>
      )}
      {mode === 'quote' ? (
        <QuoteCheck loaded={loaded} client={client} checks={checks} lists={lists} />
      ) : (
        <SupplierCheck loaded={loaded} checks={checks} />
      )}
    </section>
  );
}

function QuoteCheck({
  loaded,
  client,
  checks,
  lists,
}: {
  loaded: Loaded;
  client: Client;
  checks: CheckClient;
  lists: ListSummary[];
}) {
  const [state, setState] = useState<
    { k: 'checking' } | { k: 'done'; findings: PlacedFinding[]; hidden: number } | { k: 'error'; message: string }
  >({ k: 'checking' });
  const run = useCallback(() => {
    const scan = loaded.scan ?? scanText(loaded.doc.tables.flatMap(tableLines));
    checks.checkFile(loaded.name, scan).then(
      (r) => setState({ k: 'done', findings: placeFindings(r.findings, scan), hidden: r.hidden }),
      (e: unknown) => setState({ k: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [checks, loaded]);
  useEffect(run, [run]);
  if (state.k === 'checking') return <p role="status">Checking…</p>;
  if (state.k === 'error')
    return (
      <p class="error" role="alert">
        {state.message}
      </p>
    );
  return (
    <QuoteResults
      client={client}
      fileName={loaded.name}
      findings={state.findings}
      hidden={state.hidden}
      lists={lists}
      onStatusChanged={run}
    />
  );
}

function SupplierCheck({ loaded, checks }: { loaded: Loaded; checks: CheckClient }) {
  const tables = loaded.doc.tables;
  const [sheet, setSheet] = useState(() => {
    const i = tables.findIndex((t) => guessNameColumn(t.rows[0]?.values ?? []) !== null);
    return Math.max(0, i);
  });
  const table = tables[sheet] ?? tables[0];
  const header = table?.rows[0]?.values ?? [];
  const guessed = (() => {
    try {
      return table ? nameColumn(loaded.name, table) : null;
    } catch {
      return null;
    }
  })();
  const [column, setColumn] = useState<number | null>(guessed?.index ?? null);
  const col =
    column === null
      ? null
      : guessed && guessed.index === column
        ? guessed
        : { index: column, header: header[column] ?? '', guessed: 'given' as const };
  // A new array would restart the screening: the rows change only with the sheet and column.
  const names = useMemo(() => (table && col ? supplierRows(table, col) : null), [table, col?.index, col?.header]);
  return (
    <>
      <div class="mapping">
        {tables.length > 1 && (
          <label>
            Sheet{' '}
            <select value={sheet} onChange={(e) => (setSheet(Number(e.currentTarget.value)), setColumn(null))}>
              {tables.map((t, i) => (
                <option key={t.name} value={i}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        )}{' '}
        {header.length > 1 && (
          <label>
            Supplier names are in column{' '}
            <select
              aria-label="Column with the supplier names"
              value={column ?? ''}
              onChange={(e) => setColumn(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
            >
              <option value="">choose…</option>
              {header.map((h, i) => (
                <option key={i} value={i}>
                  {h || `column ${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        )}
        {guessed?.guessed === 'partial' && column === guessed.index && (
          <span class="warn"> guessed from the header: check it</span>
        )}
      </div>
      {table && names ? (
        <Screening key={`${sheet}:${col?.index ?? ''}`} fileName={loaded.name} rows={names} checks={checks} />
      ) : (
        <p class="warn" role="status">
          No column is clearly the supplier name: choose the column that holds the names.
        </p>
      )}
    </>
  );
}

function Screening({
  fileName,
  rows,
  checks,
}: {
  fileName: string;
  rows: { at: number; name: string }[];
  checks: CheckClient;
}) {
  const [done, setDone] = useState<ScreenedRow[]>([]);
  const [running, setRunning] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    cancelled.current = false;
    let all: ScreenedRow[] = [];
    void (async () => {
      try {
        for (let i = 0; i < rows.length && !cancelled.current; i += SCREEN_CHUNK) {
          const chunk = rows.slice(i, i + SCREEN_CHUNK);
          const results = await checks.screenNames(chunk.map((r) => r.name));
          all = all.concat(chunk.map((r, j) => ({ ...r, result: results[j]! })));
          if (!cancelled.current) setDone(all);
        }
        if (!cancelled.current) {
          const bySeverity: Partial<Record<Severity, number>> = {};
          const keys: string[] = [];
          for (const r of all)
            if (r.result.severity) {
              bySeverity[r.result.severity] = (bySeverity[r.result.severity] ?? 0) + 1;
              keys.push(`${r.result.severity}:supplier:${r.result.key ?? r.name}`);
            }
          await checks.recordScreening({ fileName, rows: all.length, keys, bySeverity });
        }
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setRunning(false);
      }
    })();
    return () => {
      cancelled.current = true;
    };
  }, [rows, checks, fileName]);
  return (
    <>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <ScreeningTable
        fileName={fileName}
        rows={done}
        total={rows.length}
        running={running}
        onCancel={() => {
          cancelled.current = true;
          setRunning(false);
        }}
      />
    </>
  );
}
