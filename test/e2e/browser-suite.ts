import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import { startWebServer, type WebServer } from './web-server.js';

/**
 * A Chromium and a test server of its own for one describe block: started before its tests, closed
 * after. Read `browser` and `web` inside the tests (they are set once `beforeAll` has run).
 */
export function browserSuite(): { browser: Browser; web: WebServer } {
  const suite = {} as { browser: Browser; web: WebServer };
  beforeAll(async () => {
    suite.browser = await launchChromium();
    suite.web = await startWebServer();
  }, 60_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.web?.close();
  });
  return suite;
}
