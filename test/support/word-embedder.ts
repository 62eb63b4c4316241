import { tmpdir } from 'node:os';
import { locateWordVectors, WordVectorEmbedder, WordVectors } from '../../src/adapters/embeddings/index.js';

let shared: Promise<WordVectorEmbedder> | undefined;

/** The real word-vector embedder, loaded once per test process (the file `postinstall` built). */
export function wordEmbedder(): Promise<WordVectorEmbedder> {
  shared ??= locateWordVectors({ home: tmpdir() }).then(
    (path) => new WordVectorEmbedder(WordVectors.open(path)),
  );
  return shared;
}
