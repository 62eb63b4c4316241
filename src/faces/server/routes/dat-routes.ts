import { Hono } from 'hono';
import { z } from 'zod';
import { DAT_WORDS_ASKED } from '../../../domain/dat.js';
import { datHistory, takeDat } from '../../../usecases/dat/take-dat.js';
import { datPageJson, datTakenJson } from '../../views/dat-json.js';
import { parseBody } from '../parse-body.js';
import type { ServerContext } from '../server-context.js';

const takeBody = z.object({ words: z.array(z.string().max(200)).max(DAT_WORDS_ASKED * 3) });

/** The Divergent Association Task: scored by word vectors alone, never by a model. */
export function datRoutes({ app }: ServerContext): Hono {
  const routes = new Hono();

  routes.get('/dat', (c) => c.json(datPageJson(datHistory(app.deps.datHistory()))));

  routes.post('/dat', async (c) => {
    const body = await parseBody(c, takeBody);
    const entries = body.words.map((word) => word.trim()).filter((word) => word !== '');
    const taken = takeDat(entries, await app.deps.dat());
    return c.json(datTakenJson(taken), taken.record ? 201 : 200);
  });

  return routes;
}
