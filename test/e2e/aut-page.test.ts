/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { browserAvailable } from './browser.js';
import { browserSuite } from './browser-suite.js';

describe.runIf(browserAvailable())('the AUT page in Chromium', () => {
  const suite = browserSuite();

  it('times the task from the first keystroke, scores the uses, and lists the answer', async () => {
    const { browser, web } = suite;
    const page = await (await browser.newContext()).newPage();
    await page.goto(web.server.link);
    await page.getByRole('navigation').getByRole('link', { name: 'AUT', exact: true }).click();
    const box = page.getByLabel(/^Uses of a /);
    await box.waitFor();
    expect(await page.getByTestId('aut-time').textContent()).toBe('3:00 left');
    await box.fill('a doorstop\nground into red pigment for a mural\n<img src=x onerror="window.__xss=1">');
    await page.getByRole('button', { name: 'Score 3 uses' }).click();
    const result = page.getByTestId('aut-result');
    await result.waitFor({ timeout: 20_000 });
    expect(await result.textContent()).toMatch(/Fluency 3 · originality \d\.\d\d/);
    expect(await result.textContent()).toContain('1 (common) to 5 (highly original)');
    await page.getByRole('cell', { name: '3', exact: true }).first().waitFor();
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    await page.getByRole('navigation').getByRole('link', { name: 'Stats', exact: true }).click();
    const own = page.getByRole('region', { name: 'Your own ideas' });
    await own.waitFor();
    expect(await own.textContent()).toContain('Alternative Uses Task: 1 answers');
  }, 60_000);
});
