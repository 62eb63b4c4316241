import type { RecordedRequest } from './fake-provider-server.js';

/** A key long and unusual enough that finding it anywhere in a message can only mean a leak. */
export const TEST_API_KEY = 'sk-test-0123456789abcdefghijklmnopqrstuvwxyzABCDEF';

/** How one provider looks on the wire, for the shared wire tests. */
interface WireProfile {
  readonly modelName: string;
  /** The model id the request body must carry. */
  readonly modelId: string;
  /** Folder under fixtures/ with success.json, wrong-shape.json, stream.sse and error-<status>.json. */
  readonly fixtures: string;
  readonly path: string;
  /** The environment pointing the provider at the fake server at `url`. */
  env(url: string): Record<string, string>;
  /** The JSON schema of the expected output as the request carries it. */
  schemaSent(request: RecordedRequest): unknown;
  /** The headers of a recorded 429 and the wait, in milliseconds, they ask for. */
  readonly rateLimit: { headers: Record<string, string>; waitMs: number };
  /** Whether requests authenticate with {@link TEST_API_KEY}. */
  readonly sendsKey: boolean;
}

type Json = Record<string, unknown>;
const at = (value: unknown, key: string): unknown => (value as Json | undefined)?.[key];

export const wireProfiles: readonly WireProfile[] = [
  {
    modelName: 'anthropic:claude-sonnet-4-5',
    modelId: 'claude-sonnet-4-5',
    fixtures: 'anthropic',
    path: '/v1/messages',
    env: (url) => ({ ANTHROPIC_API_KEY: TEST_API_KEY, ANTHROPIC_BASE_URL: `${url}/v1` }),
    // This model id gets native structured output: the schema travels in output_config.format.
    schemaSent: (request) => at(at(at(request.json, 'output_config'), 'format'), 'schema'),
    rateLimit: {
      headers: { 'retry-after': '7', 'anthropic-ratelimit-requests-remaining': '0' },
      waitMs: 7_000,
    },
    sendsKey: true,
  },
  {
    modelName: 'openai:gpt-4.1-mini',
    modelId: 'gpt-4.1-mini',
    fixtures: 'openai',
    path: '/v1/responses',
    env: (url) => ({ OPENAI_API_KEY: TEST_API_KEY, OPENAI_BASE_URL: `${url}/v1` }),
    schemaSent: (request) => at(at(at(request.json, 'text'), 'format'), 'schema'),
    // OpenAI sends both; the millisecond header is the more precise and wins.
    rateLimit: { headers: { 'retry-after': '2', 'retry-after-ms': '1500' }, waitMs: 1_500 },
    sendsKey: true,
  },
  {
    modelName: 'openai-compatible:qwen2.5-7b-instruct',
    modelId: 'qwen2.5-7b-instruct',
    fixtures: 'chat-completions',
    path: '/v1/chat/completions',
    env: (url) => ({ CHOPS_BASE_URL: `${url}/v1`, CHOPS_API_KEY: TEST_API_KEY }),
    schemaSent: schemaOfResponseFormat,
    rateLimit: { headers: { 'retry-after': '3' }, waitMs: 3_000 },
    sendsKey: true,
  },
  {
    modelName: 'ollama:llama3.2:3b',
    modelId: 'llama3.2:3b',
    fixtures: 'chat-completions',
    path: '/v1/chat/completions',
    // Written the way Ollama documents OLLAMA_HOST: no scheme, no /v1.
    env: (url) => ({ OLLAMA_HOST: url.replace('http://', ''), OPENAI_API_KEY: TEST_API_KEY }),
    schemaSent: schemaOfResponseFormat,
    rateLimit: { headers: { 'retry-after': '1' }, waitMs: 1_000 },
    sendsKey: false,
  },
];

function schemaOfResponseFormat(request: RecordedRequest): unknown {
  return at(at(at(request.json, 'response_format'), 'json_schema'), 'schema');
}

/** How one provider's embedding models look on the wire (all answer like OpenAI's `/v1/embeddings`). */
interface EmbeddingWireProfile {
  readonly name: string;
  env(url: string): Record<string, string>;
}

export const embeddingWireProfiles: readonly EmbeddingWireProfile[] = [
  {
    name: 'openai:text-embedding-3-small',
    env: (url) => ({ OPENAI_API_KEY: TEST_API_KEY, OPENAI_BASE_URL: `${url}/v1` }),
  },
  { name: 'openai-compatible:nomic-embed-text', env: (url) => ({ CHOPS_BASE_URL: `${url}/v1` }) },
  { name: 'ollama:nomic-embed-text', env: (url) => ({ OLLAMA_HOST: url }) },
];
