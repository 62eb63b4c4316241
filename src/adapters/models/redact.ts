import { cleanModelText } from '../../domain/model-text.js';
import { modelVariables } from './model-variables.js';

// Provider error texts are quoted in messages, and some providers echo (part of) the key they were
// given. Keys are long unbroken runs of letters, digits, `-` and `_`, which ordinary words and model ids
// are not, so such runs are hidden wholesale; the actual secrets of the environment are hidden whatever
// their shape (see secretValues).
const KEY_LIKE = /\b(?:sk-[A-Za-z0-9_-]{12,}|[A-Za-z0-9_-]{32,})/g;

/** One plain line, at most `maxLength` characters, with anything that looks like a key replaced. */
export function safeExcerpt(text: string, maxLength = 160): string {
  return cleanModelText(text.replace(KEY_LIKE, '[redacted]'), maxLength);
}

// Variables that hold secrets: those the providers declare secret, and anything named like a key.
const declaredSecrets = new Set(
  modelVariables().flatMap((variable) => (variable.secret ? [variable.name] : [])),
);
const SECRET_NAME = /(?:^|_)(?:API_?KEY|KEY|TOKEN|SECRET|PASSWORD|PASSWD|AUTH|CREDENTIALS?)(?:_|$)/i;
// Shorter values ("1", "yes") would blank ordinary words out of every message.
const MIN_SECRET_LENGTH = 6;

/** The values of the environment's secret variables (API keys, tokens), longest first. */
export function secretValues(env: Readonly<Record<string, string | undefined>>): string[] {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    const secret = value?.trim();
    if (!secret || secret.length < MIN_SECRET_LENGTH || !isSecretVariable(name)) continue;
    values.add(secret);
    values.add(encodeURIComponent(secret));
  }
  return [...values].sort((a, b) => b.length - a.length);
}

/** `text` with every occurrence of each secret replaced by `[redacted]`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join('[redacted]');
  return result;
}

/** Whether the variable `name` holds a secret: declared so by a provider, or named like a key or token. */
export function isSecretVariable(name: string): boolean {
  return declaredSecrets.has(name) || SECRET_NAME.test(name);
}
