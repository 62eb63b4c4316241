/** Ten nouns far apart in meaning: a DAT list that scores well (above 60) with chops's word vectors. */
export const distantNouns = [
  'cat',
  'volcano',
  'spoon',
  'democracy',
  'glacier',
  'violin',
  'tax',
  'moss',
  'rocket',
  'soup',
] as const;
