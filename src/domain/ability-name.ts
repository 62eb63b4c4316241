import pluralize from 'pluralize';

/**
 * Short forms people write for the same ability. Only forms that are not plain initials belong here:
 * initials ("PCR" for "polymerase chain reaction") are matched by rule (see `acronymsOf`).
 */
const abbreviations: Readonly<Record<string, string>> = {
  js: 'javascript',
  ts: 'typescript',
  py: 'python',
  regex: 'regular expression',
  regexp: 'regular expression',
  stats: 'statistics',
  stat: 'statistics',
  math: 'mathematics',
  maths: 'mathematics',
  k8s: 'kubernetes',
  postgres: 'postgresql',
  db: 'database',
  dbs: 'database',
  viz: 'visualization',
  vis: 'visualization',
  sax: 'saxophone',
  guitar: 'guitar',
  eng: 'engineering',
  bio: 'biology',
  chem: 'chemistry',
  info: 'information',
  intro: 'introduction',
  approx: 'approximation',
  algo: 'algorithm',
  algos: 'algorithm',
  config: 'configuration',
  dev: 'development',
  docs: 'documentation',
  doc: 'documentation',
  repo: 'repository',
  app: 'application',
  lang: 'language',
  prob: 'probability',
  sim: 'simulation',
  sims: 'simulation',
};

const articles = new Set(['a', 'an', 'the']);
const minorWords = new Set(['of', 'and', 'for', 'in', 'on', 'to', 'with', 'by', 'a', 'an', 'the']);

/** The words of a name after normalisation: case, punctuation, plurals and short forms folded. */
export function nameTokens(name: string): string[] {
  const text = name
    .normalize('NFKC')
    .toLowerCase()
    // Symbols that carry meaning in ability names: C++ is not C, C# (key or language) is not C.
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    // British and American spellings of the same suffix.
    .replace(/(\p{L})is(ation|e|ing|ed)\b/gu, '$1iz$2');
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !articles.has(w));
  return words
    .flatMap((word) => abbreviations[word]?.split(' ') ?? [word])
    .map((word) =>
      // pluralize knows English only; other scripts and words with digits are left as written.
      /^[a-z]+$/.test(word) && word.length > 3 ? pluralize.singular(word) : word,
    );
}

/**
 * The key two names share when they are the same ability written differently ("Node.js" / "node js",
 * "Chord Voicings" / "chord voicing"). Spaces are dropped so that "pen test" and "pentest" agree.
 */
export function nameKey(name: string): string {
  return nameTokens(name).join('');
}

const ascii = /^[\x20-\x7e]*$/;

/** NFKC and lower case; printable ASCII is already NFKC, and most names are, so it skips the costly step. */
function folded(name: string): string {
  return (ascii.test(name) ? name : name.normalize('NFKC')).toLowerCase();
}

/**
 * The name with only its letters and digits, as written: catches spellings that differ only in
 * punctuation and spacing ("NodeJS" / "Node.js") where the key's word-by-word folding cannot.
 */
export function compactName(name: string): string {
  return folded(name)
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(name: string): string[] {
  return folded(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The acronyms a multi-word name may be written as: the initials of all its words and of its major
 * words ("DoE" for "design of experiments"). Empty for single words.
 */
export function acronymsOf(name: string): string[] {
  return acronymsOfWords(words(name));
}

function acronymsOfWords(all: readonly string[]): string[] {
  if (all.length < 2) return [];
  const major = all.filter((w) => !minorWords.has(w));
  return [...new Set([all, major].map((list) => list.map((w) => w[0]).join('')))].filter(
    (a) => a.length >= 2,
  );
}

/** The name as an acronym, when it is a single short word (2 to 6 characters). */
export function asAcronym(name: string): string | undefined {
  return asAcronymOfWords(words(name));
}

function asAcronymOfWords(all: readonly string[]): string | undefined {
  return all.length === 1 && all[0]!.length >= 2 && all[0]!.length <= 6 ? all[0] : undefined;
}

/**
 * Whether two names use the same words up to their form ("jazz improvisation" / "improvising jazz"):
 * every word of each has a counterpart in the other with a common stem. "harmonic minor scale" and
 * "melodic minor scale" do not: one word differs outright, so they may be different abilities however
 * close their vectors are.
 */
export function sameWordsUpToForm(a: string, b: string): boolean {
  const first = nameTokens(a);
  const second = nameTokens(b);
  const covered = (word: string, others: string[]) => others.some((other) => shareStem(word, other));
  return first.every((word) => covered(word, second)) && second.every((word) => covered(word, first));
}

function shareStem(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 4 && common >= 0.6 * Math.min(a.length, b.length);
}

const numberWords: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
};

/**
 * The numbers and versions in a name, normalised and sorted: "HTTP/1.1" → ["1.1"], "Python 3" → ["3"],
 * "ES6" → ["6"], "grade five piano" → ["5"], "HTTP/2.0" → ["2"]. Letters do not count: "C++" has none.
 */
function numbersIn(name: string): string[] {
  const text = folded(name);
  const found = [...text.matchAll(/\d+(?:\.\d+)*/g)].map((match) => match[0].replace(/(?:\.0+)+$/, ''));
  for (const word of text.split(/[^\p{L}]+/u)) if (numberWords[word]) found.push(numberWords[word]);
  return found.map((n) => n.replace(/^0+(?=\d)/, '')).sort();
}

/**
 * Whether two names carry the same numbers: "Python 2" and "Python 3", "HTTP/1.1" and "HTTP/2",
 * "sonata no. 8" and "sonata no. 14" are different abilities however close their words.
 */
export function sameNumbers(a: string, b: string): boolean {
  const first = numbersIn(a);
  const second = numbersIn(b);
  return first.length === second.length && first.every((n, i) => n === second[i]);
}
