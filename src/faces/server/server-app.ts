import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { z } from 'zod';
import { secretValues } from '../../adapters/models/index.js';
import type { ChopsApp } from '../chops-app.js';
import { errorAnswer } from './error-response.js';
import { HttpError } from './http-error.js';
import { requireToken } from './middleware/auth.js';
import { hostGuard } from './middleware/host-guard.js';
import { noStore, pathGuard } from './middleware/request-guards.js';
import { securityHeaders } from './middleware/security-headers.js';
import { maxBodyBytes, parseBody } from './parse-body.js';
import { autRoutes } from './routes/aut-routes.js';
import { cardRoutes } from './routes/card-routes.js';
import { datRoutes } from './routes/dat-routes.js';
import { imagineRoutes } from './routes/imagine-routes.js';
import { makeRoutes } from './routes/make-routes.js';
import { practiceRoutes } from './routes/practice-routes.js';
import { recognitionRoutes } from './routes/recognition-routes.js';
import { repertoireRoutes } from './routes/repertoire-routes.js';
import { settingsRoutes } from './routes/settings-routes.js';
import { statsRoutes } from './routes/stats-routes.js';
import type { ServerContext } from './server-context.js';
import { defaultWebFolder, staticFiles } from './static-files.js';
import { WebSessions } from './web-session.js';

interface ServerAppOptions {
  app: ChopsApp;
  token: string;
  /** The one-time link codes and the web app's session; made from the token when not given. */
  sessions?: WebSessions;
  /** The port the server listens on, read per request (known only after listening on port 0). */
  port: number | (() => number);
  env: NodeJS.ProcessEnv;
  /** The built web app; defaults to dist/web. */
  webFolder?: string;
  log?: (text: string) => void;
}

/**
 * The HTTP face of chops: the API under /api (JSON in and out, the token required) and the web app.
 * Order matters: the security headers wrap everything, then the Host/Origin guard and the path guard
 * run before anything else, then (for the API) no-store, the streamed body limit and the token. Every
 * error is mapped in `onError`, once.
 */
export function createServerApp(options: ServerAppOptions): Hono {
  const port = typeof options.port === 'number' ? () => options.port as number : options.port;
  const log = options.log ?? ((text: string) => process.stderr.write(`${text}\n`));
  const context: ServerContext = { app: options.app, log, env: options.env };
  const server = new Hono();

  server.use('*', securityHeaders());
  server.use('*', hostGuard(port));
  const secrets = secretValues(options.env);
  server.use('*', pathGuard());
  const answerError = (error: Error, c: Context) => {
    const answer = errorAnswer(error, secrets);
    if (answer.unexpected) log(`chops serve: ${error.stack ?? error.message}`);
    return c.json(answer.body, answer.status);
  };
  server.onError(answerError);
  server.notFound((c) => answerError(new HttpError(404, 'not_found', 'no such route'), c));

  const sessions = options.sessions ?? new WebSessions(options.token);
  const api = new Hono();
  api.use('*', noStore());
  // hono's body limit counts the bytes as they arrive and stops reading at the limit (a declared length
  // over it is refused before any byte is read).
  api.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new HttpError(413, 'too_large', `the body is over ${maxBodyBytes / 1024} KB`);
      },
    }),
  );
  // The one route without the token: the page trades the printed link's one-time code for its session.
  api.post('/session', async (c) => {
    const { code } = await parseBody(c, z.object({ code: z.string().min(1).max(200) }));
    const session = sessions.exchange(code);
    if (!session)
      throw new HttpError(401, 'unauthorized', 'that link was used already: run `chops serve` for a new one');
    return c.json({ session });
  });
  api.use('*', requireToken(options.token, sessions));
  for (const routes of [
    repertoireRoutes,
    imagineRoutes,
    recognitionRoutes,
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

  server.get('*', compress(), staticFiles(options.webFolder ?? defaultWebFolder));
  return server;
}
