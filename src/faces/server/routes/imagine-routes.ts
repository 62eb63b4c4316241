import { Hono } from 'hono';
import { z } from 'zod';
import { secretValues } from '../../../adapters/models/index.js';
import { NotFoundError } from '../../../domain/errors/index.js';
import { MAX_MINE_CHARACTERS, MAX_MINE_IDEAS } from '../../../domain/mine.js';
import { type ArrivingIdea, imagine } from '../../../usecases/imagine/imagine.js';
import { ideasAsTheyStand } from '../../../usecases/recognition/needs-now.js';
import {
  candidatesJson,
  goalDetailJson,
  goalJson,
  ideaJson,
  ideaWithGoalJson,
  imaginedJson,
} from '../../views/idea-json.js';
import { longOperation, type OperationEvents } from '../long-operation.js';
import { parseBody, parseValue } from '../parse-body.js';
import type { ServerContext } from '../server-context.js';

const imagineBody = z.object({
  goal: z.string().max(2000),
  domain: z.string().optional(),
  count: z.number().int().min(1).max(12).optional(),
  /** The person's own ideas, given before any model idea was shown. */
  mine: z.array(z.string().max(MAX_MINE_CHARACTERS)).max(MAX_MINE_IDEAS).optional(),
});

const goalsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).optional(),
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
        const deps = await app.deps.imagine({ onNote: events.progress });
        const result = await imagine(
          {
            goal: body.goal,
            domain: app.defaultDomain(body.domain?.trim() || undefined),
            count: body.count ?? 5,
            mine: body.mine ?? [],
            signal: events.signal,
            onProgress: events.progress,
            onCandidates: candidatesEmitter(events),
          },
          deps,
        );
        return imaginedJson(result);
      },
      (error) => context.log(String((error as Error).stack ?? error)),
      secretValues(context.env),
    );
  });

  // Newest first; `limit` and `offset` page through them (ask for one more than a page to know if
  // there is a next one).
  routes.get('/goals', (c) => {
    const { limit, offset = 0 } = parseValue(c.req.query(), goalsQuery, 'query');
    const newestFirst = app.ideas.listGoals().reverse();
    return c.json(newestFirst.slice(offset, limit === undefined ? undefined : offset + limit).map(goalJson));
  });

  routes.get('/goals/:id', (c) => {
    const goal = app.ideas.getGoal(app.resolveId('goal', c.req.param('id')));
    if (!goal) throw new NotFoundError(`no goal "${c.req.param('id')}"`);
    // Needs as they stand now, not as they were when the ideas were made.
    const ideas = ideasAsTheyStand(app.ideas.listIdeas({ goalId: goal.id }), app.store);
    return c.json(
      goalDetailJson(goal, app.mine.mineForGoal(goal.id), ideas, (ideaId) =>
        app.artifacts.listArtifacts({ ideaId }),
      ),
    );
  });

  routes.get('/ideas', (c) => {
    const goalId = c.req.query('goal');
    if (goalId && !app.ideas.getGoal(goalId)) throw new NotFoundError(`no goal "${goalId}"`);
    return c.json(ideasAsTheyStand(app.ideas.listIdeas({ goalId }), app.store).map(ideaJson));
  });

  routes.get('/ideas/:id', (c) => {
    const idea = app.ideas.getIdea(app.resolveId('idea', c.req.param('id')));
    if (!idea) throw new NotFoundError(`no idea "${c.req.param('id')}"`);
    const [now] = ideasAsTheyStand([idea], app.store);
    return c.json(ideaWithGoalJson(now!, app.ideas.getGoal(idea.goalId)!));
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
    events.emit('candidates', candidatesJson(set, ideas));
  };
}
