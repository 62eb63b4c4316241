import type { DatInvalidReason } from '../../domain/dat.js';
import { DAT_CALIBRATION, DAT_NORMS, datStanding } from './dat-norms.js';

/** The task's instructions, as the original study gave them. */
export const DAT_INSTRUCTIONS = [
  'Please enter 10 words that are as different from each other as possible,',
  'in all meanings and uses of the words.',
  '',
  '1. Only single words in English.',
  '2. Only nouns (e.g., things, objects, concepts).',
  '3. No proper nouns (e.g., no specific people or places).',
  '4. No specialised vocabulary (e.g., no technical terms).',
  '5. Think of the words on your own (e.g., do not just look at objects in your surroundings).',
  '',
  'Take about four minutes. The first 7 valid words are scored; no model is asked anything.',
].join('\n');

const reasons: Record<DatInvalidReason, string> = {
  'not-a-word': 'not an English word (letters only)',
  'not-one-word': 'not a single word or a known compound',
  'not-in-dictionary': 'not in the dictionary',
  'no-vector': 'in the dictionary, but chops has no vector for it',
  duplicate: 'the same word as an earlier one',
};

/** Why an entry does not count, in words. */
export function describeDatReason(reason: DatInvalidReason): string {
  return reasons[reason];
}

/** Two sentences that place `score` among the published norms, and say how far to trust that. */
export function datOrientation(score: number): string[] {
  const { publishedScale, percentile } = datStanding(score);
  const share = Math.min(99, Math.max(1, Math.round(percentile)));
  return [
    `Published norms (${DAT_NORMS.source}, ${DAT_NORMS.participants.toLocaleString('en')} people): ` +
      `mean ${DAT_NORMS.mean}, SD ${DAT_NORMS.sd}. On that scale your score is about ` +
      `${publishedScale.toFixed(1)}, higher than about ${share}% of them (normal approximation).`,
    `chops uses 100-dimension GloVe vectors, not the study's GloVe 840B (300 d): its scores correlate ` +
      `r = ${DAT_CALIBRATION.correlation.toFixed(2)} with the published ones, run about ` +
      `${(DAT_CALIBRATION.publishedMean - DAT_CALIBRATION.chopsMean).toFixed(1)} points lower and spread ` +
      'wider, so read this as a rough guide.',
  ];
}
