import { afterEach, describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { type ServerFixture, serverFixture } from '../test-support/server-fixture.js';

const tempFolder = temporaryFolders();
let fixture: ServerFixture | undefined;
afterEach(() => fixture?.close());

describe('AUT routes', () => {
  it('offers an object, scores and keeps an answer, lists the history, and refuses a bad body', async () => {
    fixture = serverFixture(tempFolder());
    const page = (await (await fixture.request('/api/aut')).json()) as {
      object: string;
      minutes: number;
      scale: string;
    };
    expect(page.object).toMatch(/^[a-z]+$/);
    expect(page.scale).toContain('1 (common) to 5');
    const taken = await fixture.request('/api/aut', {
      method: 'POST',
      json: { object: 'brick', uses: ['doorstop', 'grind it into pigment for a cave painting'], seconds: 95 },
    });
    expect(taken.status).toBe(201);
    const result = (await taken.json()) as { fluency: number; uses: { originality: number }[] };
    expect(result.fluency).toBe(2);
    expect(result.uses[0]!.originality).toBeLessThan(result.uses[1]!.originality);
    const history = (await (await fixture.request('/api/aut')).json()) as { history: { seconds: number }[] };
    expect(history.history).toMatchObject([{ seconds: 95 }]);
    expect(
      (await fixture.request('/api/aut', { method: 'POST', json: { object: 'brick', uses: [] } })).status,
    ).toBe(400);
    expect((await fixture.request('/api/aut', { method: 'POST', json: { uses: ['x'] } })).status).toBe(400);
  });
});
