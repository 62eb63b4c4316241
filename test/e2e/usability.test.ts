/// <reference lib="dom" />
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distantNouns } from '../support/dat-words.js';
import { browserAvailable, chromiumPath, launchChromium } from './browser.js';
import { scoreDatInPage } from './dat-form.js';
import { apiOf } from './seed-data.js';
import { startWebServer, type WebServer } from './web-server.js';

// Screenshots for a person to look at: CHOPS_SCREENSHOTS=folder keeps them.
const shots = process.env.CHOPS_SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });
async function snap(page: Page, name: string) {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Relative luminance contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.runIf(browserAvailable())('the web app for a person, at desktop and phone width', () => {
  let browser: Browser;
  let web: WebServer;
  let token: string;
  beforeAll(async () => {
    browser = await launchChromium();
    web = await startWebServer();
    token = readFileSync(join(web.home, 'server-token'), 'utf8').trim();
    const call = apiOf(web, token);
    await call('/abilities', { names: ['waltz form', 'sea shanties'], domain: 'music' });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  async function open(width: number) {
    const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 800 } });
    const page = await context.newPage();
    await page.goto(web.server.newLink());
    await page.getByLabel('Your goal').waitFor();
    return page;
  }

  it('keeps a result on Back; lists goals newest first past twelve, all of them on a paged, linkable list', async () => {
    const page = await open(1280);
    // A fresh result gets its own address; Back from "Make this" finds it again.
    await page.getByLabel('Your goal').fill('a shanty for a choir');
    await page.getByRole('button', { name: 'Imagine', exact: true }).click();
    await page.getByTestId('gain').waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get('goal')).toMatch(/\w+/);
    await snap(page, 'desktop-imagine-result');
    await page.getByRole('region', { name: 'Reach ideas' }).getByRole('link', { name: 'Make this' }).click();
    await page.getByRole('heading', { name: /^Make:/ }).waitFor();
    await page.goBack();
    await page.getByTestId('gain').waitFor();
    expect(await page.getByRole('region', { name: 'Reach ideas' }).getByTestId('idea').count()).toBe(1);

    const call = apiOf(web, token);
    for (let i = 1; i <= 14; i++) await call('/imagine', { goal: `sea piece number ${i}`, count: 1 });
    await page.goto(`${web.origin}/`);
    const earlier = page.getByTestId('earlier-goals').getByRole('link');
    await earlier.first().waitFor();
    expect(await earlier.count()).toBe(12);
    expect(await earlier.first().textContent()).toBe('sea piece number 14');
    await page.getByRole('link', { name: 'All goals →' }).click();
    await page.getByRole('heading', { name: 'All goals', level: 1 }).waitFor();
    const all = page.getByTestId('goals').getByRole('link');
    expect(await all.count()).toBe(15);
    expect(await all.last().textContent()).toBe('a shanty for a choir');
    await all.last().click();
    await page.getByRole('heading', { name: 'a shanty for a choir', level: 1 }).waitFor();
    // The goal's page is an address of its own.
    await page.goto(page.url());
    await page.getByRole('heading', { name: 'a shanty for a choir', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Reach ideas' }).getByTestId('idea').waitFor();
    await page.context().close();
  }, 60_000);

  it('on a phone: every section reachable, nothing scrolls sideways, solo and reach compared through a switch', async () => {
    const page = await open(390);
    for (const name of ['Imagine', 'Repertoire', 'Made', 'Practice', 'Stats', 'DAT', 'Settings']) {
      const box = await page.getByRole('navigation').getByRole('link', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(390);
    }
    await page.goto(`${web.origin}/goals`);
    await page.getByTestId('goals').getByRole('link').last().click();
    await page.getByTestId('gain').waitFor();
    const solo = page.getByRole('button', { name: /^Solo/ });
    const reach = page.getByRole('button', { name: /^Reach/ });
    // Each switch carries its set's summary, so the comparison stays in view.
    expect(await solo.textContent()).toMatch(/1 idea · reach \d+% · spread/);
    expect(await reach.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('region', { name: 'Reach ideas' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Solo ideas' }).isVisible()).toBe(false);
    await solo.click();
    expect(await page.getByRole('region', { name: 'Solo ideas' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Reach ideas' }).isVisible()).toBe(false);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await snap(page, 'phone-goal');
    for (const path of ['/repertoire', '/goals', '/practice', '/stats', '/dat', '/settings']) {
      await page.goto(`${web.origin}${path}`);
      await page.locator('main h1').waitFor();
      await page.waitForTimeout(300);
      expect(await sideways(page), path).toBeLessThanOrEqual(0);
      await snap(page, `phone-${path.slice(1)}`);
    }
    await page.context().close();
  }, 60_000);

  it('from the keyboard: a visible focus ring of at least 3:1, focus on the new page heading, announced', async () => {
    const page = await open(1280);
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab'); // the brand
    await page.keyboard.press('Tab'); // Imagine
    await page.keyboard.press('Tab'); // Repertoire
    const ring = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      const width = Number.parseFloat(style.outlineWidth);
      const reach = width + Number.parseFloat(style.outlineOffset);
      // Every ancestor that clips must leave room for the whole ring.
      let clipped = false;
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const p = getComputedStyle(parent);
        if (p.overflowX === 'visible' && p.overflowY === 'visible') continue;
        const box = parent.getBoundingClientRect();
        if (rect.top - reach < box.top || rect.bottom + reach > box.bottom || rect.left - reach < box.left)
          clipped = true;
      }
      const background = getComputedStyle(document.querySelector('.top')!).backgroundColor;
      return { text: element.textContent, width, color: style.outlineColor, background, clipped };
    });
    expect(ring.text).toBe('Repertoire');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(contrast(ring.color, ring.background)).toBeGreaterThanOrEqual(3);
    expect(ring.clipped).toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Repertoire');
    expect(await page.locator('[aria-live="polite"].visually-hidden').textContent()).toBe('Repertoire');
    await page.context().close();
  }, 30_000);

  it('on the repertoire, arrow keys in a list change nothing until the change is applied; search narrows', async () => {
    const page = await open(1280);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${web.origin}/repertoire`);
    const status = page.getByLabel('Status of waltz form');
    await status.focus();
    await page.keyboard.press('ArrowDown');
    const stored = () => web.app.store.listAbilities().find((a) => a.name === 'waltz form')?.status;
    expect(await status.inputValue()).toBe('lent');
    expect(stored()).toBe('own');
    const merge = page.getByLabel('Merge waltz form into');
    await merge.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(web.app.store.listAbilities().map((a) => a.name)).toContain('waltz form');
    await page.getByRole('button', { name: 'Set lent' }).click();
    await page.getByLabel('Status of waltz form').and(page.locator('.status-lent')).waitFor();
    expect(stored()).toBe('lent');
    await page.getByLabel('Search').fill('shant');
    expect(await page.getByTestId('ability').count()).toBe(1);
    await page.context().close();
  }, 30_000);

  it('the DAT says which words did not count, which were not nouns, and which score is which', async () => {
    const page = await open(1280);
    await page.goto(`${web.origin}/dat`);
    // An adverb, a non-word, and eight of the distant nouns (without cat and rocket).
    const words = [
      'happily',
      'qzxvbn',
      ...distantNouns.filter((word) => word !== 'cat' && word !== 'rocket'),
    ];
    await scoreDatInPage(page, words);
    expect(await page.getByTestId('dat-invalid').textContent()).toContain('qzxvbn');
    expect(await page.getByTestId('dat-not-nouns').textContent()).toContain('happily');
    expect(await page.getByTestId('dat-unused').textContent()).toMatch(/“\w+”/);
    expect(await page.getByTestId('dat-result').textContent()).toMatch(/Your score \d+\.\d\d/);
    expect(await page.getByTestId('dat-published').textContent()).toMatch(
      /published study's scale: about \d+\.\d/,
    );
    await snap(page, 'desktop-dat');
    await page.context().close();
  }, 30_000);

  it('says before the first goal that a model is needed, when none is set up', async () => {
    const bare = await startWebServer({ model: false });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(bare.server.newLink());
      const note = page.getByRole('note');
      await note.waitFor();
      expect(await note.textContent()).toContain('chops needs a model to imagine');
      expect(await note.getByRole('link', { name: 'Settings' }).count()).toBe(1);
      await context.close();
    } finally {
      await bare.close();
    }
  }, 30_000);

  it('never lets the token into the browser: its profile holds no trace of it, and the link works once', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'chops-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-sync'],
    });
    const link = web.server.newLink();
    const page = await context.newPage();
    await page.goto(link);
    await page.getByLabel('Your goal').waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await page.getByRole('navigation').getByRole('link', { name: 'Repertoire', exact: true }).click();
    await page.getByTestId('ability').first().waitFor();
    await context.close();
    const files = (folder: string): string[] =>
      readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? files(path) : [path];
      });
    const holding = files(profile).filter((file) => readFileSync(file).includes(token));
    rmSync(profile, { recursive: true, force: true });
    expect(holding).toEqual([]);
    // The spent code in the history signs nobody in.
    const again = await browser.newContext();
    const second = await again.newPage();
    await second.goto(link);
    await second.goto(`${web.origin}/repertoire`);
    await second.getByRole('alert').waitFor();
    await again.close();
  }, 60_000);
});
