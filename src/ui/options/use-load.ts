// Loads something from the background for a panel; again whenever a value in `deps` changes (a
// new client, or another panel changed the data) or reload() is called.
import { useCallback, useEffect, useState } from 'preact/hooks';

export type Loaded<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function useLoad<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
): [Loaded<T>, () => void, (value: T) => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (e: unknown) => live && setState({ status: 'error', message: errorText(e) }),
    );
    return () => {
      live = false;
    };
    // `load` is a new closure on every render; what it reads is named in `deps`.
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const set = useCallback((value: T) => setState({ status: 'ready', value }), []);
  return [state, reload, set];
}

/** The shared shape of a panel's props. */
export interface PanelProps {
  client: import('../client').Client;
  /** Bumped by the page when another panel changed lists or settings. */
  version?: number;
  /** Tell the page that lists or settings changed, so other panels reload. */
  onChanged?: () => void;
}
