import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import type { Ability } from '../../domain/ability.js';
import { nameKey } from '../../domain/ability-name.js';
import { exportDocument } from './export-document.js';
import { importDocument } from './import-document.js';
import { parseDocument } from './parse-document.js';
import { transferStores } from './test-support/transfer-stores.js';

const tempFolder = temporaryFolders();
const at = new Date('2026-02-01T00:00:00Z');
const ability = (id: string, name: string): Ability => ({
  id,
  name,
  key: nameKey(name),
  domain: 'tenor saxophone',
  kind: 'technique',
  summary: '',
  status: 'own',
  createdAt: at,
  updatedAt: at,
});

describe('aliases and "not yet" in export and import', () => {
  it('round-trip, and an alias that is another ability’s name here is left out, not merged', () => {
    const from = transferStores(openDatabase(tempFolder()));
    from.repertoire.insertAbility(ability('a1', 'ii-V-I'));
    from.repertoire.addAlias({
      abilityId: 'a1',
      name: '2-5-1s',
      key: nameKey('2-5-1s'),
      source: 'merged',
      createdAt: at,
    });
    from.repertoire.addAlias({
      abilityId: 'a1',
      name: 'ii–V–I progressions',
      key: nameKey('ii–V–I progressions'),
      source: 'matched',
      createdAt: at,
    });
    from.repertoire.rememberNotYet({ key: nameKey('JavaScript'), name: 'JavaScript', at });
    const text = JSON.stringify(exportDocument(from));

    const into = transferStores(openDatabase(tempFolder()));
    importDocument(parseDocument(text, 'file'), into);
    expect(into.repertoire.getAbility('a1')?.aliases).toEqual(['2-5-1s', 'ii–V–I progressions']);
    expect(into.repertoire.listNotYet().map((n) => n.name)).toEqual(['JavaScript']);
    expect(JSON.stringify(exportDocument(into))).toBe(text);

    // Here "2-5-1s" is an ability of its own: the file's alias for it is not taken.
    const other = transferStores(openDatabase(tempFolder()));
    other.repertoire.insertAbility(ability('b1', '2-5-1s'));
    importDocument(parseDocument(text, 'file'), other);
    expect(other.repertoire.getAbility('a1')?.aliases).toEqual(['ii–V–I progressions']);
    expect(
      other.repertoire
        .listAbilities()
        .map((a) => a.name)
        .sort(),
    ).toEqual(['2-5-1s', 'ii-V-I']);
  });

  it('reads files written before aliases', () => {
    const from = transferStores(openDatabase(tempFolder()));
    from.repertoire.insertAbility(ability('a1', 'guide tones'));
    const old = exportDocument(from) as unknown as Record<string, unknown> & {
      abilities: Record<string, unknown>[];
    };
    delete old.notYet;
    for (const entry of old.abilities) delete entry.aliases;
    const into = transferStores(openDatabase(tempFolder()));
    importDocument(parseDocument(JSON.stringify(old), 'file'), into);
    expect(into.repertoire.getAbility('a1')?.name).toBe('guide tones');
  });
});
