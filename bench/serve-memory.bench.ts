import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localModelLoads } from '../src/adapters/local-model/index.js';
import { writeTinyTestModel } from '../src/adapters/local-model/test-support/tiny-test-model.js';
import { openDatabase } from '../src/adapters/store/open-database.js';
import { SqlitePracticeStore } from '../src/adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../src/adapters/store/sqlite-repertoire-store.js';
import { ChopsApp } from '../src/faces/chops-app.js';
import { createServerApp } from '../src/faces/server/server-app.js';
import { seedAbilityWithCards } from '../src/usecases/practice/test-support/practice-fixture.js';
import { printer } from './support.js';

const print = printer('serve-memory', 0);
const requests = 20;
const token = 'bench-token-0123456789abcdefghijklmnopqrstuvwxyz';
const port = 4998;

/**
 * The server of `chops serve` (its Hono app over one ChopsApp, requested in-process) with a local model
 * (the generated tiny GGUF, one thread, a 1024-token context so that a random model's answer stays
 * short) answering 20 model requests (grading a typed answer): resident memory after the first and
 * after the twentieth, and how many times the model was loaded. Before one model per name per app, each
 * request loaded the file and a context again and kept them.
 */
export default async function serveMemoryBench(): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), 'chops-bench-serve-'));
  const modelPath = join(home, 'tiny.gguf');
  await writeTinyTestModel(modelPath);
  const db = openDatabase(home);
  const [card] = seedAbilityWithCards(
    { practice: new SqlitePracticeStore(db), repertoire: new SqliteRepertoireStore(db) },
    'walking bass',
    1,
    { domain: 'jazz' },
  );
  db.close();
  const env = { CHOPS_HOME: home, CHOPS_MODEL: `local:${modelPath}` };
  const app = new ChopsApp({ home, env, localModel: { threads: 1, contextSize: 1024 } });
  const server = createServerApp({ app, token, port, env, log: () => {} });
  const loadsBefore = localModelLoads();
  const grade = async () => {
    const response = await server.request(`http://127.0.0.1:${port}/api/practice/grade`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        host: `127.0.0.1:${port}`,
      },
      body: JSON.stringify({ cardId: card!.id, answer: 'root, then the fifth, walking up' }),
    });
    await response.text();
    return response.status;
  };
  const residentMb = () => process.memoryUsage().rss / 2 ** 20;
  try {
    const started = performance.now();
    const statuses = [await grade()];
    const afterFirst = residentMb();
    for (let request = 1; request < requests; request++) statuses.push(await grade());
    const afterAll = residentMb();
    const answered = statuses.filter((status) => status === 200 || status === 502).length;
    print('resident memory after 1 model request', afterFirst, 'MB', 'reference', 'once');
    print(`resident memory after ${requests} model requests`, afterAll, 'MB', '< first + 50 MB', 'once');
    print(`growth over ${requests - 1} more requests`, afterAll - afterFirst, 'MB', '< 50 MB', 'once');
    print(
      `model loads for ${requests} requests (${answered} answered)`,
      localModelLoads() - loadsBefore,
      'loads',
      '1',
      'once',
    );
    print('time for all requests', performance.now() - started, 'ms', 'none', 'once');
  } finally {
    await app.close();
    await rm(home, { recursive: true, force: true });
  }
}
