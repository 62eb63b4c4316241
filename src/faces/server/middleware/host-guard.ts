import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http-error.js';

/**
 * Refuses, before anything else runs, a request whose Host is not this server's own address (a DNS
 * rebinding page reaching 127.0.0.1 under a name it controls) or whose Origin, when present, is
 * another site's. `port` is read per request: a server started on port 0 learns its port only once
 * it listens.
 */
export function hostGuard(port: () => number): MiddlewareHandler {
  return async (c, next) => {
    const own = [`127.0.0.1:${port()}`, `localhost:${port()}`];
    const host = c.req.header('host')?.toLowerCase();
    if (!host || !own.includes(host))
      throw new HttpError(403, 'foreign_host', 'this server only answers to its own address');
    const origin = c.req.header('origin');
    if (origin !== undefined && !own.some((address) => origin.toLowerCase() === `http://${address}`))
      throw new HttpError(403, 'foreign_origin', 'requests from other sites are refused');
    await next();
  };
}
