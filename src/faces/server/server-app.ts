import { Hono } from 'hono';
import { secretValues } from '../../adapters/models/index.js';
import type { ChopsApp } from '../chops-app.js';
import { errorAnswer } from './error-response.js';
import { HttpError } from './http-error.js';
import { requireToken, tokenLink } from './middleware/auth.js';
import { hostGuard } from './middleware/host-guard.js';
import { securityHeaders } from './middleware/security-headers.js';
import { autRoutes } from './routes/aut-routes.js';
import { cardRoutes } from './routes/card-routes.js';
import { datRoutes } from './routes/dat-routes.js';
import { imagineRoutes } from './routes/imagine-routes.js';
import { makeRoutes } from './routes/make-routes.js';
import { practiceRoutes } from './routes/practice-routes.js';
import { repertoireRoutes } from './routes/repertoire-routes.js';
import { settingsRoutes } from './routes/settings-routes.js';
import { statsRoutes } from './routes/stats-routes.js';
import type { ServerContext } from './server-context.js';
import { defaultWebFolder, staticFiles } from './static-files.js';

export interface ServerAppOptions {
  app: ChopsApp;
  token: string;
  /** The port the server listens on, read per request (known only after listening on port 0). */
  port: number | (() => number);
  env: NodeJS.ProcessEnv;
  /** The built web app; defaults to dist/web. */
  webFolder?: string;
  log?: (text: string) => void;
}

/**
 * The HTTP face of chops: the API under /api (JSON in and out, the token required) and the web app.
 * Order matters: the Host/Origin guard runs before anything else, then the security headers, then the
 * token. Every error is mapped in `onError`, once.
 */
export function createServerApp(options: ServerAppOptions): Hono {
  const port = typeof options.port === 'number' ? () => options.port as number : options.port;
  const log = options.log ?? ((text: string) => process.stderr.write(`${text}\n`));
  const context: ServerContext = { app: options.app, log, env: options.env };
  const server = new Hono();

  server.use('*', securityHeaders());
  server.use('*', hostGuard(port));
  const secrets = secretValues(options.env);
  server.onError((error, c) => {
    const answer = errorAnswer(error, secrets);
    if (answer.unexpected) log(`chops serve: ${error.stack ?? error.message}`);
    return c.json(answer.body, answer.status);
  });
  server.notFound((c) => c.json({ error: { code: 'not_found', message: 'no such route' } }, 404));

  const api = new Hono();
  api.use('*', requireToken(options.token, port));
  for (const routes of [
    repertoireRoutes,
    imagineRoutes,
    makeRoutes,
    practiceRoutes,
    cardRoutes,
    datRoutes,
    autRoutes,
    statsRoutes,
    settingsRoutes,
  ])
    api.route('/', routes(context));
  api.all('*', () => {
    throw new HttpError(404, 'not_found', 'no such API route');
  });
  server.route('/api', api);

  server.get('*', tokenLink(options.token, port), staticFiles(options.webFolder ?? defaultWebFolder));
  return server;
}
