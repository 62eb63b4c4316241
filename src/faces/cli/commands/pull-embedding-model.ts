import {
  embeddingModelsDir,
  recommendedEmbeddingModel,
} from '../../../adapters/embeddings/recommended-embedding-model.js';
import { type PulledModel, pullModel } from '../../../adapters/local-model/index.js';
import type { ChopsApp } from '../../chops-app.js';
import { pulledModelJson } from '../../views/local-model-json.js';
import type { CliContext } from '../cli-context.js';
import { progressBar } from '../progress-bar.js';

/**
 * Fetches an embedding model (the recommended one unless a reference is given) into the embedding
 * models folder, where chops finds it and makes it the default embedder.
 */
async function pullEmbeddingModel(
  cli: CliContext,
  app: ChopsApp,
  reference: string | undefined,
  signal: AbortSignal,
): Promise<PulledModel> {
  const bar = progressBar(cli.io.stderr, 'Downloading the embedding model', cli.output.isTerminal);
  const pulled = await pullModel({
    reference: reference ?? recommendedEmbeddingModel.url,
    modelsDir: embeddingModelsDir(app.modelsDir),
    ...(cli.io.fetch ? { fetch: cli.io.fetch } : {}),
    onProgress: (progress) => bar.update(progress),
    signal,
  });
  bar.done();
  return pulled;
}

/** What to say once an embedding model is in place. */
function embeddingModelLine(pulled: PulledModel, configured: string | undefined): string {
  const { name, size } = pulled.model;
  const got = pulled.downloaded
    ? `Downloaded and verified the embedding model ${name} (${(size / 1e6).toFixed(0)} MB).`
    : `The embedding model ${name} is already here.`;
  return configured
    ? `${got} embed-model is set to ${configured}, which chops keeps using.`
    : `${got} chops embeds with it now (local:${name}) instead of the word vectors.`;
}

/** `chops model pull --embedding [NAME]`: only the embedding model. */
export async function pullEmbeddingOnly(
  cli: CliContext,
  app: ChopsApp,
  reference: string | undefined,
  json: boolean | undefined,
): Promise<void> {
  return cli.interruptible(async ({ signal }) => {
    const pulled = await pullEmbeddingModel(cli, app, reference, signal);
    if (json) return cli.output.json(pulledModelJson(pulled, 'embedding'));
    cli.output.line(embeddingModelLine(pulled, app.config.read()['embed-model']));
  });
}

/** After `chops model pull` of the recommended chat model: the embedding model too, or a note why not. */
export async function pullEmbeddingAfter(cli: CliContext, app: ChopsApp, signal: AbortSignal): Promise<void> {
  try {
    const pulled = await pullEmbeddingModel(cli, app, undefined, signal);
    cli.output.note(embeddingModelLine(pulled, app.config.read()['embed-model']));
  } catch (error) {
    if (signal.aborted) throw error;
    cli.output.note(
      `The embedding model could not be fetched (${(error as Error).message.split('\n')[0]}); chops keeps the word vectors. Try again with chops model pull --embedding.`,
    );
  }
}
