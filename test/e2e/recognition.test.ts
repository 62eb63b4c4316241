import { describe, expect, it } from 'vitest';
import { serverToken } from '../../src/faces/server/server-token.js';
import { browserAvailable } from './browser.js';
import { browserSuite } from './browser-suite.js';

describe.runIf(browserAvailable())('recognition in Chromium', () => {
  const suite = browserSuite();

  it('offers the needs chops could not place as chips on the goal page; a yes moves the idea to solo', async () => {
    const { browser, web } = suite;
    // Scripts use the per-install token from the data folder as a bearer header.
    const token = serverToken(web.app.home);
    const call = async (path: string, body: unknown) => {
      const response = await fetch(`${web.origin}/api${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as Record<string, unknown>;
    };
    await call('/abilities', { names: ['waltz form'], domain: 'music' });
    const imagined = (await call('/imagine', { goal: 'a piece about the sea', count: 1 })) as {
      goalId: string;
      reach: { title: string }[];
    };
    expect(imagined.reach.map((i) => i.title)).toHaveLength(1);

    const page = await (await browser.newContext({ viewport: { width: 1000, height: 900 } })).newPage();
    await page.goto(web.server.link);
    await page.goto(`${web.origin}/goals/${imagined.goalId}`);
    const checklist = page.getByRole('region', { name: 'Can you already do these?' });
    await checklist.getByText('modal interchange').waitFor();
    const solo = page.getByRole('region', { name: 'Solo ideas' });
    const before = await solo.textContent();
    expect(before).not.toContain('Tide waltz');

    await checklist.getByRole('button', { name: 'Yes, I can' }).click();
    await checklist.waitFor({ state: 'detached' });
    await solo.getByText('Tide waltz').waitFor();
    expect(await page.getByRole('region', { name: 'Reach ideas' }).textContent()).not.toContain('Tide waltz');
  }, 60_000);
});
