import { Hono } from 'hono';
import { z } from 'zod';
import { secretValues } from '../../../adapters/models/index.js';
import { NotFoundError } from '../../../domain/errors/index.js';
import { type ArrivingIdea, imagine } from '../../../usecases/imagine/imagine.js';
import { goalJson, ideaJson, imaginedJson } from '../../views/idea-json.js';
import { longOperation, type OperationEvents } from '../long-operation.js';
import { parseBody } from '../parse-body.js';
import type { ServerContext } from '../server-context.js';

const imagineBody = z.object({
  goal: z.string().max(2000),
  domain: z.string().optional(),
  count: z.number().int().min(1).max(12).optional(),
});

/** Imagine (a long operation: SSE or JSON), and the goals and ideas kept from earlier runs. */
export function imagineRoutes(context: ServerContext): Hono {
  const { app } = context;
  const routes = new Hono();

  routes.post('/imagine', async (c) => {
    const body = await parseBody(c, imagineBody);
    return longOperation(
      c,
      async (events) => {
        const thinker = await app.thinker({ onNote: events.progress });
        const result = await imagine(
          {
            goal: body.goal,
            domain: app.defaultDomain(body.domain?.trim() || undefined),
            count: body.count ?? 5,
            signal: events.signal,
            onProgress: events.progress,
            onCandidates: candidatesEmitter(events),
          },
          { ...(await app.repertoire()), ideas: app.ideas, thinker },
        );
        return imaginedJson(result);
      },
      (error) => context.log(String((error as Error).stack ?? error)),
      secretValues(context.env),
    );
  });

  routes.get('/goals', (c) => c.json(app.ideas.listGoals().map(goalJson)));

  routes.get('/goals/:id', (c) => {
    const goal = app.ideas.getGoal(app.resolveId('goal', c.req.param('id')));
    if (!goal) throw new NotFoundError(`no goal "${c.req.param('id')}"`);
    const ideas = app.ideas.listIdeas({ goalId: goal.id });
    return c.json({
      goal: goalJson(goal),
      solo: ideas.filter((i) => i.set === 'solo').map(ideaJson),
      reach: ideas.filter((i) => i.set === 'reach').map(ideaJson),
    });
  });

  routes.get('/ideas', (c) => {
    const goalId = c.req.query('goal');
    if (goalId && !app.ideas.getGoal(goalId)) throw new NotFoundError(`no goal "${goalId}"`);
    return c.json(app.ideas.listIdeas({ goalId }).map(ideaJson));
  });

  routes.get('/ideas/:id', (c) => {
    const idea = app.ideas.getIdea(app.resolveId('idea', c.req.param('id')));
    if (!idea) throw new NotFoundError(`no idea "${c.req.param('id')}"`);
    return c.json({ ...ideaJson(idea), goal: goalJson(app.ideas.getGoal(idea.goalId)!) });
  });

  return routes;
}

/**
 * `candidates` events as ideas arrive: at once when a set gains an idea, else at most every 200 ms, so
 * a growing title does not send an event per token.
 */
function candidatesEmitter(events: OperationEvents) {
  const last = new Map<string, { count: number; at: number }>();
  return (set: 'solo' | 'reach', ideas: ArrivingIdea[]) => {
    const now = Date.now();
    const previous = last.get(set);
    if (previous && ideas.length <= previous.count && now - previous.at < 200) return;
    last.set(set, { count: ideas.length, at: now });
    events.emit('candidates', { set, ideas });
  };
}
