import { Hono } from 'hono';
import { z } from 'zod';
import { DAT_WORDS_ASKED, DAT_WORDS_SCORED } from '../../../domain/dat.js';
import { DAT_CALIBRATION, DAT_NORMS } from '../../../usecases/dat/dat-norms.js';
import { DAT_INSTRUCTIONS, datOrientation, describeDatReason } from '../../../usecases/dat/dat-text.js';
import { datHistory, takeDat } from '../../../usecases/dat/take-dat.js';
import { datRecordJson, datResultJson } from '../../views/dat-json.js';
import { parseBody } from '../parse-body.js';
import type { ServerContext } from '../server-context.js';

const takeBody = z.object({ words: z.array(z.string().max(200)).max(DAT_WORDS_ASKED * 3) });

/** The Divergent Association Task: scored by word vectors alone, never by a model. */
export function datRoutes({ app }: ServerContext): Hono {
  const routes = new Hono();

  routes.get('/dat', (c) =>
    c.json({
      instructions: DAT_INSTRUCTIONS,
      wordsAsked: DAT_WORDS_ASKED,
      wordsScored: DAT_WORDS_SCORED,
      history: datHistory(app.deps.datHistory()).map(datRecordJson),
      // The published mean as chops' own vectors score it, for a norm line beside the person's scores.
      norm: { typical: DAT_CALIBRATION.chopsMean, source: DAT_NORMS.source },
    }),
  );

  routes.post('/dat', async (c) => {
    const body = await parseBody(c, takeBody);
    const entries = body.words.map((word) => word.trim()).filter((word) => word !== '');
    const { result, record } = takeDat(entries, await app.deps.dat());
    // A list without a score is an answer too (it says which words did not count), but nothing is kept.
    const json = datResultJson(result, record?.id);
    return c.json(
      {
        ...json,
        invalid: json.invalid.map((entry) => ({ ...entry, explanation: describeDatReason(entry.reason) })),
        orientation: result.score === undefined ? [] : datOrientation(result.score),
        kept: record !== undefined,
      },
      record ? 201 : 200,
    );
  });

  return routes;
}
