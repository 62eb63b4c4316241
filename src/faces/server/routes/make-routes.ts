import { basename } from 'node:path';
import { Hono } from 'hono';
import { z } from 'zod';
import { parseDataFile } from '../../../adapters/data/read-data-file.js';
import { formatNames } from '../../../adapters/formats/registry.js';
import { secretValues } from '../../../adapters/models/index.js';
import { NotFoundError } from '../../../domain/errors/index.js';
import { learn } from '../../../usecases/learn/learn.js';
import { learnedFrom } from '../../../usecases/learn/learned-from.js';
import { make } from '../../../usecases/make/make.js';
import { artifactDetailJson, artifactJson, attemptJson } from '../../views/artifact-json.js';
import { formatJson } from '../../views/format-json.js';
import { learnedJson } from '../../views/learn-json.js';
import { madeJson } from '../../views/make-json.js';
import { longOperation } from '../long-operation.js';
import { parseBody } from '../parse-body.js';
import type { ServerContext } from '../server-context.js';

const makeBody = z.object({
  ideaId: z.string().min(1),
  format: z.enum(formatNames).optional(),
  attempts: z.number().int().min(1).max(10).optional(),
  // The person's data files, as the make page reads them; bounded by the body's own limit.
  data: z
    .array(z.object({ name: z.string().min(1).max(200), text: z.string() }))
    .max(10)
    .optional(),
});

const abilityNames = z.array(z.string().trim().min(1).max(200)).max(50).optional();
const learnBody = z.object({ artifactId: z.string().min(1), only: abilityNames, skip: abilityNames });

/** Make and learn (long operations: SSE or JSON), the formats, and the artifacts with their attempts. */
export function makeRoutes(context: ServerContext): Hono {
  const { app } = context;
  const routes = new Hono();
  const logBug = (error: unknown) => context.log(String((error as Error).stack ?? error));
  const secrets = secretValues(context.env);

  routes.post('/make', async (c) => {
    const body = await parseBody(c, makeBody);
    // Read and checked before the long operation starts: a bad file is a plain 400, nothing is made.
    const data = (body.data ?? []).map((file) =>
      parseDataFile(basename(file.name), basename(file.name), new TextEncoder().encode(file.text)),
    );
    return longOperation(
      c,
      async (events) => {
        const deps = await app.deps.make({ onNote: events.progress });
        const result = await make(
          {
            ideaId: app.resolveId('idea', body.ideaId),
            format: body.format,
            attempts: body.attempts ?? 3,
            signal: events.signal,
            onProgress: events.progress,
            onAttempt: (attempt) => events.emit('attempt', attemptJson(attempt)),
            data,
          },
          deps,
        );
        return madeJson(result);
      },
      logBug,
      secrets,
    );
  });

  // The format registry, as the web app's make page and artifact view read it.
  routes.get('/formats', (c) => c.json(app.formats.all.map(formatJson)));

  routes.get('/artifacts', (c) =>
    c.json(app.artifacts.listArtifacts({ ideaId: c.req.query('idea') }).map((a) => artifactJson(a))),
  );

  routes.get('/artifacts/:id', (c) => {
    const artifact = app.artifacts.getArtifact(app.resolveId('artifact', c.req.param('id')));
    if (!artifact) throw new NotFoundError(`no artifact "${c.req.param('id')}"`);
    const attempts = app.artifacts.listAttempts(artifact.id);
    const learned = learnedFrom(artifact.id, app.practice);
    return c.json(artifactDetailJson(artifact, attempts, learned, (id) => app.store.getAbility(id)));
  });

  routes.post('/learn', async (c) => {
    const body = await parseBody(c, learnBody);
    return longOperation(
      c,
      async (events) => {
        const thinker = () => {
          events.progress('extracting tricks');
          return app.thinker({ onNote: events.progress });
        };
        const result = await learn(
          { artifactId: body.artifactId, signal: events.signal, only: body.only, skip: body.skip },
          app.deps.learn(thinker),
        );
        return learnedJson(result, (id) => app.store.getAbility(id));
      },
      logBug,
      secrets,
    );
  });

  return routes;
}
