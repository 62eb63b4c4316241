import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { seedLedgerFixture } from '../../src/usecases/measure/test-support/ledger-fixture.js';
import type { ChopsDocument } from '../../src/usecases/transfer/document-schema.js';
import { runChops } from '../support/run-chops.js';
import { temporaryFolders } from '../support/temp-folder.js';
import { tableCounts } from './support/database-checks.js';

// Hostile import files through the CLI (the rules themselves are tested beside the import use case, in
// src/usecases/transfer/import-hostile.test.ts): one line, exit 1, and the database as it was; or, for
// a file whose ids name other records here, its records beside chops's own, never grafted onto them.

const tempFolder = temporaryFolders();

async function seeded() {
  const home = tempFolder();
  seedLedgerFixture(openDatabase(home));
  const document = JSON.parse((await runChops(['export'], { home })).stdout);
  return { home, document: JSON.parse(JSON.stringify(document)) as ChopsDocument };
}

function fileOf(document: unknown): string {
  const path = join(tempFolder(), 'hostile.json');
  writeFileSync(path, JSON.stringify(document));
  return path;
}

describe('hostile import files', () => {
  it.each([
    [
      'a card stability of -5',
      (d: ChopsDocument) =>
        Object.assign(d.tricks[0]!.cards[0]!.memory, {
          state: 'review',
          stability: -5,
          difficulty: 5,
          lastReview: d.exportedAt,
        }),
      /stability -5 is outside/,
    ],
    [
      'a card stability of 1e308',
      (d: ChopsDocument) =>
        Object.assign(d.tricks[0]!.cards[0]!.memory, {
          state: 'review',
          stability: 1e308,
          difficulty: 5,
          lastReview: d.exportedAt,
        }),
      /stability 1e\+308/,
    ],
    [
      'a difficulty of -100',
      (d: ChopsDocument) =>
        Object.assign(d.tricks[0]!.cards[0]!.memory, {
          state: 'review',
          stability: 3,
          difficulty: -100,
          lastReview: d.exportedAt,
        }),
      /difficulty -100/,
    ],
    [
      'an earlier state of a billion reps',
      (d: ChopsDocument) => Object.assign(d.reviews[0]!.before, { reps: 1e9 }),
      /reviews\[0\]\.before: reps 1000000000/,
    ],
    [
      'two abilities sharing an id',
      (d: ChopsDocument) => Object.assign(d.abilities[1]!, { id: d.abilities[0]!.id }),
      /abilities\[1\]\.id: the ability id .* is also the id of abilities\[0\]/,
    ],
    [
      'an artifact without attempts',
      (d: ChopsDocument) => Object.assign(d.artifacts[0]!, { attempts: [] }),
      /an artifact has at least one attempt/,
    ],
    [
      'a date that is no date',
      (d: ChopsDocument) => Object.assign(d.goals[0]!, { createdAt: '2026-02-31T00:00:00Z' }),
      /goals\[0\]\.createdAt/,
    ],
  ])('refuses %s in one line, changing nothing', async (_name, spoil, message) => {
    const { document } = await seeded();
    spoil(document);
    const target = tempFolder();
    openDatabase(target).close();
    const before = tableCounts(target);
    const result = await runChops(['import', fileOf(document)], { home: target });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(tableCounts(target)).toEqual(before);
  });

  it('keeps a file whose ids name other records here apart, and undo refuses an imported review', async () => {
    const { home, document } = await seeded();
    const art1 = document.artifacts.find((a) => a.id === 'art1')!;
    art1.attempts.push({
      ...art1.attempts[0]!,
      number: art1.attempts.length + 1,
      content: '# HIJACKED',
      passed: true,
    });
    for (const goal of document.goals) goal.text = `injected: ${goal.text}`;
    const result = await runChops(['import', fileOf(document)], { home });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /\d+ records had ids chops already uses for other records; they were imported under new ids/,
    );
    const shown = await runChops(['artifact', 'art1', '--json'], { home });
    expect(JSON.stringify(JSON.parse(shown.stdout).attempts)).not.toContain('HIJACKED');
    const ideas = JSON.parse((await runChops(['ideas', '--json'], { home })).stdout);
    expect(ideas.length).toBeGreaterThan(0);

    const fresh = tempFolder();
    expect((await runChops(['import', fileOf(document)], { home: fresh })).code).toBe(0);
    const undo = await runChops(['practice', '--undo'], { home: fresh });
    expect(undo.code).toBe(1);
    expect(undo.stderr.trim()).toMatch(/came from an import; chops undoes only the reviews made here/);
  });
});
