import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http-error.js';

/**
 * Refuses, as a 400 and before any route runs, a path that is not valid percent-encoding (`/%`, a cut
 * UTF-8 sequence) or that begins with `//` (which a browser would read as another host's address).
 */
export function pathGuard(): MiddlewareHandler {
  return async (c, next) => {
    const raw = new URL(c.req.url).pathname;
    let path: string;
    try {
      path = decodeURIComponent(raw);
    } catch {
      throw new HttpError(400, 'bad_url', 'the address is not valid percent-encoding');
    }
    if (/^\/[/\\]/.test(path)) throw new HttpError(400, 'bad_url', 'the address begins with two slashes');
    await next();
  };
}

/** API answers are the person's data: never kept by the browser or anything between. */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  };
}
