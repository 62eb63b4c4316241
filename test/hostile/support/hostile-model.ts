/**
 * A model for the kill runs, answering as a strong model would: one reach idea, a tune with a wrong
 * bar first (so that make checks, asks for a repair and checks again: the windows a kill can hit),
 * then the repaired tune, then one trick with two cards for learn.
 */
export const waltz = 'X:1\nT:Tide waltz\nM:3/4\nL:1/4\nK:D\nD E F | A2 A | d c B | A3 |]';
const waltzWithLongBar = 'X:1\nT:Tide waltz\nM:3/4\nL:1/4\nK:D\nD E F G | A2 A | d c B | A3 |]';

export function hostileModel(prompt: string): unknown {
  if (prompt.includes('lenses for imagining'))
    return { lenses: [{ name: 'a sailor', angle: 'sea shanties' }] };
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
      content: `\`\`\`abc\n${waltz}\n\`\`\``,
      abilitiesUsed: [{ name: 'modal interchange', how: 'borrowed iv in bar 3' }],
    };
  if (prompt.includes('Make the artifact'))
    return {
      title: 'Tide waltz',
      content: waltzWithLongBar,
      abilitiesUsed: [{ name: 'modal interchange', how: 'bar 3' }],
    };
  return {
    tricks: [
      {
        ability: 'modal interchange',
        name: 'Borrow iv from the parallel minor',
        explanation: 'Use the minor iv chord in a major key for a wistful colour.',
        example: 'X:1\nK:C\n"Fm"F2 A2|',
        cards: [
          {
            kind: 'recall',
            prompt: 'Which chord does modal interchange often borrow in C major?',
            answer: 'F minor (iv)',
          },
          { kind: 'apply', prompt: 'Reharmonise C-F-G-C with one borrowed chord.', answer: 'C-Fm-G-C' },
        ],
      },
    ],
  };
}
