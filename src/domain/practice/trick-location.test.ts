import { describe, expect, it } from 'vitest';
import { locateExample } from './trick-location.js';

const tune = `X:1
T:Blue in the Face
M:4/4
L:1/8
K:F
|: "F7" F2 AB c2 A2 | "Bb7" B2 d2 =B2 c2 |
"F7" A2 F2 _A2 =A2 | "C7" G2 E2 C4 :|`;

describe('where a trick appears in its artifact', () => {
  it('finds the example as written', () => {
    expect(locateExample(tune, '"F7" A2 F2 _A2 =A2 | "C7" G2 E2 C4 :|')).toEqual({
      from: 7,
      to: 7,
      match: 'exact',
    });
  });

  it('finds the closest lines when the model tidied the example out of the artifact', () => {
    const tidied =
      'X:1\nK:F\n|:  "F7" F2 AB c2 A2 | "Bb7" B2 d2 =B2 c2 |\n"F7"  A2 F2 _A2 =A2 | "C7" G2 E2 C4 :|';
    expect(locateExample(tune, tidied)).toEqual({ from: 6, to: 7, match: 'near' });
  });

  it('says nothing when the example is not in the artifact at all', () => {
    expect(locateExample(tune, 'const x = 1;')).toBeUndefined();
    expect(locateExample(tune, '')).toBeUndefined();
  });
});
