import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedProvider {
  /** Base URL for CHOPS_BASE_URL, ending in /v1. */
  baseUrl: string;
  /** Every chat request's JSON body, in arrival order. */
  requests: Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * A local OpenAI-compatible server (what Ollama, LM Studio and vLLM speak) that answers each chat
 * completion with `respond(prompt text)`, wrapped exactly as such servers wrap it (streamed when asked). CLI tests point
 * `openai-compatible:` at it, so they drive the same code path as a person's real server.
 */
export async function startScriptedProvider(respond: (prompt: string) => unknown): Promise<ScriptedProvider> {
  const requests: Record<string, unknown>[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      const json = JSON.parse(body) as { messages: { content: string }[]; model: string; stream?: boolean };
      requests.push(json);
      const answer = respond(json.messages.map((m) => m.content).join('\n'));
      const content = typeof answer === 'string' ? answer : JSON.stringify(answer);
      if (json.stream) {
        // Streamed the way such servers stream: chat.completion.chunk events, then [DONE].
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        const chunk = (delta: object, finish: string | null) =>
          `data: ${JSON.stringify({ id: `chatcmpl-${requests.length}`, object: 'chat.completion.chunk', created: 1760951410, model: json.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
        for (const piece of content.match(/[\s\S]{1,40}/g) ?? [])
          response.write(chunk({ content: piece }, null));
        response.end(`${chunk({}, 'stop')}data: [DONE]\n\n`);
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          id: `chatcmpl-${requests.length}`,
          object: 'chat.completion',
          created: 1760951410,
          model: json.model,
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
