import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http-error.js';
import { sameSecret, type WebSessions } from '../web-session.js';

/**
 * Every API request must carry `Authorization: Bearer <token>` (scripts, with the token from the data
 * folder) or `Bearer <session>` (the web app); 401 otherwise, before the route runs. No cookie is
 * read: a cookie for 127.0.0.1 would also be sent to every other server on that address.
 */
export function requireToken(token: string, sessions: WebSessions): MiddlewareHandler {
  return async (c, next) => {
    const given = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!sameSecret(given, token) && !sameSecret(given, sessions.session))
      throw new HttpError(
        401,
        'unauthorized',
        'missing or wrong token: open the link `chops serve` printed, or send Authorization: Bearer <token>',
      );
    await next();
  };
}
