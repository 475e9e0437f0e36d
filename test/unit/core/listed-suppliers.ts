// The listed suppliers an engine finds in a text, as [key, severity]: what the name-matching
// tests compare.
import type { Engine } from '../../../src/core';

export function listedSuppliers(engine: Engine, text: string): [string, string][] {
  return engine
    .scan(text)
    .filter((f) => f.kind === 'supplier' && f.list !== null)
    .map((f) => [f.key, f.severity]);
}
