import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { ModelError, UserInputError } from '../../domain/errors/index.js';
import { storeFileError } from '../files/file-errors.js';

/** How far a download has come; `total` is unknown when the server does not say. */
export interface DownloadProgress {
  received: number;
  total: number | undefined;
}

/** One download into a `.part` file, resumed from whatever that file already holds. */
interface PartDownload {
  url: string;
  partPath: string;
  fetch: typeof globalThis.fetch;
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
  /** When the server advertises a different SHA-256, stop before downloading a byte. */
  expectedSha256?: string;
}

/** The finished `.part` file: its hash, and the hash the server advertised, if it did. */
interface DownloadedPart {
  sha256: string;
  size: number;
  advertisedSha256: string | undefined;
}

const maxRedirects = 10;

/**
 * Downloads `url` into `partPath`, appending to what is there with an HTTP Range request, so a dropped
 * connection costs only the bytes in flight. The whole file is hashed (old bytes first), so the caller
 * can verify it before giving it its real name. On failure the `.part` file stays for the next try.
 */
export async function downloadToPart(download: PartDownload): Promise<DownloadedPart> {
  let offset = await sizeOf(download.partPath);
  let answer = await request(download, offset);
  if (answer.response.status === 416) {
    await answer.response.body?.cancel();
    // 416 with the part's own size means the part already holds every byte.
    if (totalFromContentRange(answer.response.headers.get('content-range')) === offset && offset > 0) {
      return { sha256: await hashFile(download.partPath), size: offset, advertisedSha256: answer.sha256 };
    }
    offset = 0;
    answer = await request(download, 0);
  }
  const { response } = answer;
  if (response.status === 200)
    offset = 0; // the server ignored the Range header: start over
  else if (response.status !== 206) throw httpError(response.status, download.url);
  else if (startFromContentRange(response.headers.get('content-range')) !== offset) {
    await response.body?.cancel();
    throw new ModelError(
      `The server resumed ${download.url} at the wrong place; delete ${download.partPath} and try again.`,
    );
  }
  const total =
    response.status === 206
      ? totalFromContentRange(response.headers.get('content-range'))
      : numberOrUndefined(response.headers.get('content-length'));

  const hash = createHash('sha256');
  if (offset > 0) await hashInto(hash, download.partPath);
  const file = await open(download.partPath, offset > 0 ? 'a' : 'w').catch((error: unknown) => {
    throw storeFileError(error, 'write to', download.partPath);
  });
  let received = offset;
  try {
    download.onProgress?.({ received, total });
    const reader = response.body?.getReader();
    while (reader) {
      const chunk = await reader.read().catch((error: unknown) => {
        throw interrupted(download, received, error);
      });
      if (chunk.done) break;
      await write(file, chunk.value, download.partPath);
      hash.update(chunk.value);
      received += chunk.value.length;
      download.onProgress?.({ received, total });
    }
    await file.sync();
  } finally {
    await file.close();
  }
  if (total !== undefined && received !== total)
    throw interrupted(download, received, 'the connection closed early');
  return { sha256: hash.digest('hex'), size: received, advertisedSha256: answer.sha256 };
}

/** Follows redirects by hand: Hugging Face puts the file's SHA-256 on the redirect, not on the file. */
async function request(download: PartDownload, offset: number) {
  let url = download.url;
  let sha256: string | undefined;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    let response: Response;
    try {
      response = await download.fetch(url, {
        headers: offset > 0 ? { range: `bytes=${offset}-` } : {},
        redirect: 'manual',
        ...(download.signal && { signal: download.signal }),
      });
    } catch (error) {
      if (download.signal?.aborted) throw download.signal.reason;
      throw new ModelError(
        `Could not reach ${new URL(url).host} (${reasonOf(error)}); check the network and try again.`,
        {
          cause: error,
          isRetryable: true,
          code: 'download',
        },
      );
    }
    sha256 ??= advertisedSha256(response.headers);
    if (download.expectedSha256 && sha256 && sha256 !== download.expectedSha256) {
      await response.body?.cancel();
      throw new ModelError(
        `The server offers a different file than expected at ${download.url} (SHA-256 ${sha256}); not downloading it.`,
        { code: 'checksum' },
      );
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return { response, sha256 };
    await response.body?.cancel();
    url = new URL(location, url).href;
  }
  throw new ModelError(`Too many redirects downloading ${download.url}.`, { code: 'download' });
}

/** `x-linked-etag` (Hugging Face LFS) or an ETag that is a SHA-256; other ETags are not hashes. */
function advertisedSha256(headers: Headers): string | undefined {
  for (const name of ['x-linked-etag', 'etag']) {
    const value = headers.get(name)?.replace(/^W\//, '').replaceAll('"', '').trim().toLowerCase();
    if (value && /^[0-9a-f]{64}$/.test(value)) return value;
  }
  return undefined;
}

function httpError(status: number, url: string): Error {
  const host = new URL(url).host;
  if (status === 404 || status === 410)
    return new UserInputError(`There is no model file at ${url} (HTTP ${status}).`);
  if (status === 401 || status === 403) {
    return new ModelError(
      `${host} refused the download (HTTP ${status}); the model may need an account: download it yourself and use its path.`,
      { code: 'download' },
    );
  }
  const retryable = status === 429 || status >= 500;
  return new ModelError(`${host} answered HTTP ${status}${retryable ? '; try again later' : ''}.`, {
    code: 'download',
    isRetryable: retryable,
  });
}

function interrupted(download: PartDownload, received: number, error: unknown): Error {
  if (download.signal?.aborted) return download.signal.reason as Error;
  const megabytes = (received / 1_000_000).toFixed(1);
  return new ModelError(
    `The download stopped after ${megabytes} MB (${reasonOf(error)}); run the same pull again to resume.`,
    { cause: error, isRetryable: true, code: 'download_interrupted' },
  );
}

async function write(file: FileHandle, bytes: Uint8Array, path: string): Promise<void> {
  try {
    await file.write(bytes);
  } catch (error) {
    throw storeFileError(error, 'write to', path);
  }
}

async function sizeOf(path: string): Promise<number> {
  return (await stat(path).catch(() => undefined))?.size ?? 0;
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await hashInto(hash, path);
  return hash.digest('hex');
}

async function hashInto(hash: Hash, path: string): Promise<void> {
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
}

function startFromContentRange(header: string | null): number | undefined {
  return numberOrUndefined(/bytes (\d+)-/.exec(header ?? '')?.[1] ?? null);
}

function totalFromContentRange(header: string | null): number | undefined {
  return numberOrUndefined(/\/(\d+)\s*$/.exec(header ?? '')?.[1] ?? null);
}

function numberOrUndefined(text: string | null): number | undefined {
  const value = text === null ? Number.NaN : Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

function reasonOf(error: unknown): string {
  if (typeof error === 'string') return error;
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
