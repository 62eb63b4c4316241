import { ModelError } from '../../domain/errors/index.js';
import type { ModelName } from './model-name.js';
import type { ModelEnvironment } from './model-types.js';

/** Where Ollama listens unless `OLLAMA_HOST` says otherwise. */
export const DEFAULT_OLLAMA_HOST = 'http://127.0.0.1:11434';

type Env = ModelEnvironment['env'];

function value(env: Env, variable: string): string | undefined {
  const text = env[variable]?.trim();
  return text ? text : undefined;
}

/** The API key in `variable`; a ModelError naming the variable (never a value) when it is unset. */
export function requireApiKey(env: Env, variable: string, name: ModelName): string {
  const key = value(env, variable);
  if (!key) throw new ModelError(`${name.text} needs an API key: set ${variable}.`, { code: 'no_api_key' });
  return key;
}

/** An optional key (local servers often need none). */
export function optionalApiKey(env: Env, variable: string): string | undefined {
  return value(env, variable);
}

/** A base URL from `variable`, checked to be http(s); `fallback` when unset, a ModelError when required. */
export function baseUrlFrom(env: Env, variable: string, name: ModelName, fallback?: string): string {
  const text = value(env, variable) ?? fallback;
  if (!text) {
    throw new ModelError(
      `${name.text} needs the server address: set ${variable} (e.g. http://127.0.0.1:8080/v1).`,
      {
        code: 'no_base_url',
      },
    );
  }
  return checkedUrl(text, variable, name);
}

/**
 * The OpenAI-compatible endpoint of Ollama. `OLLAMA_HOST` is often written the way Ollama itself
 * accepts it, without a scheme (`127.0.0.1:11434`), so a missing scheme means http.
 */
export function ollamaBaseUrl(env: Env, name: ModelName): string {
  const host = value(env, 'OLLAMA_HOST') ?? DEFAULT_OLLAMA_HOST;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(host) ? host : `http://${host}`;
  const url = checkedUrl(withScheme, 'OLLAMA_HOST', name).replace(/\/+$/, '');
  return url.endsWith('/v1') ? url : `${url}/v1`;
}

function checkedUrl(text: string, variable: string, name: ModelName): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ModelError(`${variable} is not a URL (needed by ${name.text}).`, { code: 'bad_base_url' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ModelError(`${variable} must be an http(s) URL (needed by ${name.text}).`, {
      code: 'bad_base_url',
    });
  }
  return text.replace(/\/+$/, '');
}
