import { Hono } from 'hono';
import { z } from 'zod';
import { MAX_AUT_USE_CHARACTERS, MAX_AUT_USES } from '../../../domain/aut.js';
import { autHistory, nextAutObject, takeAut } from '../../../usecases/aut/take-aut.js';
import { autPageJson, autResultJson } from '../../views/aut-json.js';
import { parseBody } from '../parse-body.js';
import type { ServerContext } from '../server-context.js';

const takeBody = z.object({
  object: z.string().max(60),
  uses: z.array(z.string().max(MAX_AUT_USE_CHARACTERS)).max(MAX_AUT_USES),
  seconds: z.number().int().min(0).max(3600).optional(),
});

/** The Alternative Uses Task: scored offline against chops's norms, never by a model. */
export function autRoutes({ app }: ServerContext): Hono {
  const routes = new Hono();

  routes.get('/aut', async (c) => {
    const deps = await app.deps.aut();
    return c.json(autPageJson(nextAutObject(deps), autHistory(deps)));
  });

  routes.post('/aut', async (c) => {
    const body = await parseBody(c, takeBody);
    const { result, record } = await takeAut(body.object, body.uses, await app.deps.aut(), body.seconds);
    return c.json(autResultJson(result, record.id), 201);
  });

  return routes;
}
