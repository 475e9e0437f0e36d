// Dexie needs an IndexedDB; unit and data tests get a real implementation in memory.
import 'fake-indexeddb/auto';
