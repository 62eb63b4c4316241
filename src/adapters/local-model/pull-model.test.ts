import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModelError, StoreError, UserInputError } from '../../domain/errors/index.js';
import { createLocalLanguageModel } from './create-local-language-model.js';
import { type DownloadProgress, downloadToPart } from './download-file.js';
import { listModels } from './model-files.js';
import { pullModel } from './pull-model.js';
import { startTestFileServer, type TestFileServer } from './test-support/test-file-server.js';

const body = Buffer.concat([Buffer.from('GGUF'), randomBytes(300_000)]);
const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const sha256 = sha256Of(body);
const wrongSha256 = 'f'.repeat(64);

let modelsDir: string;
let server: TestFileServer | undefined;

beforeEach(async () => {
  modelsDir = join(await mkdtemp(join(tmpdir(), 'chops-pull-')), 'models');
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(join(modelsDir, '..'), { recursive: true, force: true });
});

const modelPath = () => join(modelsDir, 'model.gguf');
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

describe('pullModel', () => {
  it('downloads with progress and gives the file its name only when it is complete', async () => {
    server = await startTestFileServer(body);
    const progress: DownloadProgress[] = [];
    const pulled = await pullModel({
      reference: server.fileUrl,
      modelsDir,
      onProgress: (p) => progress.push(p),
    });
    expect(pulled.downloaded).toBe(true);
    expect(pulled.model).toMatchObject({ name: 'model', size: body.length, path: modelPath() });
    expect(sha256Of(await readFile(modelPath()))).toBe(sha256);
    expect(await exists(`${modelPath()}.part`)).toBe(false);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ received: body.length, total: body.length });
    expect(progress.every((p, index) => index === 0 || p.received >= progress[index - 1]!.received)).toBe(
      true,
    );
  });

  it('does not touch the network for a model that is already there', async () => {
    server = await startTestFileServer(body);
    await pullModel({ reference: server.fileUrl, modelsDir });
    const again = await pullModel({ reference: server.fileUrl, modelsDir });
    expect(again.downloaded).toBe(false);
    expect(server.requests).toHaveLength(1);
  });

  it('resumes after a dropped connection with a Range request, and never uses the partial file', async () => {
    server = await startTestFileServer(body, {
      dropAfterBytes: (request) => (request === 1 ? 100_000 : undefined),
    });
    const first = pullModel({ reference: server.fileUrl, modelsDir });
    await expect(first).rejects.toThrow(ModelError);
    await expect(first).rejects.toMatchObject({
      code: 'download_interrupted',
      isRetryable: true,
    });
    const partSize = (await stat(`${modelPath()}.part`)).size;
    expect(partSize).toBeGreaterThan(0);
    expect(partSize).toBeLessThan(body.length);
    expect(await listModels(modelsDir)).toEqual([]);
    expect(() => createLocalLanguageModel('model', { modelsDir })).toThrow(/No local model "model"/);

    const second = await pullModel({ reference: server.fileUrl, modelsDir });
    expect(server.requests[1]?.range).toBe(`bytes=${partSize}-`);
    expect(second.downloaded).toBe(true);
    expect(sha256Of(await readFile(modelPath()))).toBe(sha256);
  });

  it('follows a Hugging Face-style redirect and checks the SHA-256 it advertises', async () => {
    server = await startTestFileServer(body, { redirectHeaders: { 'x-linked-etag': `"${sha256}"` } });
    const pulled = await pullModel({ reference: server.redirectUrl, modelsDir });
    expect(pulled.model.size).toBe(body.length);
  });

  it('rejects a download whose SHA-256 does not match, and keeps no file of it', async () => {
    server = await startTestFileServer(body, { redirectHeaders: { 'x-linked-etag': `"${wrongSha256}"` } });
    const pull = pullModel({ reference: server.redirectUrl, modelsDir });
    await expect(pull).rejects.toThrow(/corrupt.*SHA-256/);
    await expect(pull).rejects.toMatchObject({ code: 'checksum' });
    expect(await exists(modelPath())).toBe(false);
    expect(await exists(`${modelPath()}.part`)).toBe(false);
    expect(await listModels(modelsDir)).toEqual([]);
  });

  it('rejects a file that is not a GGUF model', async () => {
    server = await startTestFileServer(Buffer.from('<html>Sign in</html>'));
    await expect(pullModel({ reference: server.fileUrl, modelsDir })).rejects.toMatchObject({
      code: 'not_gguf',
    });
    expect(await listModels(modelsDir)).toEqual([]);
    expect(await exists(`${modelPath()}.part`)).toBe(false);
  });

  it('says when there is no such file on the server', async () => {
    server = await startTestFileServer(body);
    await expect(pullModel({ reference: server.missingUrl, modelsDir })).rejects.toThrow(UserInputError);
  });

  it('says when the server cannot be reached', async () => {
    server = await startTestFileServer(body);
    const url = server.fileUrl;
    await server.close();
    server = undefined;
    await expect(pullModel({ reference: url, modelsDir })).rejects.toThrow(/Could not reach 127\.0\.0\.1/);
  });

  it('keeps the partial file when aborted, so the next pull resumes', async () => {
    server = await startTestFileServer(body);
    const controller = new AbortController();
    const pull = pullModel({
      reference: server.fileUrl,
      modelsDir,
      signal: controller.signal,
      onProgress: ({ received }) => {
        if (received > 0) controller.abort();
      },
    });
    await expect(pull).rejects.toThrow(/abort/i);
    expect(await exists(`${modelPath()}.part`)).toBe(true);
    expect(await exists(modelPath())).toBe(false);
  });

  it('reports a full disk clearly', async () => {
    server = await startTestFileServer(body);
    await mkdir(modelsDir, { recursive: true });
    // Writes to /dev/full fail with ENOSPC, as on a full disk.
    await symlink('/dev/full', `${modelPath()}.part`);
    const pull = pullModel({ reference: server.fileUrl, modelsDir });
    await expect(pull).rejects.toThrow(StoreError);
    await expect(pull).rejects.toThrow(/^cannot write to .*\.part: the disk is full$/);
    expect(await exists(modelPath())).toBe(false);
  });

  it('reports a folder it may not write to clearly, before downloading', async () => {
    await mkdir(modelsDir, { recursive: true });
    await chmod(join(modelsDir, '..'), 0o755);
    await chmod(modelsDir, 0o555);
    const outcome = await pullAs(process.getuid?.() === 0 ? 65534 : undefined, modelsDir);
    expect(outcome).toMatchObject({
      name: 'StoreError',
      message: expect.stringMatching(/^cannot write to .*: permission denied$/),
    });
  });
});

