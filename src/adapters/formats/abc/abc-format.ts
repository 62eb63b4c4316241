import type { FormatDefinition } from '../format-definition.js';
import { splitAbcFile } from './tune-book.js';

/** Music in ABC notation, every bar of every voice checked against the metre. */
export const abcFormat: FormatDefinition = {
  name: 'abc',
  label: 'Music (ABC notation)',
  summary: 'music in ABC notation (a tune, an arrangement, a score with several voices)',
  guide:
    'abc: music in ABC notation 2.1 with X:, T:, M:, L: and K: headers. Every bar must last exactly what ' +
    'the metre says (a pickup bar and a short last bar may together make one full bar). Use V: for ' +
    'several voices. No lyrics lines unless asked.',
  cardCheckGuide:
    'Make apply cards checkable where the task is a phrase: give formatCheck.condition (meter, bars, ' +
    'key, startsOn and endsOn as scale degrees 1-7), e.g. a bar of 4/4 in C ending on the third is ' +
    '{"meter":"4/4","bars":1,"key":"C","endsOn":3}; the model answer (ABC notes) must meet it.',
  display: 'score',
  sourceExtensions: ['abc'],
  renderExtensions: ['mid', 'svg'],
  renderHelp: '.mid or .svg (a score) for music',
  splitFile: splitAbcFile,
  loadEngine: async () => (await import('./abc-checker.js')).createAbcChecker(),
};
