import { distantNouns } from '../support/dat-words.js';
import type { WebServer } from './web-server.js';

type Json = Record<string, any>;

/** The API of a running test server, signed in with its token as a script would be. */
export function apiOf(web: WebServer, token: string) {
  return async (path: string, body?: unknown): Promise<Json> => {
    const response = await fetch(`${web.origin}/api${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Json;
  };
}

/**
 * A repertoire a year in: 160 abilities over four domains (one with a very long name), 15 goals,
 * two made tunes with their tricks and cards, some reviews and DAT takes. Returns ids for pages.
 */
export async function seedHeavy(web: WebServer, token: string) {
  const call = apiOf(web, token);
  const domains = ['music', 'biochemistry', 'woodworking', 'cooking'];
  for (const domain of domains)
    await call('/abilities', {
      names: Array.from({ length: 40 }, (_, i) => `${domain} technique ${i + 1}`),
      domain,
    });
  await call('/abilities', {
    names: [
      'reharmonising a jazz standard with tritone substitutions and secondary dominants in every bar of the bridge',
      'waltz form',
    ],
    domain: 'music',
  });
  const goal = await call('/imagine', { goal: 'a piece about the sea', count: 1, domain: 'music' });
  for (let i = 2; i <= 15; i++)
    await call('/imagine', { goal: `a piece about the sea, take ${i}`, count: 1, domain: 'music' });
  const made = await call('/make', { ideaId: goal.reach[0].id, format: 'abc', attempts: 2 });
  await call('/learn', { artifactId: made.id });
  const queue = await call('/practice/queue');
  for (const [i, card] of (queue.cards as Json[]).slice(0, 2).entries())
    await call('/practice/reviews', { cardId: card.id, rating: i === 0 ? 'good' : 'again' });
  const words = distantNouns;
  await call('/dat', { words });
  await call('/dat', { words: ['happily', 'Paris', ...words.slice(2)] });
  return { goalId: goal.goalId as string, ideaId: goal.reach[0].id as string, artifactId: made.id as string };
}
