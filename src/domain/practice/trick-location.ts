/** Where in an artifact's content a trick's example appears: lines `from` to `to`, counted from 1. */
export interface TrickLocation {
  from: number;
  to: number;
  /** exact: the example is in the artifact as written; near: the lines that share the most with it. */
  match: 'exact' | 'near';
}

const normalise = (line: string) => line.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The lines of `content` where `example` appears. Models often tidy an example out of the artifact
 * (a header dropped, spacing changed), so when it is not there verbatim, the run of lines sharing the
 * most of the example's lines is taken; undefined when no line of it is in the artifact.
 */
export function locateExample(content: string, example: string): TrickLocation | undefined {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const wanted = example.replace(/\r\n?/g, '\n').trim();
  if (wanted === '') return undefined;
  const at = content.replace(/\r\n?/g, '\n').indexOf(wanted);
  if (at >= 0) {
    const from = content.replace(/\r\n?/g, '\n').slice(0, at).split('\n').length;
    return { from, to: from + wanted.split('\n').length - 1, match: 'exact' };
  }
  // Lines too short to tell anything (a brace, "X:1") do not count as evidence.
  const exampleLines = new Set(
    wanted
      .split('\n')
      .map(normalise)
      .filter((line) => line.length >= 6),
  );
  const hits = lines
    .map((line, index) => ({ index, hit: exampleLines.has(normalise(line)) }))
    .filter((l) => l.hit);
  if (hits.length === 0) return undefined;
  // The densest run: consecutive hits at most two lines apart.
  let best = { from: hits[0]!.index, to: hits[0]!.index, count: 1 };
  let current = { ...best };
  for (let i = 1; i < hits.length; i++) {
    if (hits[i]!.index - hits[i - 1]!.index <= 3)
      current = { ...current, to: hits[i]!.index, count: current.count + 1 };
    else current = { from: hits[i]!.index, to: hits[i]!.index, count: 1 };
    if (current.count > best.count) best = { ...current };
  }
  return { from: best.from + 1, to: best.to + 1, match: 'near' };
}
