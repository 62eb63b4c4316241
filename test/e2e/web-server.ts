import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChopsApp } from '../../src/faces/chops-app.js';
import { type RunningServer, startServer } from '../../src/faces/server/start-server.js';
import { loopModel } from '../../src/faces/server/test-support/scripted-loop.js';
import { type ScriptedProvider, startScriptedProvider } from '../support/scripted-provider.js';

export const webFolder = fileURLToPath(new URL('../../dist/web', import.meta.url));

export interface WebServer {
  server: RunningServer;
  provider: ScriptedProvider;
  app: ChopsApp;
  home: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * What `chops serve` runs, on a free port of 127.0.0.1, serving the production bundle (dist/web, built
 * by `npm run build`), with an `openai-compatible:` model pointed at a local scripted server.
 */
export async function startWebServer(
  options: { hostile?: boolean; model?: boolean } = {},
): Promise<WebServer> {
  if (!existsSync(join(webFolder, 'index.html')))
    throw new Error(`${webFolder} has no build: run npm run build first`);
  const provider = await startScriptedProvider(loopModel(options));
  const home = mkdtempSync(join(tmpdir(), 'chops-e2e-'));
  const env: NodeJS.ProcessEnv =
    options.model === false
      ? { CHOPS_HOME: home }
      : { CHOPS_HOME: home, CHOPS_MODEL: 'openai-compatible:test', CHOPS_BASE_URL: provider.baseUrl };
  const app = new ChopsApp({ home, env });
  const server = await startServer({ app, port: 0, env, webFolder, log: () => {} });
  return {
    server,
    provider,
    app,
    home,
    origin: `http://127.0.0.1:${server.port}`,
    async close() {
      await server.close();
      await provider.close();
      await app.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
