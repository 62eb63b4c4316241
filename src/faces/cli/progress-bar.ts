import type { Writable } from 'node:stream';

/**
 * A download progress bar on standard error: redrawn in place at a terminal (at most ten times a
 * second), a line every tenth of the way otherwise, so logs stay short.
 */
export function progressBar(stream: Writable, label: string, isTerminal: boolean) {
  let lastDraw = 0;
  let lastTenth = -1;
  const started = Date.now();
  return {
    update({ received, total }: { received: number; total: number | undefined }) {
      const now = Date.now();
      const share = total ? received / total : undefined;
      const rate = received / Math.max(0.001, (now - started) / 1000);
      const text = `${label} ${share === undefined ? '' : `${bar(share)} ${Math.floor(share * 100)}% `}${megabytes(received)}${total ? ` / ${megabytes(total)}` : ''} · ${megabytes(rate)}/s`;
      if (isTerminal) {
        if (now - lastDraw < 100) return;
        lastDraw = now;
        stream.write(`\r${text}\u001b[K`);
        return;
      }
      const tenth = share === undefined ? -1 : Math.floor(share * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        stream.write(`${text}\n`);
      }
    },
    done() {
      if (isTerminal) stream.write('\r\u001b[K');
    },
  };
}

function bar(share: number): string {
  const filled = Math.round(Math.min(1, share) * 24);
  return `[${'#'.repeat(filled)}${'.'.repeat(24 - filled)}]`;
}

function megabytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}
