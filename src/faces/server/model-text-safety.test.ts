import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { loopModel } from './test-support/scripted-loop.js';
import { scriptedServers } from './test-support/scripted-server.js';

const scriptedServer = scriptedServers(temporaryFolders());

const rlo = '\u202E';
type Json = Record<string, unknown> & { reach: { id: string; title: string; needs: { name: string }[] }[] };

describe('model text on its way into the store', () => {
  it('loses bidi overrides and invisible characters before it is saved and shown', async () => {
    const loop = loopModel();
    const fixture = await scriptedServer((prompt) =>
      prompt.includes('REACH')
        ? {
            ideas: [
              {
                title: `Tide waltz ${rlo}lanif eht si siht\u200B`,
                pitch: 'Phrases rise and fall like the tide, with a borrowed chord at each turn.',
                lens: 'a sailor',
                needs: [
                  { name: 'waltz form', how: 'the structure' },
                  { name: `modal${rlo} interchange\u2066`, how: 'colour' },
                ],
              },
            ],
          }
        : loop(prompt),
    );
    await fixture.request('/api/abilities', {
      method: 'POST',
      json: { names: ['waltz form'], domain: 'music' },
    });
    const answer = (await (
      await fixture.request('/api/imagine', { method: 'POST', json: { goal: 'a sea piece', count: 1 } })
    ).json()) as Json;
    const stored = fixture.app.ideas.getIdea(answer.reach[0]!.id)!;
    expect(stored.title).toBe('Tide waltz lanif eht si siht');
    expect(stored.needs.map((n) => n.name)).toEqual(['waltz form', 'modal interchange']);
    expect(JSON.stringify(answer)).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/);
  });
});
