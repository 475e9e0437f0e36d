// The public entry of src/core: every other layer imports core from here (enforced by lint).
// Folders are stages: text -> names -> suppliers / detect -> risk -> engine; lists holds the list
// shapes and the parsers that ship; screen is whole-name screening; report formats findings.
export * from './engine/engine';
export * from './engine/engine-api';
export { INDEX_FORMAT, MatchIndex } from './names/match-index';
export * from './engine/place-tables';
export type { IndexImage } from './names/index-image';
export * from './lists/types';
export * from './lists/bundle-index';
export * from './lists/csv';
export * from './lists/custom-list';
export * from './lists/list-mapping';
export * from './lists/freshness';
export * from './lists/json-fields';
export * from './lists/parse-error';
export * from './lists/slug';
export * from './lists/snapshot-check';
export * from './lists/values';
export * from './report/findings-report';
export * from './risk/guidance';
export { clearedListDecision, isStatutory } from './suppliers/supplier-match';
export type { Party } from './suppliers/parties';
export { lazyArray } from './suppliers/lazy-array';
export { headerRead } from './text/cell-headers';
export * from './files/document';
export * from './files/errors';
export * from './files/file-kind';
export * from './files/locations';
export * from './files/name-column';
export * from './files/separator';
export * from './files/tables';
export * from './files/text-decode';
export * from './files/zip-check';
export * from './report/csv';
