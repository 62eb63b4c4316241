import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';

/** Where `npm run build` writes the web app (the same from src/ under tsx and from dist/). */
export const defaultWebFolder = fileURLToPath(new URL('../../../dist/web', import.meta.url));

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built web app: files under the folder with their content types (hashed assets cached for
 * good), and index.html for any other page path, so that a reload of /practice opens the app there.
 * A missing build says how to make one.
 */
export function staticFiles(folder: string): MiddlewareHandler {
  const root = normalize(folder);
  return async (c) => {
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    const file = normalize(join(root, path));
    const inside = file.startsWith(root + sep);
    const type = contentTypes[extname(file)];
    if (inside && type) {
      const bytes = await readFile(file).catch(() => undefined);
      if (!bytes) return c.text('not found', 404);
      const immutable = path.startsWith('/assets/');
      c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return c.body(new Uint8Array(bytes), 200, { 'Content-Type': type });
    }
    const index = await readFile(join(root, 'index.html'), 'utf8').catch(() => undefined);
    if (index === undefined)
      return c.text('The web app is not built: run `npm run build` in the chops folder.', 500);
    c.header('Cache-Control', 'no-cache');
    return c.html(index);
  };
}
