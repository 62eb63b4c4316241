import { tideWaltzWithLongBar as badTune, tideWaltz as tune } from '../../../../test/support/tide-waltz.js';

/**
 * A scripted model for the whole loop over the OpenAI-compatible wire: lenses, solo and reach ideas,
 * a tune (wrong first, repaired second), and one trick with two cards. `hostile` puts XSS attempts in
 * every piece of text a model controls.
 */
export function loopModel(options: { hostile?: boolean } = {}) {
  const x = (text: string, attack: string) => (options.hostile ? `${text} ${attack}` : text);
  return (prompt: string): unknown => {
    if (prompt.includes('lenses for imagining')) return { lenses: [{ name: 'a sailor', angle: 'shanties' }] };
    if (prompt.includes('ALONE'))
      return {
        ideas: [
          {
            title: x('Plain waltz', '<img src=x onerror="window.__xss=1">'),
            pitch: 'A waltz in D.',
            lens: 'a sailor',
            needs: [{ name: 'waltz form', how: 'the structure' }],
          },
        ],
      };
    if (prompt.includes('REACH'))
      return {
        ideas: [
          {
            title: x('Tide waltz', '<script>window.__xss=1</script>'),
            pitch: x('Phrases rise and fall like the tide.', '<b onmouseover=alert(1)>hover</b>'),
            lens: 'a sailor',
            needs: [
              { name: 'waltz form', how: 'the structure' },
              { name: 'modal interchange', how: 'colour' },
            ],
          },
        ],
      };
    if (prompt.includes('failed its check'))
      return { content: tune, abilitiesUsed: [{ name: 'modal interchange', how: 'the B section' }] };
    if (prompt.includes('Make the artifact'))
      return {
        title: x('Tide waltz', '<svg onload=alert(1)>'),
        content: options.hostile
          ? badTune.replace('T:Tide waltz', 'T:<script>window.__xss=1</script>')
          : badTune,
        abilitiesUsed: [{ name: 'modal interchange', how: 'bar 3' }],
      };
    if (prompt.includes('learner_answer')) return { rating: 'good', reason: 'Right in substance.' };
    return {
      tricks: [
        {
          ability: 'modal interchange',
          name: x('Borrow iv from the parallel minor', '<iframe src="javascript:alert(1)">'),
          explanation: 'Use the minor iv chord in a major key for a wistful colour.',
          example: '"Fm"F2 A2|',
          cards: [
            { kind: 'recall', prompt: 'Which chord is borrowed in C major?', answer: 'F minor (iv)' },
            { kind: 'apply', prompt: 'Reharmonise C-F-G-C with one borrowed chord.', answer: 'C-Fm-G-C' },
            { kind: 'recall', prompt: 'What is the parallel minor of C major?', answer: 'C minor' },
          ],
        },
      ],
    };
  };
}
