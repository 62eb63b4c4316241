import type { ArtifactFormat } from '../../domain/artifact.js';

/**
 * The files each format is read from and written to, in one place: `source` extensions hold the
 * artifact's own text (the first is the usual one), `render` extensions are what its checker renders it
 * to. The lazy checkers, the checkers themselves, `chops check` and `--out` all read this.
 */
export const formatFiles = {
  js: { source: ['js', 'mjs'], render: [] },
  abc: { source: ['abc'], render: ['mid', 'svg'] },
  'vega-lite': { source: ['vl.json', 'json'], render: ['svg'] },
  markdown: { source: ['md', 'markdown'], render: ['html'] },
} as const satisfies Record<ArtifactFormat, { source: readonly string[]; render: readonly string[] }>;
