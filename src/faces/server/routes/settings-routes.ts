import { Hono } from 'hono';
import { z } from 'zod';
import { listModels } from '../../../adapters/local-model/index.js';
import { modelNameSchema } from '../../../adapters/models/index.js';
import { parseBody } from '../parse-body.js';
import type { ServerContext } from '../server-context.js';

/** The environment variables the model layer reads; the page shows whether each is set, never its value. */
export const modelVariables = [
  'CHOPS_MODEL',
  'ANTHROPIC_API_KEY',
  'OPENAI_API_KEY',
  'CHOPS_BASE_URL',
  'CHOPS_API_KEY',
  'OLLAMA_HOST',
  'CHOPS_EMBED_MODEL',
  'CHOPS_TIMEOUT',
  'CHOPS_STALL_TIMEOUT',
] as const;

const modelBody = z.object({ model: modelNameSchema.nullable() });

/** Settings: which model applies and why, the local models, and which variables are set. */
export function settingsRoutes({ app, env }: ServerContext): Hono {
  const routes = new Hono();

  const settings = async () => {
    const config = app.config.read();
    const local = await listModels(app.modelsDir, undefined).catch(() => []);
    return {
      model: await app.modelStatus(),
      configModel: config.model ?? null,
      domain: app.defaultDomain(undefined),
      masteryDays: config['mastery-days'] ?? null,
      environment: Object.fromEntries(modelVariables.map((name) => [name, Boolean(env[name]?.trim())])),
      localModels: local.map((m) => ({ name: m.name, bytes: m.size, isDefault: m.isDefault })),
      dataFolder: app.home,
    };
  };

  routes.get('/settings', async (c) => c.json(await settings()));

  routes.put('/settings/model', async (c) => {
    const body = await parseBody(c, modelBody);
    if (body.model === null) app.config.unset('model');
    else app.config.set('model', body.model);
    return c.json(await settings());
  });

  return routes;
}
