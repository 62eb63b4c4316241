import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Whether two secrets are equal, in time that does not depend on where they differ. */
export function sameSecret(given: string | undefined, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * How a browser signs in without ever holding the install token. `chops serve` prints a link with a
 * one-time code in its fragment (never sent in a request line, never logged); the page trades it once
 * for a session value and keeps that in its own origin's storage, which (unlike a cookie, which every
 * server on 127.0.0.1 would receive whatever its port) only this port's pages can read. The session
 * value is derived from the token, so it outlives a restart and dies with the token.
 */
export class WebSessions {
  readonly session: string;
  readonly #codes = new Set<string>();

  constructor(token: string) {
    this.session = createHmac('sha256', token).update('chops web session').digest('base64url');
  }

  /** A fresh one-time code for a link to print. */
  newCode(): string {
    const code = randomBytes(18).toString('base64url');
    this.#codes.add(code);
    return code;
  }

  /** The session for a code not used before; the code is spent either way. */
  exchange(code: string): string | undefined {
    for (const known of this.#codes)
      if (sameSecret(code, known)) {
        this.#codes.delete(known);
        return this.session;
      }
    return undefined;
  }
}
