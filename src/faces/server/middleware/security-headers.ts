import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The strict Content-Security-Policy, as hono's secure-headers takes it. Scripts and styles come only
 * from the bundle's own files; images may be data: or blob: URLs because sanitised SVG (charts) is
 * shown through <img>, where any script it still held could not run.
 */
const directives = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  mediaSrc: ["'self'", 'blob:', 'data:'],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The Content-Security-Policy header every answer carries (what the security tests compare with). */
export const contentSecurityPolicy = Object.entries(directives)
  .map(
    ([name, sources]) =>
      `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} ${sources.join(' ')}`,
  )
  .join('; ');

/**
 * The CSP and its companions on every answer, errors included (hono's secure-headers sets them after
 * the handler ran): no sniffing, no framing, no referrer, same-origin opener and resources, and hono's
 * other defaults. No Strict-Transport-Security: the server speaks plain HTTP on 127.0.0.1.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: directives,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    strictTransportSecurity: false,
  });
}
