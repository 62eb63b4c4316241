import { afterEach, describe, expect, it } from 'vitest';
import { runChops } from '../../../test/support/run-chops.js';
import { type ScriptedProvider, startScriptedProvider } from '../../../test/support/scripted-provider.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { realDatLexicon } from '../../usecases/dat/test-support/real-lexicon.js';
import { loopModel } from '../server/test-support/scripted-loop.js';
import { type ServerFixture, serverFixture } from '../server/test-support/server-fixture.js';

const tempFolder = temporaryFolders();
let fixture: ServerFixture | undefined;
let provider: ScriptedProvider | undefined;
afterEach(async () => {
  fixture?.close();
  await provider?.close();
});

type Json = Record<string, unknown>;

/**
 * The keys of a JSON value, all the way down: objects by their sorted keys, arrays by the union of their
 * items' shapes. Values themselves (ids, times, scores) may differ between two runs; the shape may not.
 */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(shape);
    return items.length === 0 ? [] : [mergeShapes(items)];
  }
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, shape((value as Json)[key])]),
    );
  return 'value';
}

function mergeShapes(shapes: unknown[]): unknown {
  const objects = shapes.filter((s): s is Json => s !== null && typeof s === 'object' && !Array.isArray(s));
  if (objects.length !== shapes.length) return shapes[0];
  const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))].sort();
  return Object.fromEntries(keys.map((key) => [key, objects.find((o) => key in o)![key]]));
}

describe('the CLI’s --json and the API’s answer', () => {
  it('have the same shape for the same scripted run: imagine, make, learn, artifact, practice, dat, aut', async () => {
    provider = await startScriptedProvider(loopModel());
    const env = {
      CHOPS_MODEL: 'openai-compatible:test',
      CHOPS_BASE_URL: provider.baseUrl,
      CHOPS_DICTIONARY: (await realDatLexicon()).dictionaryPath,
    };
    const home = tempFolder();
    const cli = async (...argv: string[]) => {
      const result = await runChops([...argv, '--json'], { home, env });
      expect(result.code, `${argv.join(' ')}: ${result.stderr}`).toBe(0);
      return JSON.parse(result.stdout) as Json;
    };
    fixture = serverFixture(tempFolder(), env);
    const f = fixture;
    const api = async (path: string, json?: unknown) => {
      const response = await f.request(`/api${path}`, json === undefined ? {} : { method: 'POST', json });
      expect(response.status, path).toBeLessThan(300);
      return (await response.json()) as Json;
    };

    await cli('can', 'waltz form', '-d', 'music');
    await api('/abilities', { names: ['waltz form'], domain: 'music' });

    const imaginedByCli = await cli('imagine', 'a piece about the sea', '-n', '1');
    const imaginedByApi = await api('/imagine', { goal: 'a piece about the sea', count: 1 });
    expect(shape(imaginedByCli)).toEqual(shape(imaginedByApi));
    const ideaOf = (imagined: Json) => (imagined.reach as Json[])[0]!.id as string;

    const ideaByCli = await cli('idea', ideaOf(imaginedByCli));
    expect(shape(ideaByCli)).toEqual(shape(await api(`/ideas/${ideaOf(imaginedByApi)}`)));

    const madeByCli = await cli('make', ideaOf(imaginedByCli), '-f', 'abc');
    const madeByApi = await api('/make', { ideaId: ideaOf(imaginedByApi), format: 'abc' });
    expect(madeByApi).toMatchObject({ passed: true, formatChosen: false, written: null });
    expect(shape(madeByCli)).toEqual(shape(madeByApi));

    const learnedByCli = await cli('learn', madeByCli.id as string);
    const learnedByApi = await api('/learn', { artifactId: madeByApi.id });
    expect((learnedByApi.tricks as Json[]).length).toBe(1);
    expect(shape(learnedByCli)).toEqual(shape(learnedByApi));

    const artifactByCli = await cli('artifact', madeByCli.id as string);
    const artifactByApi = await api(`/artifacts/${madeByApi.id}`);
    expect(artifactByApi).toMatchObject({ shown: 2 });
    expect(shape(artifactByCli)).toEqual(shape(artifactByApi));

    const queueByCli = await cli('practice');
    const queueByApi = await api('/practice/queue');
    expect((queueByApi.cards as Json[]).length).toBe(3);
    expect(shape(queueByCli)).toEqual(shape(queueByApi));

    const cardOf = (queue: Json) => (queue.cards as Json[])[0]!.id as string;
    const reviewByCli = await cli('practice', '--answer', cardOf(queueByCli), '--rating', 'good');
    const reviewByApi = await api('/practice/reviews', { cardId: cardOf(queueByApi), rating: 'good' });
    expect(shape(reviewByCli)).toEqual(shape(reviewByApi));

    const list = 'flower,donkey,magnifier,apple,rock,cloud,toupee,fan,dirt,qwertyuiop';
    const datByCli = await cli('dat', '--words', list);
    const datByApi = await api('/dat', { words: list.split(',') });
    expect(datByApi).toMatchObject({ kept: true });
    expect(shape(datByCli)).toEqual(shape(datByApi));

    const autByCli = await cli('aut', '--object', 'brick', '--uses', 'doorstop; a pigment');
    const autByApi = await api('/aut', { object: 'brick', uses: ['doorstop', 'a pigment'] });
    expect(shape(autByCli)).toEqual(shape(autByApi));
  });
});
