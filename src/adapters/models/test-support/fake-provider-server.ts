import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One queued answer of the fake server. */
export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Sends this many characters of the body (with the full content-length), then drops the connection. */
  truncateAt?: number;
  /** Never answers; the connection stays open until the client gives up or the server closes. */
  hang?: boolean;
  /** Sends this many characters of the body, then goes silent with the connection open. */
  stallAt?: number;
  /** Sends the body a few characters at a time, this many milliseconds apart (a dripping provider). */
  dripMs?: number;
}

/** A request as the server received it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** The body parsed as JSON (every provider request is JSON). */
  readonly json: Record<string, unknown>;
}

/** A local stand-in for a model provider: serves queued recorded responses and records requests. */
export interface FakeProviderServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  enqueue(...responses: FakeResponse[]): void;
  close(): Promise<void>;
}

const fixturesFolder = new URL('../fixtures/', import.meta.url);

/** The text of a recorded response under `src/adapters/models/fixtures/`. */
export function fixture(relativePath: string): string {
  return readFileSync(new URL(relativePath, fixturesFolder), 'utf8');
}

/** A recorded JSON response. */
export function jsonFixture(
  relativePath: string,
  status = 200,
  headers: Record<string, string> = {},
): FakeResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: fixture(relativePath) };
}

/** A recorded server-sent-events stream. */
export function sseFixture(relativePath: string): FakeResponse {
  return {
    status: 200,
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
    body: fixture(relativePath),
  };
}

function answer(response: ServerResponse, fake: FakeResponse): void {
  if (fake.hang) return;
  const body = fake.body ?? '';
  response.writeHead(fake.status ?? 200, {
    ...fake.headers,
    'content-length': String(Buffer.byteLength(body)),
  });
  if (fake.stallAt !== undefined) {
    response.write(body.slice(0, fake.stallAt));
    return;
  }
  if (fake.dripMs !== undefined) {
    let sent = 0;
    const timer = setInterval(() => {
      if (response.destroyed || sent >= body.length) {
        clearInterval(timer);
        if (!response.destroyed) response.end();
        return;
      }
      response.write(body.slice(sent, sent + 8));
      sent += 8;
    }, fake.dripMs);
    response.on('close', () => clearInterval(timer));
    return;
  }
  if (fake.truncateAt === undefined) {
    response.end(body);
    return;
  }
  response.write(body.slice(0, fake.truncateAt), () => response.socket?.destroy());
}

/** Starts a fake provider on 127.0.0.1 at a free port. */
export async function startFakeProviderServer(): Promise<FakeProviderServer> {
  const queue: FakeResponse[] = [];
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(body) as Record<string, unknown>;
      } catch {
        // Recorded as-is; the test that cares will see the empty object.
      }
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body,
        json,
      });
      // An unexpected extra request gets a loud answer instead of hanging the test.
      answer(response, queue.shift() ?? { status: 599, body: 'fake provider server: no response queued' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...responses) => queue.push(...responses),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
