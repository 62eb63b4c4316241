import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the test server misbehaves on a request, decided per request number (1-based). */
interface FileServerScript {
  /** Send only this many bytes of the body, then cut the connection. */
  dropAfterBytes?: (requestNumber: number) => number | undefined;
  /** Extra headers on the `/resolve/...` redirect (Hugging Face puts the SHA-256 there). */
  redirectHeaders?: Record<string, string>;
}

/** A local HTTP server for download tests: serves one file with Range support. Test support only. */
export interface TestFileServer {
  /** The file itself. */
  fileUrl: string;
  /** A Hugging Face-like URL that redirects to {@link fileUrl}. */
  redirectUrl: string;
  missingUrl: string;
  /** Headers of every file request, in order. */
  requests: IncomingHttpHeaders[];
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 at a free port. */
export async function startTestFileServer(
  body: Buffer,
  script: FileServerScript = {},
): Promise<TestFileServer> {
  const requests: IncomingHttpHeaders[] = [];
  const server: Server = createServer((request, response) => {
    if (request.url === '/resolve/model.gguf') {
      response.writeHead(302, { location: '/files/model.gguf', ...script.redirectHeaders });
      response.end();
      return;
    }
    if (request.url !== '/files/model.gguf') {
      response.writeHead(404).end('not found');
      return;
    }
    requests.push(request.headers);
    const range = /^bytes=(\d+)-$/.exec(request.headers.range ?? '');
    const start = range ? Number(range[1]) : 0;
    if (start >= body.length && range) {
      response.writeHead(416, { 'content-range': `bytes */${body.length}` }).end();
      return;
    }
    const slice = body.subarray(start);
    response.writeHead(range ? 206 : 200, {
      'content-length': String(slice.length),
      'accept-ranges': 'bytes',
      ...(range && { 'content-range': `bytes ${start}-${body.length - 1}/${body.length}` }),
    });
    const dropAfter = script.dropAfterBytes?.(requests.length);
    if (dropAfter === undefined) {
      response.end(slice);
      return;
    }
    // Flush part of the body, then cut the socket as a failing network would.
    response.write(slice.subarray(0, dropAfter), () => setTimeout(() => request.socket.destroy(), 20));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    fileUrl: `${base}/files/model.gguf`,
    redirectUrl: `${base}/resolve/model.gguf`,
    missingUrl: `${base}/files/missing.gguf`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
