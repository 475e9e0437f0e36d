// The data layer's public API for lists, in one import. Each function lives in its own file.
export {
  ensureBundled,
  PreparedBundled,
  BUNDLED_MARKER_KEY,
  type EnsureBundledOptions,
  type EnsureBundledResult,
} from './ensure-bundled';
export {
  loadRiskData,
  enabledListRows,
  listSummaries,
  inListOrder,
  setEnabled,
  type LoadReport,
  type LoadOptions,
} from './risk-data';
export { importCustomList, removeCustomList, isQuotaError, type ImportResult } from './custom-lists';
export { replaceSnapshot, listRowOf, recordListError, type ReplaceOptions } from './replace-snapshot';
export {
  updateFromFeed,
  type FeedResult,
  type FeedSource,
  type FetchFn,
  type FeedResponse,
  type FeedFailure,
} from './feed-update';
export { exportCache, importCache, type CacheFile, type CacheImportResult } from './cache-export';
export { snapshotChecksum, sha256Hex } from './checksum';
export { bundledLoader, bundledIndex } from './bundled-source';
export { updateFromIndex, feedIndexState, type IndexResult, type FeedIndexState } from './feed-index';
export { updateOrgList, type OrgListResult } from './org-lists';
export { recentChanges, unseenChanges, markChangesSeen, type ChangeRow } from './list-changes';
export { rescreenStored, unreadAlerts, markAlertsRead, type AlertRow } from './alerts';
