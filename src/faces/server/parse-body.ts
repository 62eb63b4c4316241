import type { Context } from 'hono';
import type { z } from 'zod';
import { UserInputError } from '../../domain/errors/index.js';
import { HttpError } from './http-error.js';

/** Largest JSON body accepted: the biggest honest one (a pasted list of abilities) is far smaller. */
export const maxBodyBytes = 256 * 1024;

/**
 * The request's JSON body, parsed by `schema` at the boundary: a wrong content type is 415, a body
 * that is not JSON or does not match is a UserInputError (400) naming the first field at fault.
 */
export async function parseBody<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? ''))
    throw new HttpError(415, 'unsupported_media_type', 'send the body as application/json');
  // The size was limited while the body streamed in (the API's bodyLimit), before it was read whole.
  const text = await c.req.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UserInputError('the body is not valid JSON');
  }
  return parseValue(json, schema, 'body');
}

/** A value (a body, the query) checked by `schema`; the first problem becomes a one-line 400. */
export function parseValue<T>(value: unknown, schema: z.ZodType<T>, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : what;
  throw new UserInputError(`${where}: ${issue?.message ?? 'invalid'}`);
}
