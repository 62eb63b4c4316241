import { borrowedIvLesson, sailorLens, tideWaltz, tideWaltzWithLongBar } from '../../support/tide-waltz.js';

/**
 * A model for the kill runs, answering as a strong model would: one reach idea, a tune with a wrong
 * bar first (so that make checks, asks for a repair and checks again: the windows a kill can hit),
 * then the repaired tune, then one trick with two cards for learn.
 */
export function hostileModel(prompt: string): unknown {
  if (prompt.includes('lenses for imagining')) return sailorLens;
  if (prompt.includes('ALONE'))
    return {
      ideas: [
        {
          title: 'Harbour march',
          pitch: 'A brisk march for brass that you could write with the forms you know.',
          lens: 'a bandleader',
          needs: [{ name: 'waltz form', how: 'contrast between sections' }],
        },
      ],
    };
  if (prompt.includes('REACH'))
    return {
      ideas: [
        {
          title: 'Tide waltz',
          pitch:
            'A waltz whose phrases rise and fall like the tide. The B section borrows chords from the parallel minor for the ebb.',
          lens: 'a sailor',
          needs: [
            { name: 'waltz form', how: 'the structure' },
            { name: 'modal interchange', how: 'the minor colour of the ebb' },
          ],
        },
      ],
    };
  if (prompt.includes('failed its check'))
    return {
      content: `\`\`\`abc\n${tideWaltz}\n\`\`\``,
      abilitiesUsed: [{ name: 'modal interchange', how: 'borrowed iv in bar 3' }],
    };
  if (prompt.includes('Make the artifact'))
    return {
      title: 'Tide waltz',
      content: tideWaltzWithLongBar,
      abilitiesUsed: [{ name: 'modal interchange', how: 'bar 3' }],
    };
  return borrowedIvLesson();
}
