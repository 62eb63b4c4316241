import { Hono } from 'hono';
import { z } from 'zod';
import { NotFoundError } from '../../../domain/errors/index.js';
import { answerChecklist, answerKinds } from '../../../usecases/recognition/answers.js';
import { goalChecklist } from '../../../usecases/recognition/checklist.js';
import { proposeAbilities } from '../../../usecases/recognition/propose-abilities.js';
import { answeredJson, checklistJson, proposalsJson } from '../../views/checklist-json.js';
import { parseBody } from '../parse-body.js';
import type { ServerContext } from '../server-context.js';

const answersBody = z.object({
  answers: z
    .array(
      z.object({
        name: z.string().max(500),
        answer: z.enum(answerKinds),
        sameAs: z.string().max(100).optional(),
      }),
    )
    .min(1, 'give at least one answer')
    .max(50),
  /** Where abilities first met here go: the goal's domain when a goal is named. */
  goalId: z.string().max(100).optional(),
  domain: z.string().max(200).optional(),
});

const proposalBody = z.object({
  about: z.string().max(2000).optional(),
  domains: z.array(z.string().max(200)).max(20).optional(),
});

/**
 * Recognition: a goal's "Can you already do these?" checklist and its answers (which re-map the ideas
 * that need them), and the abilities typical for the person, proposed for a first repertoire.
 */
export function recognitionRoutes({ app }: ServerContext): Hono {
  const routes = new Hono();
  const deps = () => app.deps.checklist();

  routes.get('/goals/:id/checklist', async (c) => {
    const goal = app.ideas.getGoal(c.req.param('id'));
    if (!goal) throw new NotFoundError(`no goal "${c.req.param('id')}"`);
    return c.json(checklistJson(await goalChecklist(goal.id, await deps())));
  });

  routes.post('/checklist', async (c) => {
    const body = await parseBody(c, answersBody);
    const goal = body.goalId ? app.ideas.getGoal(body.goalId) : undefined;
    if (body.goalId && !goal) throw new NotFoundError(`no goal "${body.goalId}"`);
    const domain = body.domain?.trim() || goal?.domain || app.defaultDomain(undefined);
    const result = await answerChecklist(body.answers, { domain }, await deps());
    return c.json(answeredJson(result));
  });

  routes.post('/proposals', async (c) => {
    const body = await parseBody(c, proposalBody);
    const person = app.store.getPerson();
    const groups = await proposeAbilities(
      {
        about: body.about ?? person?.about ?? '',
        domains: body.domains ?? person?.domains ?? [],
        signal: c.req.raw.signal,
      },
      await app.deps.thinking(),
    );
    return c.json(proposalsJson(groups));
  });

  return routes;
}
