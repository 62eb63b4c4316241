import { ModelError } from '../../domain/errors/index.js';
import type { ModelId, ProviderEnv } from './provider-descriptor.js';

function value<V extends string>(env: ProviderEnv<V>, variable: V): string | undefined {
  const text = env[variable]?.trim();
  return text ? text : undefined;
}

/** The API key in `variable`; a ModelError naming the variable (never a value) when it is unset. */
export function requireApiKey<V extends string>(env: ProviderEnv<V>, variable: V, name: ModelId): string {
  const key = value(env, variable);
  if (!key) throw new ModelError(`${name.text} needs an API key: set ${variable}.`, { code: 'no_api_key' });
  return key;
}

/** An optional key (local servers often need none). */
export function optionalApiKey<V extends string>(env: ProviderEnv<V>, variable: V): string | undefined {
  return value(env, variable);
}

/** A base URL from `variable`, checked to be http(s); `fallback` when unset, a ModelError when required. */
export function baseUrlFrom<V extends string>(
  env: ProviderEnv<V>,
  variable: V,
  name: ModelId,
  fallback?: string,
): string {
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
 * A host from `variable` written the way servers such as Ollama accept it, possibly without a scheme
 * (`127.0.0.1:11434`, meaning http), as the URL of its OpenAI-compatible endpoint (ending in `/v1`).
 */
export function hostUrlFrom<V extends string>(
  env: ProviderEnv<V>,
  variable: V,
  name: ModelId,
  fallback: string,
): string {
  const host = value(env, variable) ?? fallback;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(host) ? host : `http://${host}`;
  const url = checkedUrl(withScheme, variable, name).replace(/\/+$/, '');
  return url.endsWith('/v1') ? url : `${url}/v1`;
}

function checkedUrl(text: string, variable: string, name: ModelId): string {
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
