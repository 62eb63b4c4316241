import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { loopModel } from './test-support/scripted-loop.js';
import { type ServerFixture, serverFixture } from './test-support/server-fixture.js';

const tempFolder = temporaryFolders();
let fixture: ServerFixture | undefined;
let provider: Server | undefined;
afterEach(async () => {
  fixture?.close();
  provider?.closeAllConnections();
  await new Promise((resolve) => provider?.close(resolve) ?? resolve(undefined));
  fixture = provider = undefined;
});

/**
 * An OpenAI-compatible model that answers the lenses at once and takes its time over the ideas (as a
 * local model writing two dozen pitches does), telling when a caller hung up on it.
 */
async function slowModel() {
  const seen = { asked: 0, hungUp: 0, answered: 0 };
  const respond = loopModel();
  provider = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      seen.asked++;
      const json = JSON.parse(body) as { messages: { content: string }[]; model: string };
      const prompt = json.messages.map((m) => m.content).join('\n');
      const answer = () => {
        if (response.destroyed) return;
        seen.answered++;
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            id: 'chatcmpl-1',
            object: 'chat.completion',
            created: 1760951410,
            model: json.model,
            choices: [
              {
                index: 0,
                message: { role: 'assistant', content: JSON.stringify(respond(prompt)) },
                finish_reason: 'stop',
              },
            ],
            usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
          }),
        );
      };
      if (prompt.includes('lenses for imagining')) return answer();
      response.on('close', () => {
        if (!response.writableFinished) seen.hungUp++;
      });
      setTimeout(answer, 1500);
    });
  });
  await new Promise<void>((resolve) => provider!.listen(0, '127.0.0.1', resolve));
  return { seen, baseUrl: `http://127.0.0.1:${(provider.address() as AddressInfo).port}/v1` };
}

describe('a long operation whose client goes away', () => {
  it('cancels a plain JSON imagine: the model calls are hung up on and no goal is saved', async () => {
    const { seen, baseUrl } = await slowModel();
    fixture = serverFixture(tempFolder(), { CHOPS_MODEL: 'openai-compatible:test', CHOPS_BASE_URL: baseUrl });
    const client = new AbortController();
    const answer = fixture
      .request('/api/imagine', {
        method: 'POST',
        json: { goal: 'a piece about the sea', count: 1 },
        signal: client.signal,
      })
      .catch((error: Error) => error);
    // Wait until both idea calls are with the model, then hang up.
    while (seen.asked < 3) await new Promise((resolve) => setTimeout(resolve, 20));
    client.abort();
    await answer;
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(seen.hungUp).toBe(2);
    expect(seen.answered).toBe(1);
    expect(fixture.app.ideas.listGoals()).toEqual([]);
    expect(fixture.logged).toEqual([]);
  }, 20_000);
});
