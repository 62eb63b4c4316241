/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCharts } from '../../src/faces/views/ledger-charts.js';
import { distantNouns } from '../support/dat-words.js';
import { browserAvailable, launchChromium } from './browser.js';
import { scoreDatInPage } from './dat-form.js';
import { startWebServer, type WebServer } from './web-server.js';

// Screenshots for a person to look at: CHOPS_SCREENSHOTS=folder keeps them.
const shots = process.env.CHOPS_SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });

interface Watched {
  page: Page;
  dialogs: string[];
  cspViolations: string[];
}

async function openPage(browser: Browser, web: WebServer, width = 1200): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const cspViolations: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text()))
      cspViolations.push(
        `${new URL(page.url()).pathname}: ${message.text()} ${JSON.stringify(message.location())}`,
      );
  });
  await page.goto(web.server.newLink());
  return { page, dialogs, cspViolations };
}

/** Goes to a section through the top navigation, as a person would. */
function nav(page: Page, name: string) {
  return page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

async function snap(page: Page, name: string) {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** Nothing a model wrote ran or became markup: no dialog, no flag set by a script, no injected element. */
async function expectInert(watched: Watched) {
  expect(watched.dialogs).toEqual([]);
  expect(await watched.page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  const injected = await watched.page.evaluate(
    () =>
      document.querySelectorAll('script:not([src]), iframe, img[src="x"], b[onmouseover], svg[onload]')
        .length,
  );
  expect(injected).toBe(0);
}

/** A raw HTTP request, so that Host and Origin are exactly what a hostile page would send. */
function rawStatus(origin: string, path: string, headers: Record<string, string>): Promise<number> {
  const url = new URL(path, origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe.runIf(browserAvailable())('the web app in Chromium', () => {
  let browser: Browser;
  let web: WebServer;
  beforeAll(async () => {
    browser = await launchChromium();
    web = await startWebServer({ hostile: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('runs the loop: abilities, imagine, make an ABC tune with its score, learn, practise three cards, stats, DAT', async () => {
    const watched = await openPage(browser, web);
    const { page } = watched;
    // The link's one-time code was traded for a session and left the address bar.
    await page.getByLabel('Your goal').waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.getByRole('heading', { name: 'Imagine' })).toBeTruthy();

    await nav(page, 'Repertoire');
    await page.getByLabel('Abilities you have').fill('waltz form, sea shanties');
    await page.getByLabel('Domain').first().fill('music');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByTestId('ability').nth(1).waitFor();
    expect(await page.getByTestId('ability').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('waltz form'),
        expect.stringContaining('sea shanties'),
      ]),
    );
    await snap(page, 'repertoire');

    await nav(page, 'Imagine');
    await page.getByLabel('Your goal').fill('a piece about the sea');
    await page.getByRole('button', { name: 'Imagine', exact: true }).click();
    await page.getByTestId('gain').waitFor({ timeout: 20_000 });
    const solo = page.getByRole('region', { name: 'Solo ideas' });
    const reach = page.getByRole('region', { name: 'Reach ideas' });
    expect(await solo.getByTestId('idea').count()).toBe(1);
    // The hostile title is shown as the text the model wrote, not as markup.
    expect(await reach.getByRole('heading', { level: 3 }).textContent()).toBe(
      'Tide waltz <script>window.__xss=1</script>',
    );
    expect(await reach.locator('.need-new').textContent()).toContain('modal interchange');
    await snap(page, 'imagine');
    await expectInert(watched);

    await reach.getByRole('link', { name: 'Make this' }).click();
    await page.getByLabel('Format').selectOption('abc');
    await page.getByRole('button', { name: 'Make it' }).click();
    await page.waitForURL(/\/artifacts\/\w+/, { timeout: 20_000 });
    // The score is an SVG that abcjs drew in the page, from the repaired second attempt.
    await page.locator('[data-testid="score"] svg').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="score"] svg .abcjs-note').count()).toBeGreaterThan(5);
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Attempt 1 ✗', 'Attempt 2 ✓']);
    expect(await page.getByRole('button', { name: '▶ Play' }).count()).toBe(1);
    // A whole playback ends cleanly: no error thrown when the tune ends and its audio is closed.
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.getByRole('button', { name: '▶ Play' }).click();
    await page.getByRole('button', { name: '■ Stop' }).waitFor();
    await page.getByRole('button', { name: '▶ Play' }).waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    expect(pageErrors).toEqual([]);
    await snap(page, 'artifact');
    // The first attempt's T: field held a script; abcjs draws it as text.
    await page.getByRole('tab', { name: 'Attempt 1 ✗' }).click();
    const title = page.locator('[data-testid="score"] .abcjs-title').first();
    await title.waitFor();
    expect(await title.textContent()).toContain('<script>window.__xss=1</script>');
    await expectInert(watched);
    // Real tabs: the panel is labelled by the selected tab, and arrow keys move between attempts.
    const panel = page.getByRole('tabpanel');
    expect(await panel.getAttribute('aria-labelledby')).toBe('attempt-tab-1');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Attempt 2 ✓' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('attempt-tab-2');
    expect(await panel.getAttribute('aria-labelledby')).toBe('attempt-tab-2');
    await page.keyboard.press('Home');
    expect(await page.getByRole('tab', { name: 'Attempt 1 ✗' }).getAttribute('aria-selected')).toBe('true');

    await page.getByRole('button', { name: 'Find the tricks' }).click();
    await page.getByTestId('trick').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('trick').getByRole('heading').textContent()).toContain(
      'Borrow iv from the parallel minor',
    );
    await expectInert(watched);

    await nav(page, 'Practice');
    await page.getByTestId('flashcard').waitFor();
    expect(await page.getByTestId('flashcard').textContent()).toContain('Card 1 of 3');
    await snap(page, 'practice');
    // Enter in the answer box reveals the answer (Shift+Enter would be a new line).
    await page.getByLabel(/Your answer/).fill('F minor');
    await page.getByLabel(/Your answer/).press('Enter');
    await page.getByText('Answer', { exact: true }).waitFor();
    // Each rating says when the card would come back; progress says how far the session is.
    expect(await page.getByTestId('next-again').textContent()).toMatch(/^\d+ (min|h)$/);
    expect(await page.getByTestId('next-easy').textContent()).toMatch(/^\d+ (d|mo)$/);
    expect(await page.getByText('0 of 3 reviewed').count()).toBe(1);
    const prompts: string[] = [];
    const flashcardPrompt = () => page.getByTestId('flashcard').locator('.prompt').textContent();
    // The session rule is the CLI's: a card still in its same-day steps (new and rated good, or rated
    // again) comes back before the session ends; one rated easy does not.
    for (const [key, after] of [
      ['3', 'Card 2 of 4'],
      ['1', 'Card 3 of 5'],
      ['4', 'Card 4 of 5'],
    ] as const) {
      prompts.push((await flashcardPrompt()) ?? '');
      await page.keyboard.press(' ');
      await page.getByText('Answer', { exact: true }).waitFor();
      await page.keyboard.press(key);
      // Wait until this review has moved the session on, or the next space would land while the
      // review is still being saved.
      await page.getByText(after).waitFor();
    }
    expect(await page.getByTestId('card-source').first().textContent()).toContain('trick “');
    // u undoes the last review: the third card comes back, and nothing was queued for it.
    await page.keyboard.press('u');
    await page.getByText('Card 3 of 5').waitFor();
    await page.keyboard.press(' ');
    await page.getByText('Answer', { exact: true }).waitFor();
    await page.keyboard.press('4');
    await page.getByText('Card 4 of 5').waitFor();
    expect(await flashcardPrompt()).toBe(prompts[0]);
    await page.keyboard.press(' ');
    await page.getByText('Answer', { exact: true }).waitFor();
    await page.keyboard.press('4');
    await page.getByText('Card 5 of 5').waitFor();
    // The card rated again is asked again in the same session.
    expect(await flashcardPrompt()).toBe(prompts[1]);
    await page.keyboard.press(' ');
    await page.getByText('Answer', { exact: true }).waitFor();
    await page.keyboard.press('4');
    await page.getByText('Session done: 5 cards reviewed.').waitFor();
    const reviews = web.app.practice.listReviews();
    expect(reviews.map((r) => r.rating)).toEqual(['good', 'again', 'easy', 'easy', 'easy']);
    expect(reviews[4]!.cardId).toBe(reviews[1]!.cardId);

    await nav(page, 'Stats');
    await page.getByText('Own abilities').waitFor();
    await page.getByTestId('chart').first().waitFor({ timeout: 20_000 });
    // A chart's text alternative tells its numbers, not only its title.
    expect(await page.getByTestId('chart').first().getAttribute('alt')).toMatch(
      /^Repertoire over time\. Abilities by status over 1 week .*: \d+ own, \d+ lent, \d+ learning\.$/,
    );
    // The charts of chops stats --svg, from the same list (ledger-charts.ts): one panel each, in its order.
    expect(await page.locator('.chart-panel > h2').allTextContents()).toEqual(
      ledgerCharts.map((chart) => chart.title),
    );
    await snap(page, 'stats');

    await nav(page, 'DAT');
    await scoreDatInPage(page, distantNouns);
    expect(await page.getByTestId('dat-result').textContent()).toMatch(/Your score \d+\.\d\d/);
    await snap(page, 'dat');
    await expectInert(watched);
    expect(watched.cspViolations).toEqual([]);
  }, 120_000);

  it('works at phone width', async () => {
    const watched = await openPage(browser, web, 390);
    const { page } = watched;
    await page.getByLabel('Your goal').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, 'phone-imagine');
    await page.goto(`${web.origin}/artifacts`);
    await page.getByRole('link').filter({ hasText: 'Tide waltz' }).click();
    await page.locator('[data-testid="score"] svg').first().waitFor({ timeout: 20_000 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await snap(page, 'phone-artifact');
    await page.goto(`${web.origin}/practice`);
    await page.getByRole('heading', { name: 'Practice' }).waitFor();
    await snap(page, 'phone-practice');
  }, 60_000);

  it('refuses a page without the token, a foreign Host and a foreign Origin', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${web.origin}/repertoire`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Open the link that `chops serve` printed');
    const host = `127.0.0.1:${web.server.port}`;
    const token = readFileSync(join(web.home, 'server-token'), 'utf8').trim();
    const auth = { authorization: `Bearer ${token}` };
    expect(await rawStatus(web.origin, '/api/abilities', { host })).toBe(401);
    expect(await rawStatus(web.origin, '/api/abilities', { host, ...auth })).toBe(200);
    expect(
      await rawStatus(web.origin, '/api/abilities', { host: `rebind.example:${web.server.port}`, ...auth }),
    ).toBe(403);
    expect(await rawStatus(web.origin, '/', { host: 'rebind.example' })).toBe(403);
    expect(
      await rawStatus(web.origin, '/api/abilities', { host, origin: 'http://evil.example', ...auth }),
    ).toBe(403);
    await context.close();
  }, 30_000);
});
