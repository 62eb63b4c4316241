import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { wordEmbedder } from '../../../test/support/word-embedder.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteIdeaStore } from '../../adapters/store/sqlite-idea-store.js';
import { SqliteRepertoireStore } from '../../adapters/store/sqlite-repertoire-store.js';
import { SqliteVectorStore } from '../../adapters/store/sqlite-vector-store.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import type { ChecklistDeps } from '../../usecases/recognition/checklist.js';
import { addAbilities } from '../../usecases/repertoire/add-abilities.js';
import { askChecklist } from './checklist-prompt.js';
import type { CliContext } from './cli-context.js';
import { createOutput } from './output.js';

const tempFolder = temporaryFolders();
let embedder: Embedder;
beforeAll(async () => {
  embedder = await wordEmbedder();
});

/** A terminal that types `keys` one at a time, each once the previous question is on screen. */
function terminal(keys: string[]) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin });
  const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 100, rows: 40 });
  let shown = '';
  let questions = 0;
  stdout.on('data', (chunk: Buffer) => {
    shown += chunk.toString('utf8');
    const asked = (shown.match(/Skip \(ask me later\)/g) ?? []).length;
    if (asked > questions && keys.length) {
      questions = asked;
      const key = keys.shift()!;
      setTimeout(() => stdin.write(key), 5);
    }
  });
  const io = { stdin, stdout, stderr: new PassThrough(), env: { NO_COLOR: '1' } };
  const cli = {
    io,
    output: createOutput(stdout, io.stderr, io.env),
    interactive: true,
  } as unknown as CliContext;
  return { cli, shown: () => shown };
}

async function deps(): Promise<ChecklistDeps> {
  const db = openDatabase(tempFolder());
  let id = 0;
  const base = {
    store: new SqliteRepertoireStore(db),
    vectors: new SqliteVectorStore(db),
    ideas: new SqliteIdeaStore(db),
    embedder,
    clock: { now: () => new Date('2026-03-01T10:00:00Z') },
    generateId: () => `id${++id}`,
  };
  await addAbilities({ names: ['westerns'], domain: 'biochemistry' }, base);
  return base;
}

const down = '\u001b[B';
const enter = '\r';

describe('the checklist at a terminal', () => {
  it('asks each need in turn and applies yes (as the suggested ability), not yet and skip', async () => {
    const d = await deps();
    const westerns = d.store.listAbilities()[0]!;
    const { cli, shown } = terminal([enter, `${down}${enter}`, `${down}${down}${enter}`]);
    const result = await askChecklist(
      cli,
      [
        { name: 'Western blotting', neededBy: 2, completes: 1, sameAs: westerns },
        { name: 'pipetting', neededBy: 1, completes: 1 },
        { name: 'pipetting robots', neededBy: 1, completes: 0 },
      ],
      'biochemistry',
      d,
    );
    expect(shown()).toContain('Yes: it is my "westerns"');
    expect(result?.confirmed.map((c) => c.name)).toEqual(['Western blotting']);
    expect(result?.notYet).toEqual(['pipetting']);
    expect(d.store.listAbilities().find((a) => a.name === 'westerns')?.aliases).toEqual(['Western blotting']);
    expect(d.store.listNotYet().map((n) => n.name)).toEqual(['pipetting']);
  });

  it('keeps the answers given before Ctrl-C', async () => {
    const d = await deps();
    const { cli, shown } = terminal([enter, '\u0003']);
    const result = await askChecklist(
      cli,
      [
        { name: 'pipetting', neededBy: 1, completes: 1 },
        { name: 'Python scripting', neededBy: 1, completes: 0 },
      ],
      'biochemistry',
      d,
    );
    expect(shown()).toContain('the answers given so far are kept');
    expect(result?.owned.map((o) => o.ability.name)).toEqual(['pipetting']);
    expect(d.store.listNotYet()).toEqual([]);
  });
});
