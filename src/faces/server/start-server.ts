import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { ChopsApp } from '../chops-app.js';
import { createServerApp } from './server-app.js';
import { serverToken } from './server-token.js';
import { WebSessions } from './web-session.js';

export interface RunningServer {
  /** The address to open in a browser: `http://127.0.0.1:P/#code=…`, a code that signs in once. */
  link: string;
  /** Another sign-in link, for a second browser. */
  newLink(): string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the HTTP face on 127.0.0.1 only (never another interface), with the per-install token from
 * the data folder. Port 0 picks a free port. Resolves once the server is listening.
 *
 * While it runs, a promise that a library left rejected with nobody listening (vega-scenegraph does
 * this with a chart it cannot draw) is logged instead of ending the process: one bad answer of a model
 * must not stop the server for everyone.
 */
export async function startServer(options: {
  app: ChopsApp;
  port: number;
  env: NodeJS.ProcessEnv;
  webFolder?: string;
  log?: (text: string) => void;
}): Promise<RunningServer> {
  const token = serverToken(options.app.home);
  const sessions = new WebSessions(token);
  const log = options.log ?? ((text: string) => process.stderr.write(`${text}\n`));
  let port = options.port;
  const hono = createServerApp({
    app: options.app,
    token,
    sessions,
    port: () => port,
    env: options.env,
    log,
    ...(options.webFolder ? { webFolder: options.webFolder } : {}),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: hono.fetch, hostname: '127.0.0.1', port: options.port }, () =>
      resolve(started),
    );
    started.once('error', reject);
  });
  const survive = (reason: unknown) =>
    log(`chops serve: a rejected promise nobody awaited (the server goes on): ${describe(reason)}`);
  process.on('unhandledRejection', survive);
  port = (server.address() as AddressInfo).port;
  const newLink = () => `http://127.0.0.1:${port}/#code=${sessions.newCode()}`;
  return {
    link: newLink(),
    newLink,
    port,
    close: () =>
      new Promise((resolve) => {
        process.off('unhandledRejection', survive);
        // Streams still open (an imagine in flight) would hold close() forever.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function describe(reason: unknown): string {
  return reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
}
