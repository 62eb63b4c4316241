import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTinyTestModel } from './test-support/tiny-test-model.js';

let folder: string;

/** A script that starts a long generation and says so; `onInterrupt` is code for its own SIGINT handling. */
async function generatingScript(name: string, onInterrupt: string): Promise<string> {
  const path = join(folder, name);
  const index = fileURLToPath(new URL('./index.ts', import.meta.url));
  await writeFile(
    path,
    `import { createLocalLanguageModel, disposeAllLocalModels } from ${JSON.stringify(index)};
const model = createLocalLanguageModel(${JSON.stringify(join(folder, 'tiny.gguf'))}, { modelsDir: '.', threads: 1, contextSize: 4096 });
${onInterrupt}
const { stream } = await model.doStream({
  prompt: [{ role: 'user', content: [{ type: 'text', text: 'Write.' }] }],
  responseFormat: { type: 'json', schema: { type: 'object', properties: { essay: { type: 'string', minLength: 1900 } }, required: ['essay'] } },
});
const reader = stream.getReader();
let said = false;
try {
  for (;;) {
    const part = await reader.read();
    if (part.done) { console.log('finished'); break; }
    if (!said && part.value.type === 'text-delta') { said = true; console.log('generating'); }
  }
} catch (error) { console.log('stopped: ' + error.name); }
`,
  );
  return path;
}

async function runAndInterrupt(script: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: fileURLToPath(new URL('../../..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  await new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('generating')) resolve();
    }),
  );
  const interruptedAt = performance.now();
  child.kill('SIGINT');
  const { code, signal } = await exited;
  return { code, signal, output, seconds: (performance.now() - interruptedAt) / 1000 };
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'chops-exit-'));
  await writeTinyTestModel(join(folder, 'tiny.gguf'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('Ctrl-C during a local generation', () => {
  it('ends the process at once when the program does not handle SIGINT (we never swallow it)', async () => {
    const result = await runAndInterrupt(await generatingScript('plain.mjs', ''));
    expect(result.signal).toBe('SIGINT');
    expect(result.output).not.toContain('finished');
    // A guard against hanging, not a speed goal: the machine's load varies.
    expect(result.seconds).toBeLessThan(10);
  }, 60_000);

  it('stops the generation promptly when the program disposes the models on SIGINT', async () => {
    // `on`, not `once`: signal-exit (loaded by node-llama-cpp) kills the process when it is the only
    // listener left, and a `once` listener is removed before signal-exit looks.
    const handler = `process.on('SIGINT', () => { void disposeAllLocalModels().then(() => { console.log('disposed'); process.exit(130); }); });`;
    const result = await runAndInterrupt(await generatingScript('handled.mjs', handler));
    expect(result.output).toContain('stopped: AbortError');
    expect(result.output).toContain('disposed');
    expect(result.code).toBe(130);
    // A guard against hanging, not a speed goal: the machine's load varies.
    expect(result.seconds).toBeLessThan(10);
  }, 60_000);
});
