import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteOwnIdeasLedgerStore } from '../../adapters/store/sqlite-own-ideas-ledger-store.js';
import { exportDocument } from './export-document.js';
import { importDocument } from './import-document.js';
import { parseDocument } from './parse-document.js';
import { transferStores } from './test-support/transfer-stores.js';

const tempFolder = temporaryFolders();
const at = (day: number) => new Date(`2026-03-0${day}T10:00:00Z`);
const model = 'words:wink-100d-sif';

/** A goal with one model idea, its history, an artifact made with a data file, an own idea; vectors. */
function filled() {
  const db = openDatabase(tempFolder());
  const deps = transferStores(db);
  deps.ideas.insertGoal({
    id: 'g1',
    text: 'a cheaper assay for enzyme activity',
    domain: 'protein biochemistry',
    model: 'test-model',
    soloSpread: 0.4,
    reachSpread: 0.5,
    gain: 1.25,
    notes: [],
    createdAt: at(1),
  });
  const need = { name: 'coupled assays', how: 'NADH readout', status: 'new' as const };
  deps.ideas.insertIdeas([
    {
      id: 'i1',
      goalId: 'g1',
      set: 'reach',
      title: 'A coupled NADH assay',
      pitch: 'Read activity off NADH at 340 nm.',
      lens: 'a clinician',
      needs: [need],
      reach: 1,
      novelty: 0.5,
      createdAt: at(1),
    },
  ]);
  deps.ideas.addGoalHistory({
    goalId: 'g1',
    until: at(2),
    soloSpread: undefined,
    reachSpread: 0.5,
    gain: undefined,
    ideas: [{ id: 'i1', set: 'reach', needs: [need], reach: 1 }],
  });
  deps.artifacts.insertArtifact(
    {
      id: 'a1',
      ideaId: 'i1',
      format: 'js',
      title: 'Rates',
      passed: true,
      abilities: [],
      model: 'test-model',
      createdAt: at(3),
      dataFiles: [
        {
          name: 'plate.csv',
          path: 'data/plate.csv',
          format: 'csv',
          bytes: 120,
          rows: 4,
          columns: 3,
          sha256: 'a'.repeat(64),
        },
      ],
    },
    [
      {
        artifactId: 'a1',
        number: 1,
        content: 'x',
        check: { passed: true, problems: [], durationMs: 3 },
        createdAt: at(3),
      },
    ],
  );
  deps.mine!.insertMine([
    {
      id: 'm1',
      goalId: 'g1',
      goalText: 'a cheaper assay for enzyme activity',
      domain: 'protein biochemistry',
      position: 0,
      text: 'Follow the colour of a pH indicator',
      needs: [],
      reach: undefined,
      novelty: undefined,
      originality: 2.5,
      createdAt: at(1),
    },
  ]);
  deps.vectors!.putVector('idea', 'i1', model, Float32Array.from([0.6, 0.8, 0]));
  deps.vectors!.putVector('mine', 'm1', model, Float32Array.from([0.8, 0.6, 0]));
  return { db, deps };
}

describe('export and import of goal history, data-file records and idea vectors', () => {
  it('round-trips them, so the ledger still compares the person’s ideas with the model’s', () => {
    const { deps } = filled();
    const first = exportDocument(deps);
    expect(first.goals[0]!.history).toHaveLength(1);
    expect(first.artifacts[0]!.dataFiles).toEqual([expect.objectContaining({ name: 'plate.csv' })]);
    expect(first.mineIdeas[0]!.vectors).toEqual([{ model, vector: expect.any(String) }]);

    const fresh = transferStores(openDatabase(tempFolder()));
    importDocument(parseDocument(JSON.stringify(first), 'export.json'), fresh);
    const { exportedAt: _a, ...again } = exportDocument(fresh);
    const { exportedAt: _b, ...original } = first;
    expect(again).toEqual(original);
    expect(fresh.ideas.listGoalHistory('g1')).toEqual(deps.ideas.listGoalHistory('g1'));
    expect(fresh.artifacts.getArtifact('a1')?.dataFiles).toEqual(deps.artifacts.getArtifact('a1')?.dataFiles);
    expect([...fresh.vectors!.getVectors('mine', model).get('m1')!]).toEqual([
      ...Float32Array.from([0.8, 0.6, 0]),
    ]);
  });

  it('gives the ledger both vectors after an import into an empty chops', () => {
    const { deps } = filled();
    const db = openDatabase(tempFolder());
    importDocument(parseDocument(JSON.stringify(exportDocument(deps)), 'export.json'), transferStores(db));
    const [row] = new SqliteOwnIdeasLedgerStore(db).ownIdeas({ since: 0 });
    expect(row?.vector).toBeDefined();
    expect(row?.modelVectors).toHaveLength(1);
  });

  it('refuses a vector that is not float32 in base64, and reads files without vectors or history', () => {
    const { deps } = filled();
    const document = exportDocument(deps);
    const bad = structuredClone(document);
    bad.mineIdeas[0]!.vectors = [{ model, vector: 'AAA=' }];
    expect(() => parseDocument(JSON.stringify(bad), 'bad.json')).toThrow(/vector/);
    const older = structuredClone(document) as {
      goals: Record<string, unknown>[];
      artifacts: Record<string, unknown>[];
    };
    delete older.goals[0]!.history;
    delete older.artifacts[0]!.dataFiles;
    const fresh = transferStores(openDatabase(tempFolder()));
    importDocument(parseDocument(JSON.stringify(older), 'old.json'), fresh);
    expect(fresh.ideas.listGoalHistory('g1')).toEqual([]);
  });
});
