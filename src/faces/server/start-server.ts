import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { ChopsApp } from '../chops-app.js';
import { createServerApp } from './server-app.js';
import { serverToken } from './server-token.js';

export interface RunningServer {
  /** The address to open in a browser, token included: `http://127.0.0.1:P/?token=…`. */
  link: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the HTTP face on 127.0.0.1 only (never another interface), with the per-install token from
 * the data folder. Port 0 picks a free port. Resolves once the server is listening.
 */
export async function startServer(options: {
  app: ChopsApp;
  port: number;
  env: NodeJS.ProcessEnv;
  webFolder?: string;
  log?: (text: string) => void;
}): Promise<RunningServer> {
  const token = serverToken(options.app.home);
  let port = options.port;
  const hono = createServerApp({
    app: options.app,
    token,
    port: () => port,
    env: options.env,
    ...(options.webFolder ? { webFolder: options.webFolder } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: hono.fetch, hostname: '127.0.0.1', port: options.port }, () =>
      resolve(started),
    );
    started.once('error', reject);
  });
  port = (server.address() as AddressInfo).port;
  return {
    link: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    close: () =>
      new Promise((resolve) => {
        // Streams still open (an imagine in flight) would hold close() forever.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
