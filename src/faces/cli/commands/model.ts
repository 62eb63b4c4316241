import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { recommendedEmbeddingModel } from '../../../adapters/embeddings/recommended-embedding-model.js';
import {
  listModels,
  pullModel,
  recommendedModel,
  removeModel,
  useModel,
} from '../../../adapters/local-model/index.js';
import { parseModelName } from '../../../adapters/models/index.js';
import { localModelJson, pulledModelJson } from '../../views/local-model-json.js';
import type { CliContext } from '../cli-context.js';
import { table } from '../output.js';
import { progressBar } from '../progress-bar.js';
import { terminalSafeLine } from '../terminal-text.js';
import { pullEmbeddingAfter, pullEmbeddingOnly } from './pull-embedding-model.js';

const size = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;

/** The model id of the configured model, when it is a local one. */
function localChoice(model: string | undefined): { defaultModel?: string } {
  const name = model ? parseModelName(model, 'the config file') : undefined;
  return name?.provider === 'local' ? { defaultModel: name.model } : {};
}

/** `chops model`: the embedded local models (GGUF files run on this machine's CPU, no account needed). */
export function modelCommand(cli: CliContext): CommandUnknownOpts {
  const model = new Command('model').description(
    'local models that run on your own machine: pull, list, use, rm',
  );

  model
    .command('pull')
    .description(
      `download a model (default: ${recommendedModel.name}, about ${size(recommendedModel.size ?? 0)}); resumes an interrupted download`,
    )
    .argument('[name]', 'a Hugging Face reference (hf:owner/repo/file.gguf) or an https URL')
    .option('--json', 'print the result as JSON')
    .option('--embedding', `only the embedding model (default: ${recommendedEmbeddingModel.name}, 36 MB)`)
    .action(async (reference, options, command) => {
      const app = cli.open(command);
      if (options.embedding) return pullEmbeddingOnly(cli, app, reference, options.json);
      const bar = progressBar(cli.io.stderr, 'Downloading', cli.output.isTerminal);
      return cli.interruptible(async ({ signal }) => {
        const pulled = await pullModel({
          ...(reference ? { reference } : {}),
          modelsDir: app.modelsDir,
          ...(cli.io.fetch ? { fetch: cli.io.fetch } : {}),
          onProgress: (progress) => bar.update(progress),
          signal,
        });
        bar.done();
        const { name } = pulled.model;
        if (options.json) return cli.output.json(pulledModelJson(pulled));
        cli.output.line(
          pulled.downloaded
            ? `Downloaded and verified ${name} (${size(pulled.model.size)}).`
            : `${name} is already here.`,
        );
        if (!app.config.read().model)
          cli.output.line(`chops will use it when no other model is configured (local:${name}).`);
        // With no name, the recommended embedding model comes too; failing to get it loses nothing.
        if (!reference) await pullEmbeddingAfter(cli, app, signal);
      });
    });

  model
    .command('list', { isDefault: true })
    .description('the models in the data folder, with sizes (the default)')
    .option('--json', 'print as JSON')
    .action(async (options, command) => {
      const app = cli.open(command);
      const models = await listModels(app.modelsDir, localChoice(app.config.read().model));
      if (options.json) {
        return cli.output.json(models.map(localModelJson));
      }
      if (models.length === 0)
        return cli.output.line(
          `No local models yet. Get one: chops model pull (${size(recommendedModel.size ?? 0)})`,
        );
      cli.output.line(table(models.map((m) => [m.isDefault ? '*' : ' ', m.name, size(m.size), m.path])));
    });

  model
    .command('use')
    .description('make a local model the one chops uses')
    .argument('<name>', 'a model name (from chops model list) or a path to a .gguf file')
    .action(async (name, _options, command) => {
      const app = cli.open(command);
      const value = await useModel(app.modelsDir, name);
      app.config.set('model', value);
      cli.output.line(terminalSafeLine(`model = ${value}`));
    });

  model
    .command('rm')
    .description('delete a local model')
    .argument('<name>', 'the model name (from chops model list)')
    .action(async (name, _options, command) => {
      const app = cli.open(command);
      const removed = await removeModel(app.modelsDir, name);
      if (app.config.read().model === `local:${removed.name}`) app.config.unset('model');
      cli.output.line(terminalSafeLine(`removed ${removed.name} (${size(removed.size)})`));
    });

  return model;
}
