/**
 * The JSON an answer carries when it is not JSON itself: the contents of a Markdown code fence, or the
 * first balanced object or array after some prose ("Here are your ideas: {…}"). Models wrap answers
 * this way often; reading them here saves a repair round trip. Candidates come best first; none is
 * trusted until it parses and matches the schema.
 */
function jsonCandidates(text: string): string[] {
  const candidates: string[] = [];
  for (const fence of text.matchAll(/```[a-zA-Z0-9_-]*[^\S\n]*\n?([\s\S]*?)```/g)) {
    const inner = fence[1]?.trim();
    if (inner) candidates.push(inner);
  }
  const start = text.search(/[{[]/);
  if (start >= 0) {
    const balanced = balancedFrom(text, start);
    if (balanced) candidates.push(balanced);
  }
  return [...new Set(candidates)].filter((candidate) => candidate !== text.trim());
}

/** The balanced `{…}` or `[…]` starting at `start`, strings and escapes respected; undefined if open. */
function balancedFrom(text: string, start: number): string | undefined {
  const closing: string[] = [];
  let inString = false;
  for (let index = start; index < text.length; index++) {
    const character = text[index]!;
    if (inString) {
      if (character === '\\') index++;
      else if (character === '"') inString = false;
      continue;
    }
    if (character === '"') inString = true;
    else if (character === '{') closing.push('}');
    else if (character === '[') closing.push(']');
    else if (character === '}' || character === ']') {
      if (closing.pop() !== character) return undefined;
      if (closing.length === 0) return text.slice(start, index + 1);
    }
  }
  return undefined;
}

/** The first candidate that parses as JSON and passes `accept`, or undefined. */
export function extractJson<T>(
  text: string | undefined,
  accept: (value: unknown) => { success: true; data: T } | { success: false },
): { value: T } | undefined {
  if (!text) return undefined;
  for (const candidate of jsonCandidates(text)) {
    let value: unknown;
    try {
      value = JSON.parse(candidate);
    } catch {
      continue;
    }
    const parsed = accept(value);
    if (parsed.success) return { value: parsed.data };
  }
  return undefined;
}
