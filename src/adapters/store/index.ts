export { resolveDataFolder } from './data-folder.js';
export { databaseFileName, openDatabase } from './open-database.js';
export { SqliteArtifactStore } from './sqlite-artifact-store.js';
export { SqliteDatStore } from './sqlite-dat-store.js';
export { SqliteIdeaStore } from './sqlite-idea-store.js';
export { SqliteLedgerStore } from './sqlite-ledger-store.js';
export { SqlitePracticeStore } from './sqlite-practice-store.js';
export { SqliteRepertoireStore } from './sqlite-repertoire-store.js';
export { SqliteVectorStore } from './sqlite-vector-store.js';
