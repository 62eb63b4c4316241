// Provider error texts are quoted in messages, and some providers echo (part of) the key they were
// given. Keys are long unbroken runs of letters, digits, `-` and `_`, which ordinary words and model ids
// are not, so such runs are hidden wholesale.
const KEY_LIKE = /\b(?:sk-[A-Za-z0-9_-]{12,}|[A-Za-z0-9_-]{32,})/g;

/** One line, at most `maxLength` characters, with anything that looks like a key replaced. */
export function safeExcerpt(text: string, maxLength = 160): string {
  const line = text.replace(KEY_LIKE, '[redacted]').replace(/\s+/g, ' ').trim();
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}
