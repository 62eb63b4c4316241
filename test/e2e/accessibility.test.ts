/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from './browser.js';
import { seedHeavy } from './seed-data.js';
import { startWebServer, type WebServer } from './web-server.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core over the page as it stands; the serious and critical findings, each with a few targets. */
async function axe(page: Page): Promise<Finding[]> {
  // Evaluated through the debugging protocol, which the page's CSP (rightly) does not let a script tag do.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(): Promise<{ violations: any[] }> } }).axe.run;
    const { violations } = await run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes
          .slice(0, 4)
          .map((n: { target: string[]; failureSummary?: string }) =>
            `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.slice(0, 300),
          ),
      }));
  });
}

/** Every page of the app, with ids from the heavy data where a page needs one. */
function pages(ids?: { goalId: string; ideaId: string; artifactId: string }) {
  const fixed = [
    '/',
    '/goals',
    '/repertoire',
    '/artifacts',
    '/practice',
    '/stats',
    '/dat',
    '/settings',
    '/nowhere',
  ];
  return ids
    ? [...fixed, `/goals/${ids.goalId}`, `/make/${ids.ideaId}`, `/artifacts/${ids.artifactId}`]
    : fixed;
}

/** Waits until the page has drawn what it loads (no spinner left). */
async function settled(page: Page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0, undefined, {
    timeout: 20_000,
  });
  await page.waitForTimeout(150);
}

describe.runIf(browserAvailable())('accessibility in Chromium (axe-core)', () => {
  let browser: Browser;
  const servers: WebServer[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    for (const web of servers) await web.close();
  });

  async function audit(web: WebServer, paths: string[], width: number) {
    const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 800 } });
    const page = await context.newPage();
    await page.goto(web.server.newLink());
    await page.getByLabel('Your goal').waitFor();
    const found: Record<string, Finding[]> = {};
    const overflow: Record<string, number> = {};
    for (const path of paths) {
      await page.goto(`${web.origin}${path}`);
      await settled(page).catch((error: Error) => {
        throw new Error(`${path} at ${width} px: ${error.message}`);
      });
      const findings = await axe(page);
      if (findings.length) found[path] = findings;
      const wider = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (wider > 0) overflow[path] = wider;
    }
    await context.close();
    return { found, overflow };
  }

  it('finds no serious or critical violation on any page with no data, at desktop and phone width', async () => {
    const web = await startWebServer();
    servers.push(web);
    for (const width of [1280, 390]) {
      const { found, overflow } = await audit(web, pages(), width);
      expect(found, `${width} px`).toEqual({});
      expect(overflow, `${width} px`).toEqual({});
    }
  }, 120_000);

  it('finds none with a year of data either, and no page scrolls sideways on a phone', async () => {
    const web = await startWebServer({ hostile: true });
    servers.push(web);
    const token = readFileSync(join(web.home, 'server-token'), 'utf8').trim();
    const ids = await seedHeavy(web, token);
    for (const width of [1280, 390]) {
      const { found, overflow } = await audit(web, pages(ids), width);
      expect(found, `${width} px`).toEqual({});
      expect(overflow, `${width} px`).toEqual({});
    }
  }, 240_000);
});
