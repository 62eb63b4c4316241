import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ChopsApp } from '../src/faces/chops-app.js';
import { startServer } from '../src/faces/server/start-server.js';
import { launchChromium } from '../test/e2e/browser.js';
import { webFolder } from '../test/e2e/web-server.js';
import { sessionKey } from '../web/src/session.js';
import { median, printer } from './support.js';

const runs = 5;

/**
 * The web app's production bundle (dist/web, built by `npm run bench`'s `npm run build`): the gzipped
 * JavaScript a first visit loads (the entry script and what it preloads; abcjs and Vega come later,
 * on the pages that need them), and the time from navigation to the imagine page's first render in
 * Debian's chromium, each run in a fresh browser context (cold cache), against a real server.
 */
export default async function webBench(): Promise<void> {
  const print = printer('web');
  const html = readFileSync(join(webFolder, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  const styles = [...html.matchAll(/<link[^>]+href="(\/assets\/[^"]+\.css)"/g)].map((m) => m[1]!);
  const gzipped = (files: string[]) =>
    files.reduce((sum, file) => sum + gzipSync(readFileSync(join(webFolder, file))).length, 0) / 1024;
  print(`first-load JavaScript, gzip (${scripts.length} file)`, gzipped(scripts), 'KB', '< 250 KB', 'total');
  print('first-load CSS, gzip', gzipped(styles), 'KB', 'info', 'total');

  const home = mkdtempSync(join(tmpdir(), 'chops-bench-web-'));
  const app = new ChopsApp({ home, env: { CHOPS_HOME: home } });
  const server = await startServer({ app, port: 0, env: {}, webFolder, log: () => {} });
  const browser = await launchChromium();
  const origin = `http://127.0.0.1:${server.port}`;
  const code = new URLSearchParams(new URL(server.link).hash.slice(1)).get('code');
  const signedIn = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const { session } = (await signedIn.json()) as { session: string };
  try {
    const times: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // The session the printed link would store, stored directly: the measured load is the first one.
      await context.addInitScript((s) => localStorage.setItem(s.key, s.value), {
        key: sessionKey,
        value: session,
      });
      const started = performance.now();
      await page.goto(`${origin}/`, { waitUntil: 'commit' });
      await page.getByLabel('Your goal').waitFor();
      const elapsed = performance.now() - started;
      if (run > 0) times.push(elapsed); // the first run warms the server and the browser process
      await context.close();
    }
    print('imagine page: navigation to first render (cold cache)', median(times), 'ms', '< 1000 ms');
  } finally {
    await browser.close();
    await server.close();
    await app.close();
    rmSync(home, { recursive: true, force: true });
  }
}
