import { Hono } from 'hono';
import { z } from 'zod';
import { listModels } from '../../../adapters/local-model/index.js';
import { modelNameSchema, modelVariables, providers } from '../../../adapters/models/index.js';
import { settingsJson } from '../../views/settings-json.js';
import { parseBody } from '../parse-body.js';
import type { ServerContext } from '../server-context.js';

const modelBody = z.object({ model: modelNameSchema.nullable() });

/** Settings: which model applies and why, the providers and their variables, the local models. */
export function settingsRoutes({ app, env }: ServerContext): Hono {
  const routes = new Hono();

  const settings = async () => {
    const config = app.config.read();
    return settingsJson({
      model: await app.modelStatus(),
      configModel: config.model,
      domain: app.defaultDomain(undefined),
      masteryDays: config['mastery-days'],
      env,
      providers,
      variables: modelVariables(),
      localModels: await listModels(app.modelsDir, undefined).catch(() => []),
      dataFolder: app.home,
    });
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
