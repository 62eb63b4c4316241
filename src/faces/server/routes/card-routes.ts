import { Hono } from 'hono';
import { z } from 'zod';
import { NotFoundError } from '../../../domain/errors/index.js';
import { cardSource } from '../../../usecases/cards/card-source.js';
import { deleteCard, editCard, setCardSuspended } from '../../../usecases/cards/change-card.js';
import { cardDeletedJson, cardJson } from '../../views/card-json.js';
import { parseBody } from '../parse-body.js';
import type { ServerContext } from '../server-context.js';

const text = z.string().max(4000);
const changeBody = z
  .object({
    prompt: text.optional(),
    answer: text.optional(),
    check: text.optional(),
    suspended: z.boolean().optional(),
  })
  .strict();

/** One practice card: its source and history, edits, suspending and deleting. */
export function cardRoutes({ app }: ServerContext): Hono {
  const routes = new Hono();
  const shown = (id: string) => {
    const deps = app.deps.cards();
    const card = deps.practice.getCard(id);
    if (!card) throw new NotFoundError(`no card "${id}"`);
    return cardJson(card, cardSource(card, deps), deps.choices.listCardChanges(card.id));
  };

  routes.get('/cards/:id', (c) => c.json(shown(app.resolveId('card', c.req.param('id')))));

  routes.patch('/cards/:id', async (c) => {
    const body = await parseBody(c, changeBody);
    const cardId = app.resolveId('card', c.req.param('id'));
    const deps = app.deps.cards();
    if (body.prompt !== undefined || body.answer !== undefined || body.check !== undefined)
      editCard({ cardId, prompt: body.prompt, answer: body.answer, check: body.check }, deps);
    if (body.suspended !== undefined) setCardSuspended({ cardId, suspended: body.suspended }, deps);
    return c.json(shown(cardId));
  });

  routes.delete('/cards/:id', (c) => {
    const { change } = deleteCard({ cardId: app.resolveId('card', c.req.param('id')) }, app.deps.cards());
    return c.json(cardDeletedJson(change));
  });

  return routes;
}
