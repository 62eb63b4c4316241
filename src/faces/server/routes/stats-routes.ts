import { Hono } from 'hono';
import { measure } from '../../../usecases/measure/measure.js';
import { parseSince } from '../../../usecases/measure/parse-since.js';
import type { ServerContext } from '../server-context.js';

/** The ledger, exactly as `chops stats --json` prints it; `?since=YYYY-MM-DD` narrows it. */
export function statsRoutes({ app }: ServerContext): Hono {
  const routes = new Hono();
  routes.get('/stats', (c) => {
    const since = c.req.query('since');
    return c.json(measure({ since: since ? parseSince(since) : undefined }, app.deps.measure()));
  });
  return routes;
}
