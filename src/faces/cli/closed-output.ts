import type { Writable } from 'node:stream';

/**
 * A reader that stops early (`chops repertoire | head -c 100`) closes the pipe; Node then reports
 * EPIPE as an error event on the stream, which, unheard, ends chops with a stack trace. Heard here,
 * the rest of the output is dropped and chops ends as it would have, with its usual status.
 */
export function endQuietlyWhenClosed(stream: Writable): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    throw error;
  });
}
