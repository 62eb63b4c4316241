import { Hono } from 'hono';
import { z } from 'zod';
import { NotFoundError, UserInputError } from '../../../domain/errors/index.js';
import { ratings } from '../../../domain/practice/rating.js';
import { cardSource } from '../../../usecases/cards/card-source.js';
import { openCardOnArtifact } from '../../../usecases/practice/card-artifact.js';
import { checkAnswer } from '../../../usecases/practice/check-answer.js';
import { defaultSessionLimit, dueQueue } from '../../../usecases/practice/due-queue.js';
import { fitScheduler, refitIfDue } from '../../../usecases/practice/fit-scheduler.js';
import { gradeAnswer } from '../../../usecases/practice/grade-answer.js';
import { listLeeches, suspendLeeches } from '../../../usecases/practice/leeches.js';
import { reviewCard } from '../../../usecases/practice/review-card.js';
import { undoReview } from '../../../usecases/practice/undo-review.js';
import { cardOnArtifactJson } from '../../views/card-artifact-json.js';
import { dueQueueJson, proposedGradeJson, reviewJson, undoJson } from '../../views/practice-json.js';
import { fitJson, leechesJson } from '../../views/scheduler-json.js';
import { parseBody, parseValue } from '../parse-body.js';
import type { ServerContext } from '../server-context.js';

const queueQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100_000).optional(),
  domain: z.string().min(1).optional(),
});

const reviewBody = z.object({
  cardId: z.string().min(1),
  rating: z.enum(ratings),
  answer: z.string().max(10_000).optional(),
});

const gradeBody = z.object({ cardId: z.string().min(1), answer: z.string().min(1).max(10_000) });

/** Practice: the due queue, a review, undo, and the model's proposed grade for a typed answer. */
export function practiceRoutes({ app }: ServerContext): Hono {
  const routes = new Hono();

  routes.get('/practice/queue', async (c) => {
    const query = parseValue(c.req.query(), queueQuery, 'query');
    // A sitting starts here: refit first when the log has doubled. A failed fit keeps the old fit.
    await refitIfDue(app.deps.fit()).catch(() => undefined);
    const deps = app.deps.practice();
    const queue = dueQueue({ limit: query.limit ?? defaultSessionLimit, domain: query.domain }, deps);
    const cards = app.deps.cards();
    return c.json(dueQueueJson(queue, app.clock.now(), (card) => cardSource(card, cards)));
  });

  routes.post('/practice/reviews', async (c) => {
    const body = await parseBody(c, reviewBody);
    const outcome = reviewCard(body, app.deps.practice());
    // A card that comes back in this session is asked with fresh previews.
    return c.json(reviewJson(outcome, app.clock.now()), 201);
  });

  routes.post('/practice/undo', async (c) => {
    const body = await parseBody(c, z.object({ reviewId: z.string().min(1).optional() }));
    return c.json(undoJson(undoReview(body, app.deps.practice())));
  });

  routes.post('/practice/grade', async (c) => {
    const body = await parseBody(c, gradeBody);
    const card = app.practice.getCard(body.cardId);
    if (!card) throw new NotFoundError(`no card "${body.cardId}"`);
    const grade = await gradeAnswer(
      { card, answer: body.answer, signal: c.req.raw.signal, person: app.store.getPerson() },
      await app.deps.thinking(),
    );
    return c.json(proposedGradeJson(grade));
  });

  routes.post('/practice/check', async (c) => {
    const body = await parseBody(c, gradeBody);
    const card = app.practice.getCard(body.cardId);
    if (!card) throw new NotFoundError(`no card "${body.cardId}"`);
    if (!card.formatCheck) throw new UserInputError(`card ${card.id} has no check: rate it yourself`);
    const proposal = await checkAnswer(
      { card, answer: body.answer, signal: c.req.raw.signal },
      app.deps.answerChecking(),
    );
    return c.json(proposal ? proposedGradeJson(proposal) : null);
  });

  routes.get('/practice/cards/:id/artifact', (c) =>
    c.json(cardOnArtifactJson(openCardOnArtifact(c.req.param('id'), app.deps.cardOnArtifact()))),
  );

  routes.post('/practice/optimize', async (c) =>
    c.json(fitJson(await fitScheduler({ signal: c.req.raw.signal }, app.deps.fit()))),
  );

  routes.get('/practice/leeches', (c) => c.json(leechesJson(listLeeches(app.deps.practice()))));

  routes.post('/practice/leeches/suspend', (c) => c.json(leechesJson(suspendLeeches(app.deps.practice()))));

  return routes;
}
