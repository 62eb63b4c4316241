import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { StoreError } from '../../domain/errors/index.js';
import {
  type MeaningClusters,
  type ObjectNorm,
  ORIGINALITY_FEATURES,
  type OriginalityFeatureValues,
  type OriginalityNorms,
} from '../../domain/originality/originality-norms.js';
import { storeFileError } from '../files/file-errors.js';

/**
 * The norm file shipped with chops (built by scripts/build-originality-norms.ts from the public Ocsai
 * AUT training split). Centroids are int8 with one scale per vector, base64: a few hundred kilobytes.
 */
export const ORIGINALITY_NORMS_FILE = new URL('../../../norms/originality-aut.json', import.meta.url);

const features = z.object(
  Object.fromEntries(ORIGINALITY_FEATURES.map((feature) => [feature, z.number()])) as Record<
    keyof OriginalityFeatureValues,
    z.ZodNumber
  >,
);

const clustersSchema = z.object({
  dims: z.number().int().positive(),
  scales: z.array(z.number()),
  vectors: z.string(),
  counts: z.array(z.number().int().nonnegative()),
});

const fileSchema = z.object({
  format: z.literal('chops-originality-norms/1'),
  source: z.string(),
  embedderModel: z.string(),
  probe: z.object({ text: z.string(), vector: z.string() }).optional(),
  meanRating: z.number(),
  weights: z.object({ intercept: z.number(), objectMean: z.number(), features }),
  featureMeans: features,
  fit: z.record(z.string(), z.number()),
  objects: z.record(
    z.string(),
    z.object({
      responses: z.number().int().positive(),
      meanRating: z.number(),
      words: z.record(z.string(), z.number().int().positive()),
      pairs: z.record(z.string(), z.number().int().positive()),
      clusters: clustersSchema,
      kinds: clustersSchema,
    }),
  ),
});

/** The file's JSON shape. */
type OriginalityNormsDocument = z.infer<typeof fileSchema>;

/** Reads and checks the norm file; StoreError when it is missing or malformed. */
export function readOriginalityNorms(path: URL | string = ORIGINALITY_NORMS_FILE): OriginalityNorms {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw storeFileError(error, 'read', `the originality norms (${String(path)})`);
  }
  const result = fileSchema.safeParse(parsed);
  if (!result.success)
    throw new StoreError(`the originality norms file is malformed: ${result.error.issues[0]?.message}`);
  return decodeNorms(result.data);
}

/** The document for a norm set (what the build script writes). */
export function encodeNorms(
  norms: OriginalityNorms,
  source: string,
  fit: Record<string, number>,
): OriginalityNormsDocument {
  const objects: OriginalityNormsDocument['objects'] = {};
  for (const [key, norm] of [...norms.objects].sort(([a], [b]) => a.localeCompare(b))) {
    objects[key] = {
      responses: norm.responses,
      meanRating: round(norm.meanRating),
      words: Object.fromEntries([...norm.words].sort(([a], [b]) => a.localeCompare(b))),
      pairs: Object.fromEntries([...norm.pairs].sort(([a], [b]) => a.localeCompare(b))),
      clusters: encodeClusters(norm.clusters),
      kinds: encodeClusters(norm.kinds),
    };
  }
  return {
    format: 'chops-originality-norms/1',
    source,
    embedderModel: norms.embedderModel,
    ...(norms.probe
      ? {
          probe: {
            text: norms.probe.text,
            vector: Buffer.from(
              norms.probe.vector.buffer,
              norms.probe.vector.byteOffset,
              norms.probe.vector.byteLength,
            ).toString('base64'),
          },
        }
      : {}),
    meanRating: round(norms.meanRating),
    weights: norms.weights,
    featureMeans: norms.featureMeans,
    fit,
    objects,
  };
}

function decodeNorms(document: OriginalityNormsDocument): OriginalityNorms {
  const objects = new Map<string, ObjectNorm>();
  for (const [key, entry] of Object.entries(document.objects)) {
    objects.set(key, {
      responses: entry.responses,
      meanRating: entry.meanRating,
      words: new Map(Object.entries(entry.words)),
      pairs: new Map(Object.entries(entry.pairs)),
      clusters: decodeClusters(entry.clusters),
      kinds: decodeClusters(entry.kinds),
    });
  }
  return {
    embedderModel: document.embedderModel,
    probe: document.probe && {
      text: document.probe.text,
      vector: new Float32Array(new Uint8Array(Buffer.from(document.probe.vector, 'base64')).buffer),
    },
    meanRating: document.meanRating,
    weights: document.weights,
    featureMeans: document.featureMeans,
    objects,
  };
}

type ClustersDocument = z.infer<typeof clustersSchema>;

function encodeClusters(clusters: MeaningClusters): ClustersDocument {
  const dims = clusters.vectors[0]?.length ?? 1;
  const bytes = new Int8Array(dims * clusters.vectors.length);
  const scales = clusters.vectors.map((vector, v) => {
    const scale = Math.max(...vector.map(Math.abs)) / 127 || 1;
    vector.forEach((value, d) => {
      bytes[v * dims + d] = Math.round(value / scale);
    });
    return Number(scale.toPrecision(6));
  });
  return { dims, scales, vectors: Buffer.from(bytes.buffer).toString('base64'), counts: clusters.counts };
}

function decodeClusters(document: ClustersDocument): MeaningClusters {
  const bytes = new Int8Array(Buffer.from(document.vectors, 'base64'));
  const vectors = document.scales.map((scale, v) => {
    const vector = new Float32Array(document.dims);
    for (let d = 0; d < document.dims; d++) vector[d] = bytes[v * document.dims + d]! * scale;
    return vector;
  });
  if (vectors.length !== document.counts.length)
    throw new StoreError('the originality norms file is malformed: clusters and counts differ');
  return { vectors, counts: document.counts };
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
