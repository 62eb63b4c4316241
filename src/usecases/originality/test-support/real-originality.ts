import { join } from 'node:path';
import { WordVectorEmbedder, WordVectors } from '../../../adapters/embeddings/index.js';
import { readOriginalityNorms } from '../../../adapters/norms/originality-norms-file.js';
import type { OriginalityDeps } from '../score-responses.js';

let shared: OriginalityDeps | undefined;

/** The shipped norms and the embedded word vectors they were built with, loaded once per process. */
export function realOriginalityDeps(): OriginalityDeps {
  shared ??= {
    norms: readOriginalityNorms(),
    embedder: new WordVectorEmbedder(
      WordVectors.open(join(import.meta.dirname, '../../../../vectors/wink-100d.bin')),
    ),
  };
  return shared;
}
