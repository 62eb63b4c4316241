import { Hono } from 'hono';
import { z } from 'zod';
import { abilityKinds, abilityStatuses } from '../../../domain/ability.js';
import { addAbilities } from '../../../usecases/repertoire/add-abilities.js';
import {
  mergeAbility,
  removeAbility,
  renameAbility,
  setAbilityStatus,
} from '../../../usecases/repertoire/change-ability.js';
import { findAbility } from '../../../usecases/repertoire/find-ability.js';
import { abilityJson, mergedJson, outcomeJson } from '../../views/ability-json.js';
import { parseBody, parseValue } from '../parse-body.js';
import type { ServerContext } from '../server-context.js';

const listQuery = z.object({
  domain: z.string().min(1).optional(),
  status: z.enum(abilityStatuses).optional(),
});

const addBody = z.object({
  names: z.array(z.string()).min(1, 'give at least one ability name').max(500),
  domain: z.string().optional(),
  kind: z.enum(abilityKinds).optional(),
  summary: z.string().optional(),
  status: z.enum(abilityStatuses).optional(),
});

const changeBody = z
  .object({ name: z.string().optional(), status: z.enum(abilityStatuses).optional() })
  .refine((body) => body.name !== undefined || body.status !== undefined, 'give a new name or status');

const mergeBody = z.object({ into: z.string().min(1, 'say which ability to merge into (its id)') });

/** The repertoire: list (filtered), add (merging duplicates), rename, change status, merge, remove. */
export function repertoireRoutes({ app }: ServerContext): Hono {
  const routes = new Hono();

  routes.get('/abilities', (c) => {
    const query = parseValue(c.req.query(), listQuery, 'query');
    return c.json(app.store.listAbilities(query).map(abilityJson));
  });

  routes.post('/abilities', async (c) => {
    const body = await parseBody(c, addBody);
    const outcomes = await addAbilities(
      {
        names: body.names,
        domain: app.defaultDomain(body.domain?.trim() || undefined),
        ...(body.kind ? { kind: body.kind } : {}),
        ...(body.summary !== undefined ? { summary: body.summary } : {}),
        ...(body.status ? { status: body.status } : {}),
      },
      await app.deps.repertoire(),
    );
    return c.json(outcomes.map(outcomeJson), 201);
  });

  routes.patch('/abilities/:id', async (c) => {
    const body = await parseBody(c, changeBody);
    // By id only: a name in the path would be ambiguous across domains.
    const { id } = findAbility(app.store, c.req.param('id'));
    if (body.name !== undefined) await renameAbility(id, body.name, {}, await app.deps.repertoire());
    if (body.status !== undefined) setAbilityStatus(id, body.status, {}, app.deps.abilityChanges());
    return c.json(abilityJson(app.store.getAbility(id)!));
  });

  routes.post('/abilities/:id/merge', async (c) => {
    const body = await parseBody(c, mergeBody);
    // By id only, both of them: names may be ambiguous across domains.
    const result = mergeAbility(c.req.param('id'), body.into, {}, app.deps.abilityChanges());
    return c.json(mergedJson(result));
  });

  routes.delete('/abilities/:id', (c) => {
    const removed = removeAbility(c.req.param('id'), {}, app.deps.abilityChanges());
    return c.json(abilityJson(removed));
  });

  return routes;
}
