import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { nameKey } from '../../domain/ability-name.js';
import { UserInputError } from '../../domain/errors/index.js';
import { seedLedgerFixture } from '../measure/test-support/ledger-fixture.js';
import type { ChopsDocument } from './document-schema.js';
import { exportDocument } from './export-document.js';
import { importDocument } from './import-document.js';
import { parseDocument } from './parse-document.js';
import { rowCounts, transferStores } from './test-support/transfer-stores.js';

const tempFolder = temporaryFolders();

function seededDocument(): ChopsDocument {
  const db = openDatabase(tempFolder());
  seedLedgerFixture(db);
  return exportDocument(transferStores(db));
}

function withoutTime(document: ChopsDocument) {
  const { exportedAt: _, ...rest } = document;
  return rest;
}

describe('export and import', () => {
  it('round-trips everything: export, import into a fresh home, export again gives the same document', () => {
    const first = seededDocument();
    expect(first).toMatchObject({ chops: 1, exportedAt: '2026-03-05T08:00:00.000Z' });
    expect(first.abilities).toHaveLength(4);
    expect(first.goals.flatMap((g) => g.ideas)).toHaveLength(5);
    expect(first.artifacts.find((a) => a.id === 'art1')?.attempts).toHaveLength(2);
    expect(first.tricks.flatMap((t) => t.cards)).toHaveLength(3);
    expect(first.reviews.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(first.datScores).toHaveLength(2);

    const db = openDatabase(tempFolder());
    const deps = transferStores(db, new Date('2027-01-01T00:00:00Z'));
    // Through text and the schema, as `chops import` reads it.
    const summary = importDocument(parseDocument(JSON.stringify(first), 'export.json'), deps);
    expect(summary.added).toMatchObject({
      person: 1,
      abilities: 4,
      events: 7,
      ideas: 5,
      attempts: 4,
      reviews: 5,
    });
    const second = exportDocument(deps);
    expect(withoutTime(second)).toEqual(withoutTime(first));
    expect(second.exportedAt).toBe('2027-01-01T00:00:00.000Z');
  });

  it('keeps the checks of checked cards and the cells of drills, and reads older exports without them', () => {
    const db = openDatabase(tempFolder());
    seedLedgerFixture(db);
    const stores = transferStores(db);
    const [card] = stores.practice.listCards({});
    const at = card!.createdAt;
    stores.practice.insertTricks(
      [],
      [
        {
          ...card!,
          id: 'checked',
          formatCheck: { format: 'abc', condition: { meter: '4/4', bars: 1, key: 'C', endsOn: 3 } },
          createdAt: at,
        },
        { ...card!, id: 'cell', drill: { drillId: 'd1', key: 'Eb', tempo: 96 }, createdAt: at },
      ],
    );
    const document = exportDocument(stores);
    const cards = document.tricks.flatMap((t) => t.cards);
    expect(cards.find((c) => c.id === 'cell')?.drill).toEqual({ drillId: 'd1', key: 'Eb', tempo: 96 });

    const home = transferStores(openDatabase(tempFolder()));
    importDocument(parseDocument(JSON.stringify(document), 'export.json'), home);
    expect(home.practice.getCard('checked')?.formatCheck).toEqual({
      format: 'abc',
      condition: { meter: '4/4', bars: 1, key: 'C', endsOn: 3 },
    });
    expect(home.practice.getCard('cell')?.drill).toEqual({ drillId: 'd1', key: 'Eb', tempo: 96 });

    const older = JSON.parse(JSON.stringify(document));
    for (const trick of older.tricks)
      for (const entry of trick.cards) {
        delete entry.formatCheck;
        delete entry.drill;
      }
    const again = transferStores(openDatabase(tempFolder()));
    importDocument(parseDocument(JSON.stringify(older), 'export.json'), again);
    expect(again.practice.getCard('checked')?.formatCheck).toBeUndefined();
  });

  it('merges into a home that has part of it, without duplicates', () => {
    const document = seededDocument();
    const db = openDatabase(tempFolder());
    const deps = transferStores(db);
    importDocument(document, deps);
    const before = rowCounts(db);
    const again = importDocument(document, deps);
    expect(Object.values(again.added).every((count) => count === 0)).toBe(true);
    expect(rowCounts(db)).toEqual(before);
  });

  it('maps an ability chops has under another id (same domain and name) onto it, references and all', () => {
    const document = seededDocument();
    const db = openDatabase(tempFolder());
    const deps = transferStores(db);
    const at = new Date('2025-12-01T00:00:00Z');
    deps.repertoire.insertAbility({
      id: 'local-voice',
      name: 'Voice Leading',
      key: nameKey('Voice Leading'),
      domain: 'MUSIC',
      kind: 'concept',
      summary: 'mine',
      status: 'lent',
      createdAt: at,
      updatedAt: at,
    });
    const summary = importDocument(document, deps);
    expect(summary.mergedAbilities).toBe(1);
    expect(
      deps.repertoire
        .listAbilities()
        .map((a) => a.id)
        .sort(),
    ).toEqual(['a-abc', 'a-fft', 'a-rust', 'local-voice']);
    // The file's copy is newer: its status wins; the name stays as chops had it.
    expect(deps.repertoire.getAbility('local-voice')).toMatchObject({ status: 'own', name: 'Voice Leading' });
    expect(deps.practice.getTrick('t1')?.abilityId).toBe('local-voice');
    expect(deps.practice.getCard('c1')?.abilityId).toBe('local-voice');
    expect(deps.practice.getReview('r1')?.abilityId).toBe('local-voice');
    expect(deps.ideas.getIdea('g1-r1')?.needs[0]?.abilityId).toBe('local-voice');
    expect(deps.artifacts.getArtifact('art1')?.abilities[0]?.abilityId).toBe('local-voice');
    expect(deps.repertoire.listAbilityEvents().filter((e) => e.abilityId === 'local-voice')).toHaveLength(3);
  });

  it('refuses a reference to a record that is nowhere, and changes nothing', () => {
    const document = seededDocument();
    document.reviews.push({ ...document.reviews[0]!, id: 'r-stray', cardId: 'no-such-card' });
    const db = openDatabase(tempFolder());
    const before = rowCounts(db);
    expect(() => importDocument(document, transferStores(db))).toThrow(
      /reviews\[5\] names card "no-such-card", which is neither in the file nor in chops/,
    );
    expect(rowCounts(db)).toEqual(before);
  });
});

describe('parseDocument refuses hostile or malformed files in one line', () => {
  const valid = () => JSON.parse(JSON.stringify(seededDocument()));
  const refuse = (text: string) => {
    try {
      parseDocument(text, 'f.json');
    } catch (error) {
      expect(error).toBeInstanceOf(UserInputError);
      expect((error as Error).message).not.toContain('\n');
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  it('bad JSON, no version, a newer version', () => {
    expect(refuse('{"chops": 1,')).toMatch(/^f\.json is not JSON/);
    expect(refuse('[1, 2]')).toMatch(/not a chops export/);
    expect(refuse(JSON.stringify({ ...valid(), chops: 2 }))).toMatch(/newer chops \(format 2\)/);
  });

  it('wrong types, huge strings, control characters in names', () => {
    const wrongType = valid();
    wrongType.goals[0].ideas[0].reach = 'high';
    expect(refuse(JSON.stringify(wrongType))).toMatch(/goals\[\d\]\.ideas\[0\]\.reach/);
    const huge = valid();
    huge.abilities[0].name = 'x'.repeat(1_000_000);
    expect(refuse(JSON.stringify(huge))).toMatch(/abilities\[0\]\.name/);
    const control = valid();
    control.abilities[1].name = 'evil\u001b[2Jname';
    expect(refuse(JSON.stringify(control))).toMatch(
      /abilities\[1\]\.name: must not contain control characters/,
    );
  });

  it('prototype-pollution keys and unknown keys', () => {
    const text = JSON.stringify(valid()).replace('"person":{', '"person":{"__proto__":{"polluted":true},');
    expect(refuse(text)).toMatch(/has the key "__proto__"/);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(refuse(JSON.stringify({ ...valid(), extra: 1 }))).toMatch(/extra/);
  });
});
