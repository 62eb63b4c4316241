// A second process for the concurrency test: adds `count` abilities, one transaction each.
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { SqliteRepertoireStore } from '../../src/adapters/store/sqlite-repertoire-store.js';

const [home, prefix, count] = process.argv.slice(2);
const store = new SqliteRepertoireStore(openDatabase(home!));
for (let i = 0; i < Number(count); i++) {
  const now = new Date();
  store.transaction(() => {
    const id = `${prefix}-${i}`;
    store.insertAbility({
      id,
      name: id,
      key: id,
      domain: 'load',
      kind: 'skill',
      summary: '',
      status: 'own',
      createdAt: now,
      updatedAt: now,
    });
    store.addAbilityEvent({ abilityId: id, status: 'own', at: now });
  });
  // Readers run between writes, as a CLI listing would while a server writes.
  store.listAbilities({ domain: 'load' });
}
