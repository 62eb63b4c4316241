import { afterEach } from 'vitest';
import { startScriptedProvider } from '../../../../test/support/scripted-provider.js';
import { type ServerFixture, serverFixture } from './server-fixture.js';

type Respond = Parameters<typeof startScriptedProvider>[0];

/**
 * Servers over a fresh data folder each, whose model is a scripted OpenAI-compatible provider; every one
 * started in a test is closed after it, with its provider. Call once per test file.
 */
export function scriptedServers(tempFolder: () => string): (respond: Respond) => Promise<ServerFixture> {
  const open: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of open.splice(0)) await close();
  });
  return async (respond) => {
    const provider = await startScriptedProvider(respond);
    const fixture = serverFixture(tempFolder(), {
      CHOPS_MODEL: 'openai-compatible:test',
      CHOPS_BASE_URL: provider.baseUrl,
    });
    open.push(async () => {
      fixture.close();
      await provider.close();
    });
    return fixture;
  };
}
