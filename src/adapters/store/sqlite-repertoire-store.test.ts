import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import type { Ability } from '../../domain/ability.js';
import { openDatabase } from './open-database.js';
import { SqliteRepertoireStore } from './sqlite-repertoire-store.js';
import { SqliteVectorStore } from './sqlite-vector-store.js';

const tempFolder = temporaryFolders();
const at = new Date('2026-01-02T03:04:05.678Z');

function ability(id: string, name: string, overrides: Partial<Ability> = {}): Ability {
  return {
    id,
    name,
    key: name.toLowerCase(),
    domain: 'music',
    kind: 'technique',
    summary: '',
    status: 'own',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

describe('SqliteRepertoireStore', () => {
  it('round-trips abilities, filters by domain (any case) and status, and keeps events', () => {
    const store = new SqliteRepertoireStore(openDatabase(tempFolder()));
    store.insertAbility(ability('a1', 'Blues scale'));
    store.insertAbility(
      ability('a2', 'FFT', { domain: 'Signal processing', status: 'lent', kind: 'concept' }),
    );
    store.addAbilityEvent({ abilityId: 'a2', status: 'lent', at });
    expect(store.getAbility('a1')).toEqual(ability('a1', 'Blues scale'));
    expect(store.listAbilities({ domain: 'MUSIC' }).map((a) => a.id)).toEqual(['a1']);
    expect(store.listAbilities({ status: 'lent' }).map((a) => a.id)).toEqual(['a2']);
    expect(store.domains()).toEqual(['music', 'Signal processing']);
    expect(store.listAbilityEvents()).toEqual([{ abilityId: 'a2', status: 'lent', at }]);
    expect(store.findAbilitiesByName('fft').map((a) => a.id)).toEqual(['a2']);
  });

  it('refuses two abilities with one key in one domain', () => {
    const store = new SqliteRepertoireStore(openDatabase(tempFolder()));
    store.insertAbility(ability('a1', 'Blues scale'));
    expect(() => store.insertAbility(ability('a2', 'blues scale', { key: 'blues scale' }))).toThrow(/UNIQUE/);
  });

  it('rolls a failed transaction back whole', () => {
    const store = new SqliteRepertoireStore(openDatabase(tempFolder()));
    expect(() =>
      store.transaction(() => {
        store.insertAbility(ability('a1', 'Blues scale'));
        store.insertAbility(ability('a1', 'Duplicate id'));
      }),
    ).toThrow();
    expect(store.listAbilities()).toEqual([]);
  });

  it('removes an ability with its events and vectors', () => {
    const db = openDatabase(tempFolder());
    const store = new SqliteRepertoireStore(db);
    const vectors = new SqliteVectorStore(db);
    store.insertAbility(ability('a1', 'Blues scale'));
    store.addAbilityEvent({ abilityId: 'a1', status: 'own', at });
    vectors.putVector('ability', 'a1', 'words:test', new Float32Array([1, 0]));
    store.removeAbility('a1');
    expect(store.listAbilityEvents()).toEqual([]);
    expect(vectors.getVectors('ability', 'words:test').size).toBe(0);
  });

  it('keeps the person', () => {
    const store = new SqliteRepertoireStore(openDatabase(tempFolder()));
    expect(store.getPerson()).toBeUndefined();
    store.savePerson({ name: 'Ada', about: 'plays', domains: ['jazz', 'math'], createdAt: at });
    store.savePerson({ name: 'Ada L.', about: 'plays', domains: ['jazz'], createdAt: new Date() });
    expect(store.getPerson()).toEqual({ name: 'Ada L.', about: 'plays', domains: ['jazz'], createdAt: at });
  });
});

describe('SqliteVectorStore', () => {
  it('keeps vectors per model and never mixes them', () => {
    const vectors = new SqliteVectorStore(openDatabase(tempFolder()));
    vectors.putVector('ability', 'a1', 'model-a', new Float32Array([0.25, -1.5, 3]));
    vectors.putVector('ability', 'a1', 'model-b', new Float32Array([9]));
    vectors.putVector('ability', 'a2', 'model-a', new Float32Array([1, 2, 3]));
    expect([...vectors.getVectors('ability', 'model-a', ['a1']).get('a1')!]).toEqual([0.25, -1.5, 3]);
    expect([...vectors.getVectors('ability', 'model-b').keys()]).toEqual(['a1']);
    expect(vectors.getVectors('idea', 'model-a').size).toBe(0);
    vectors.putVector('ability', 'a1', 'model-a', new Float32Array([7, 7, 7]));
    expect([...vectors.getVectors('ability', 'model-a').get('a1')!]).toEqual([7, 7, 7]);
  });
});
