// Which raw files make which bundled list. Pure: the caller supplies a reader, so the same table
// serves the node build script and the tests.
import { parseUflpa } from './parse-uflpa';
import type { BuiltinListId, BuiltinSnapshot } from './types';

export type ReadRaw = (name: string) => { file: string; text: string };

type Builders = { [K in BuiltinListId]?: (read: ReadRaw) => BuiltinSnapshot<K> };

export const BUILDERS: Builders = {
  uflpa: (read) => parseUflpa({ entities: read('uflpa_entity_list.json'), chineseNames: read('uflpa_chinese_names.csv') }),
};

export function buildSnapshot<K extends BuiltinListId>(id: K, read: ReadRaw): BuiltinSnapshot<K> {
  const build = BUILDERS[id] as ((r: ReadRaw) => BuiltinSnapshot<K>) | undefined;
  if (!build) throw new Error(`no builder for list "${id}"`);
  return build(read);
}
