import { createOpenAICompatible, type OpenAICompatibleProvider } from '@ai-sdk/openai-compatible';

/** A server that speaks OpenAI's chat.completions and embeddings (llama.cpp, vLLM, LM Studio, Ollama). */
export function compatibleServer(
  providerName: string,
  baseURL: string,
  apiKey: string | undefined,
  fetch: typeof globalThis.fetch | undefined,
): OpenAICompatibleProvider {
  return createOpenAICompatible({
    name: providerName,
    baseURL,
    ...(apiKey && { apiKey }),
    // Sends the JSON schema as `response_format: json_schema`; llama.cpp, vLLM, LM Studio and Ollama
    // turn it into a grammar, which small local models need to answer in shape at all.
    supportsStructuredOutputs: true,
    includeUsage: true,
    ...(fetch && { fetch }),
  });
}
