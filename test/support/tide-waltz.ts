/**
 * The scripted model answers the CLI, server and kill tests share: a tune in 3/4 (and the same tune with
 * a first bar too long, for make's repair loop), the sailor's lens, and one trick with two cards that
 * learn turns the tune into. One copy, so a change to a prompt's answer shape is made once.
 */
export const tideWaltz = 'X:1\nT:Tide waltz\nM:3/4\nL:1/4\nK:D\nD E F | A2 A | d c B | A3 |]';

/** The same tune with four beats in its first bar: the abc check fails it, so make asks for a repair. */
export const tideWaltzWithLongBar = 'X:1\nT:Tide waltz\nM:3/4\nL:1/4\nK:D\nD E F G | A2 A | d c B | A3 |]';

/** Imagine's lens answer: one lens, a sailor. */
export const sailorLens = { lenses: [{ name: 'a sailor', angle: 'sea shanties' }] };

/** Learn's answer for the tune: borrowing iv from the parallel minor, one recall and one apply card. */
export function borrowedIvLesson() {
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
