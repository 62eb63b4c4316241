import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { exportDocument } from './export-document.js';
import { importDocument } from './import-document.js';
import { parseDocument } from './parse-document.js';
import { transferStores } from './test-support/transfer-stores.js';

const tempFolder = temporaryFolders();

describe('export and import of the person’s AUT answers and own ideas', () => {
  it('round-trips them, keeps a need’s ability, does not duplicate on a second import, and reads older files', () => {
    const deps = transferStores(openDatabase(tempFolder()));
    deps.aut!.insertAutScore({
      id: 'aut1',
      object: 'brick',
      uses: [
        { response: 'doorstop', originality: 1.5 },
        { response: 'ground into pigment for a mural', originality: 2.6 },
      ],
      fluency: 2,
      originality: 2.05,
      bestOriginality: 2.05,
      flexibility: 2,
      seconds: undefined,
      takenAt: new Date('2026-03-01T10:00:00Z'),
    });
    deps.mine!.insertMine([
      {
        id: 'm1',
        goalId: 'g1',
        goalText: 'a ballad for my quartet',
        domain: 'jazz',
        position: 0,
        text: 'A rubato ballad for sax alone',
        needs: [{ name: 'rubato', how: 'the intro', status: 'new' }],
        reach: 1,
        novelty: 1,
        originality: 2.4,
        createdAt: new Date('2026-03-02T10:00:00Z'),
      },
    ]);
    const first = exportDocument(deps);
    expect(first.autScores).toHaveLength(1);
    expect(first.mineIdeas[0]).toMatchObject({ id: 'm1', needs: [{ name: 'rubato', abilityId: null }] });

    const fresh = transferStores(openDatabase(tempFolder()));
    const summary = importDocument(parseDocument(JSON.stringify(first), 'export.json'), fresh);
    expect(summary.added).toMatchObject({ autScores: 1, mineIdeas: 1 });
    const { exportedAt: _a, ...again } = exportDocument(fresh);
    const { exportedAt: _b, ...original } = first;
    expect(again).toEqual(original);
    expect(importDocument(parseDocument(JSON.stringify(first), 'export.json'), fresh).added).toMatchObject({
      autScores: 0,
      mineIdeas: 0,
    });

    const { autScores: _c, mineIdeas: _d, ...older } = first;
    const parsed = parseDocument(JSON.stringify(older), 'old.json');
    expect([parsed.autScores, parsed.mineIdeas]).toEqual([[], []]);
  });

  it('imports an own idea whose id chops uses for another idea under a new id, never over the local one', () => {
    const mineIdea = (text: string, createdAt: string) => ({
      id: 'm1',
      goalId: 'g1',
      goalText: 'a cheaper assay for enzyme activity',
      domain: 'protein biochemistry',
      position: 0,
      text,
      needs: [],
      reach: undefined,
      novelty: undefined,
      originality: undefined,
      createdAt: new Date(createdAt),
    });
    const theirs = transferStores(openDatabase(tempFolder()));
    theirs.mine!.insertMine([mineIdea('Read activity off a coupled NADH assay', '2026-03-02T10:00:00Z')]);
    const file = JSON.stringify(exportDocument(theirs));

    const here = transferStores(openDatabase(tempFolder()));
    here.mine!.insertMine([mineIdea('Run the westerns on a gradient gel', '2026-02-01T09:00:00Z')]);
    const summary = importDocument(parseDocument(file, 'theirs.json'), here);
    expect(summary.renamed).toBe(1);
    const texts = here.mine!.listMine().map((idea) => [idea.id === 'm1', idea.text]);
    expect(texts).toEqual(
      expect.arrayContaining([
        [true, 'Run the westerns on a gradient gel'],
        [false, 'Read activity off a coupled NADH assay'],
      ]),
    );
  });
});
