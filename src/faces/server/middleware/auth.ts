import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { HttpError } from '../http-error.js';

/** The cookie that carries the token, named per port so that two servers on one machine never mix. */
export function tokenCookieName(port: number): string {
  return `chops_token_${port}`;
}

function same(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request carries: `Authorization: Bearer` for scripts, else the page's cookie. */
function presentedToken(c: Context, port: number): string | undefined {
  const header = c.req.header('authorization');
  if (header !== undefined) return /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  return getCookie(c, tokenCookieName(port));
}

/** Every API request must carry the per-install token; 401 otherwise, before the route runs. */
export function requireToken(token: string, port: () => number): MiddlewareHandler {
  return async (c, next) => {
    if (!same(presentedToken(c, port()), token))
      throw new HttpError(
        401,
        'unauthorized',
        'missing or wrong token: open the link `chops serve` printed, or send Authorization: Bearer <token>',
      );
    await next();
  };
}

/**
 * The printed link `/?token=…`: a right token becomes an HttpOnly, SameSite=Strict cookie and the page
 * is loaded again without the token in its address (so it stays out of history and screenshots).
 */
export function tokenLink(token: string, port: () => number): MiddlewareHandler {
  return async (c, next) => {
    const given = c.req.query('token');
    if (given === undefined) return next();
    if (!same(given, token)) throw new HttpError(401, 'unauthorized', 'that link holds the wrong token');
    setCookie(c, tokenCookieName(port()), token, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      maxAge: 60 * 60 * 24 * 365,
    });
    c.header('Cache-Control', 'no-store');
    return c.redirect(new URL(c.req.url).pathname, 302);
  };
}
