import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteRepertoireStore } from '../../adapters/store/sqlite-repertoire-store.js';
import { nameKey } from '../../domain/ability-name.js';
import { findAbility } from './find-ability.js';

const folder = temporaryFolders();

function storeWith(abilities: [id: string, name: string][]) {
  const store = new SqliteRepertoireStore(openDatabase(folder()));
  const at = new Date('2026-03-01T00:00:00Z');
  for (const [id, name] of abilities)
    store.insertAbility({
      id,
      name,
      key: nameKey(name),
      domain: 'jazz',
      kind: 'technique',
      summary: '',
      status: 'own',
      createdAt: at,
      updatedAt: at,
    });
  return store;
}

describe('findAbility', () => {
  it('finds an ability by its id, its name, or a typed prefix of its id', () => {
    const store = storeWith([
      ['0f1e2d3c4b5a6978', 'chord voicing'],
      ['9a8b7c6d5e4f3021', 'walking bass'],
    ]);
    expect(findAbility(store, '9a8b7c6d5e4f3021').name).toBe('walking bass');
    expect(findAbility(store, 'Chord voicings').id).toBe('0f1e2d3c4b5a6978');
    expect(findAbility(store, '9a8b').name).toBe('walking bass');
    expect(() => findAbility(store, '9a8')).toThrow('no ability "9a8"');
  });

  it('prefers a name to an id that starts the same way', () => {
    const store = storeWith([
      ['cafe0123456789ab', 'swing feel'],
      ['0123456789abcdef', 'cafe'],
    ]);
    expect(findAbility(store, 'cafe').id).toBe('0123456789abcdef');
  });
});
