import { afterEach, describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { loopModel } from './test-support/scripted-loop.js';
import { scriptedServers } from './test-support/scripted-server.js';
import { readEvents, type ServerFixture, serverFixture } from './test-support/server-fixture.js';

const tempFolder = temporaryFolders();
const scriptedServer = scriptedServers(tempFolder);
let fixture: ServerFixture | undefined;
afterEach(() => {
  fixture?.close();
  fixture = undefined;
});

async function withModel() {
  const fixture = await scriptedServer(loopModel());
  await fixture.request('/api/abilities', {
    method: 'POST',
    json: { names: ['waltz form'], domain: 'music' },
  });
  return fixture;
}

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;
const sse = { accept: 'text/event-stream' };

describe('the loop over the API', () => {
  it('imagines (JSON and SSE), makes an abc tune with its attempts streamed, learns, and practises', async () => {
    const f = await withModel();
    const plain = await f.request('/api/imagine', {
      method: 'POST',
      json: { goal: 'a piece about the sea', count: 1 },
    });
    expect(plain.status).toBe(200);
    const imagined = await json(plain);
    expect(imagined).toMatchObject({ goal: 'a piece about the sea', solo: [{ title: 'Plain waltz' }] });
    expect(imagined.reach[0].needs).toEqual([
      { name: 'waltz form', status: 'own', how: 'the structure' },
      { name: 'modal interchange', status: 'new', how: 'colour' },
    ]);

    const streamed = await f.request('/api/imagine', {
      method: 'POST',
      headers: sse,
      json: { goal: 'a sea song', count: 1 },
    });
    expect(streamed.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = await readEvents(streamed);
    expect(events[0]).toEqual({ event: 'progress', data: { message: 'finding lenses' } });
    expect(events.at(-1)?.event).toBe('result');
    expect(events.filter((e) => e.event === 'result' || e.event === 'error')).toHaveLength(1);
    // Ideas show as they arrive: candidates of both sets come before the result.
    const candidates = events.filter((e) => e.event === 'candidates') as {
      data: { set: string; ideas: { title: string }[] };
    }[];
    expect(new Set(candidates.map((e) => e.data.set))).toEqual(new Set(['solo', 'reach']));
    expect(candidates.some((e) => e.data.ideas.some((i) => i.title === 'Plain waltz'))).toBe(true);
    const ideaId = imagined.reach[0].id as string;

    expect(await json(await f.request(`/api/ideas/${ideaId}`))).toMatchObject({
      id: ideaId,
      goal: { text: 'a piece about the sea' },
    });
    // Newest first, and in pages.
    const texts = async (query: string) =>
      ((await (await f.request(`/api/goals${query}`)).json()) as Json[]).map((g) => g.text);
    expect(await texts('')).toEqual(['a sea song', 'a piece about the sea']);
    expect(await texts('?limit=1')).toEqual(['a sea song']);
    expect(await texts('?limit=1&offset=1')).toEqual(['a piece about the sea']);
    expect((await f.request('/api/goals?limit=0')).status).toBe(400);
    const goal = await json(await f.request(`/api/goals/${imagined.goalId}`));
    expect(goal.reach.map((i: Json) => i.id)).toEqual([ideaId]);

    const made = await readEvents(
      await f.request('/api/make', { method: 'POST', headers: sse, json: { ideaId, format: 'abc' } }),
    );
    const attempts = made.filter((e) => e.event === 'attempt').map((e) => e.data as Json);
    expect(attempts.map((a) => a.passed)).toEqual([false, true]);
    expect(attempts[0]!.problems.join(' ')).toMatch(/bar/i);
    const result = made.at(-1)!;
    expect(result.event).toBe('result');
    expect(result.data).toMatchObject({ format: 'abc', passed: true, lent: ['modal interchange'] });
    const artifactId = (result.data as Json).id as string;
    expect((await json(await f.request('/api/artifacts')))[0]).toMatchObject({ id: artifactId });
    // The goal's page tells which of its ideas were made, and into what.
    const madeGoal = await json(await f.request(`/api/goals/${imagined.goalId}`));
    expect(madeGoal.reach[0].made).toEqual([{ id: artifactId, format: 'abc', passed: true }]);
    expect(madeGoal.solo[0].made).toEqual([]);

    const learned = await json(await f.request('/api/learn', { method: 'POST', json: { artifactId } }));
    expect(learned.tricks[0]).toMatchObject({
      name: 'Borrow iv from the parallel minor',
      ability: 'modal interchange',
    });
    expect(learned.nowLearning).toEqual(['modal interchange']);
    const artifact = await json(await f.request(`/api/artifacts/${artifactId}`));
    expect(artifact.attempts).toHaveLength(2);
    expect(artifact.tricks[0].cards).toHaveLength(3);

    const queue = await json(await f.request('/api/practice/queue'));
    expect(queue.total).toBe(3);
    const cardId = queue.cards[0].id as string;
    // Each rating's next due time, previewed: later for better ratings, and what the review then gives.
    const next = queue.cards[0].next as Record<string, string>;
    const times = ['again', 'hard', 'good', 'easy'].map((r) => Date.parse(next[r]!));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(times[3]).toBeGreaterThan(times[0]!);
    const review = await f.request('/api/practice/reviews', {
      method: 'POST',
      json: { cardId, rating: 'good' },
    });
    expect(review.status).toBe(201);
    const reviewed = await json(review);
    expect(reviewed).toMatchObject({ cardId, rating: 'good', promoted: null });
    expect(Math.abs(Date.parse(reviewed.due) - Date.parse(next.good!))).toBeLessThan(60_000);
    // The answer previews the card's next ratings too (a card that comes back is asked with them).
    expect(Object.keys(reviewed.next)).toEqual(['again', 'hard', 'good', 'easy']);
    expect((await json(await f.request('/api/practice/queue'))).total).toBe(2);
    const undone = await json(await f.request('/api/practice/undo', { method: 'POST', json: {} }));
    expect(undone).toMatchObject({ cardId, rating: 'good' });
    expect((await json(await f.request('/api/practice/queue'))).total).toBe(3);
    const grade = await json(
      await f.request('/api/practice/grade', { method: 'POST', json: { cardId, answer: 'F minor' } }),
    );
    expect(grade).toEqual({ rating: 'good', reason: 'Right in substance.' });
  });

  it('answers bad input with 400/404 and the error shape, and no model with 503 (JSON) or an error event', async () => {
    fixture = serverFixture(tempFolder());
    const f = fixture;
    const noModel = await f.request('/api/imagine', { method: 'POST', json: { goal: 'a song' } });
    expect(noModel.status).toBe(503);
    expect((await json(noModel)).error.code).toBe('no_model');
    const streamed = await readEvents(
      await f.request('/api/imagine', { method: 'POST', headers: sse, json: { goal: 'a song' } }),
    );
    expect(streamed.at(-1)).toMatchObject({
      event: 'error',
      data: { status: 503, error: { code: 'no_model' } },
    });

    const cases: [string, RequestInit & { json?: unknown }, number][] = [
      ['/api/imagine', { method: 'POST', json: { goal: 'x', count: 40 } }, 400],
      ['/api/imagine', { method: 'POST', json: {} }, 400],
      ['/api/make', { method: 'POST', json: { ideaId: 'x', format: 'pdf' } }, 400],
      ['/api/make', { method: 'POST', json: { ideaId: 'nope' } }, 503],
      // A bad data file is refused before the model is needed.
      [
        '/api/make',
        { method: 'POST', json: { ideaId: 'x', data: [{ name: 'plate.csv', text: 'a,b\n1,2,3\n' }] } },
        400,
      ],
      ['/api/learn', { method: 'POST', json: { artifactId: 'nope' } }, 404],
      ['/api/ideas/nope', {}, 404],
      ['/api/goals/nope', {}, 404],
      ['/api/ideas?goal=nope', {}, 404],
      ['/api/artifacts/nope', {}, 404],
      ['/api/practice/reviews', { method: 'POST', json: { cardId: 'x', rating: 'great' } }, 400],
      ['/api/practice/reviews', { method: 'POST', json: { cardId: 'nope', rating: 'good' } }, 404],
      ['/api/practice/undo', { method: 'POST', json: {} }, 400],
      ['/api/practice/queue?limit=0', {}, 400],
      ['/api/practice/grade', { method: 'POST', json: { cardId: 'nope', answer: 'x' } }, 404],
    ];
    for (const [path, init, status] of cases) {
      const response = await f.request(path, init);
      expect(response.status, path).toBe(status);
      expect(await json(response), path).toEqual({
        error: { code: expect.any(String), message: expect.any(String) },
      });
    }
  });
});
