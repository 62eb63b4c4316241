/**
 * Few-shot anchors for the originality judge: uses of two objects at each point of the Ocsai scale,
 * written for chops (not taken from the Ocsai responses), in the spirit of its raters' scale: 1 the
 * use nearly everyone gives, 3 an apt use few think of, 5 a surprising, workable transformation.
 * Their points were set by hand against the scale's description; a real calibration of the judge is
 * the linear map in {@link JUDGE_CALIBRATION}, fitted on the training split (see the README).
 */
export const JUDGE_ANCHORS: readonly { object: string; response: string; rating: number }[] = [
  { object: 'brick', response: 'build a wall', rating: 1 },
  { object: 'paperclip', response: 'hold papers together', rating: 1 },
  { object: 'brick', response: 'doorstop', rating: 2 },
  { object: 'paperclip', response: 'reset a phone through the pinhole', rating: 2 },
  { object: 'brick', response: 'heat it in the oven and wrap it in a towel as a bed warmer', rating: 3 },
  { object: 'paperclip', response: 'bend it into a tiny easel for a business card', rating: 3 },
  { object: 'brick', response: 'hollow it out as a hidden safe on a bookshelf of bricks', rating: 4 },
  { object: 'paperclip', response: 'straighten it as a fuse wire in an emergency', rating: 4 },
  { object: 'brick', response: 'grind it into red pigment and paint a mural with it', rating: 5 },
  {
    object: 'paperclip',
    response: 'a spring for a tiny catapult that launches seeds into a garden bed',
    rating: 5,
  },
];

/**
 * The linear map from the judge's 1–5 answer to the predicted mean human rating: identity until it is
 * fitted against a real model on the training split (scripts/originality-judge-figure.ts).
 */
export const JUDGE_CALIBRATION = { intercept: 0, slope: 1 } as const;