describe('downloadToPart', () => {
  it('stops before downloading a byte when the server offers a different file than expected', async () => {
    server = await startTestFileServer(body, { redirectHeaders: { 'x-linked-etag': `"${sha256}"` } });
    await mkdir(modelsDir, { recursive: true });
    const download = downloadToPart({
      url: server.redirectUrl,
      partPath: `${modelPath()}.part`,
      fetch,
      expectedSha256: wrongSha256,
    });
    await expect(download).rejects.toMatchObject({ code: 'checksum' });
    expect(server.requests).toHaveLength(0);
  });
});

/**
 * Runs a pull in a child process as `uid` (root ignores folder permissions, so as root the test runs
 * the pull as `nobody`); returns the error's name and message.
 */
async function pullAs(uid: number | undefined, folder: string): Promise<unknown> {
  const script = join(folder, '..', 'pull.mjs');
  const pullModule = fileURLToPath(new URL('./pull-model.ts', import.meta.url));
  await writeFile(
    script,
    `import { pullModel } from ${JSON.stringify(pullModule)};
try { await pullModel({ reference: 'http://127.0.0.1:9/model.gguf', modelsDir: ${JSON.stringify(folder)} }); console.log('{}'); }
catch (error) { console.log(JSON.stringify({ name: error.name, message: error.message })); }`,
  );
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
    cwd: fileURLToPath(new URL('../../..', import.meta.url)),
    ...(uid !== undefined && { uid, gid: uid, env: { ...process.env, HOME: tmpdir() } }),
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}
