/**
 * The words of a response that carry its meaning, in one normal form, so that "bricks as doorstops"
 * and "a doorstop brick" count as the same use when responses are compared by their words.
 */

/** Function words and the filler every use of anything shares ("use it to make something"). */
const STOP_WORDS = new Set(
  (
    'a an the and or but of to in on for with as at by from into onto it its is are be was were this ' +
    'that these those you your i me my we our they them their he she his her use used using make ' +
    'making can could would will just like so up out over if then than also some any all very more ' +
    'one thing things something stuff get put have has do does not no other another way ways'
  ).split(' '),
);

/** Lower-case letter runs; apostrophes split ("it's" → "it", "s"), as the norms were built. */
export function responseWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  );
}

/** A crude English singular: enough to join "doorstops" and "doorstop" without a dictionary. */
function stemWord(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('es') && 'sxz'.includes(word.at(-3) ?? '')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The key an object is pooled and normed under: "Bricks", "a brick" and "brick" are one object. */
export function objectKey(object: string): string {
  const words = responseWords(object).filter((word) => !STOP_WORDS.has(word));
  return words.map(stemWord).join(' ');
}

/**
 * The distinct stemmed content words of a response to `object`, sorted; the object's own name is not
 * content (every response to "brick" is about bricks).
 */
export function contentWords(text: string, object: string): string[] {
  const own = new Set(objectKey(object).split(' '));
  const words = new Set<string>();
  for (const word of responseWords(text)) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    const stem = stemWord(word);
    if (!own.has(stem)) words.add(stem);
  }
  return [...words].sort();
}

/** Every unordered pair of distinct content words, as "a b" with a < b. */
export function contentPairs(words: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) pairs.push(`${words[i]} ${words[j]}`);
  }
  return pairs;
}
