import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createParser } from 'eventsource-parser';
import type { Hono } from 'hono';
import { ChopsApp } from '../../chops-app.js';
import { createServerApp } from '../server-app.js';
import { WebSessions } from '../web-session.js';

export const testToken = 'test-token-0123456789abcdefghijklmnopqrstuvwxyz';
export const testPort = 4999;
export const base = `http://127.0.0.1:${testPort}`;

export interface ServerFixture {
  app: ChopsApp;
  server: Hono;
  /** The server's one-time codes and web session. */
  sessions: WebSessions;
  home: string;
  logged: string[];
  /** A request as the page or a script would send it: own Host, the bearer token, JSON bodies. */
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  /** A request with exactly the headers given (no token, no Host unless given). */
  raw(path: string, init?: RequestInit): Promise<Response>;
  close(): void;
}

/**
 * The server app over a fresh data folder, requested in-process (`app.request`, no port opened), with
 * a tiny built web app of its own so that static serving is tested without a real build.
 */
export function serverFixture(home: string, env: NodeJS.ProcessEnv = {}): ServerFixture {
  const web = join(home, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(
    join(web, 'index.html'),
    '<!doctype html><title>chops</title><script src="/assets/app.js"></script>',
  );
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
  const fullEnv = { CHOPS_HOME: home, ...env };
  const app = new ChopsApp({ home, env: fullEnv });
  const logged: string[] = [];
  const sessions = new WebSessions(testToken);
  const server = createServerApp({
    app,
    token: testToken,
    sessions,
    port: testPort,
    env: fullEnv,
    webFolder: web,
    log: (text) => logged.push(text),
  });
  return {
    app,
    server,
    sessions,
    home,
    logged,
    request(path, init = {}) {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (!headers.has('host')) headers.set('host', `127.0.0.1:${testPort}`);
      if (!headers.has('authorization')) headers.set('authorization', `Bearer ${testToken}`);
      if (json !== undefined) headers.set('content-type', 'application/json');
      return Promise.resolve(
        server.request(`${base}${path}`, {
          ...rest,
          headers,
          ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
        }),
      );
    },
    raw: (path, init) => Promise.resolve(server.request(`${base}${path}`, init)),
    close: () => app.close(),
  };
}

/** The events of a server-sent event stream, in order, parsed by eventsource-parser as in the web app. */
export async function readEvents(response: Response): Promise<{ event: string; data: unknown }[]> {
  const events: { event: string; data: unknown }[] = [];
  const parser = createParser({
    onEvent: (message) => events.push({ event: message.event ?? 'message', data: JSON.parse(message.data) }),
  });
  parser.feed(await response.text());
  return events;
}
