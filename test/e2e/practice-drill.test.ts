/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCard } from '../../src/domain/practice/card.js';
import { newTrick } from '../../src/domain/practice/trick.js';
import { createDrill } from '../../src/usecases/practice/drill.js';
import { saveTricks } from '../../src/usecases/practice/save-tricks.js';
import { addAbility } from '../../src/usecases/practice/test-support/practice-fixture.js';
import { browserAvailable, launchChromium } from './browser.js';
import { startWebServer, type WebServer } from './web-server.js';

describe.runIf(browserAvailable())('practice in Chromium: a drill cell and a checked card', () => {
  let browser: Browser;
  let web: WebServer;
  beforeAll(async () => {
    browser = await launchChromium();
    web = await startWebServer();
    const { app } = web;
    const stores = { practice: app.practice, repertoire: app.store };
    const at = new Date(Date.now() - 60_000);
    addAbility(stores, 'bebop', { name: 'Bebop enclosures' });
    addAbility(stores, 'clamping', { name: 'Clamping', domain: 'javascript' });
    const lick = newTrick(
      {
        abilityId: 'bebop',
        name: 'Enclosing the third',
        explanation: 'Above, below, then the target.',
        example: 'X:1\nM:4/4\nL:1/8\nK:F\n"C7" z2 Bc ^G A3 z | "F" F8 |]',
        format: 'abc',
      },
      't-lick',
      at,
    );
    const code = newTrick(
      { abilityId: 'clamping', name: 'Clamp with min and max', explanation: 'x', example: 'x', format: 'js' },
      't-js',
      at,
    );
    const checked = newCard(
      {
        trickId: 't-js',
        abilityId: 'clamping',
        kind: 'apply',
        prompt: 'Write clamp(x, lo, hi).',
        answer: 'const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));',
        formatCheck: {
          format: 'js',
          tests: 'assert.equal(clamp(5, 0, 3), 3);\nassert.equal(clamp(-1, 0, 3), 0);',
        },
      },
      'c-js',
      at,
    );
    saveTricks([lick, code], [checked], { ...stores, clock: { now: () => at } });
    // The drill's one cell is due at once, after the checked card (made a minute earlier).
    await createDrill({ trickId: 't-lick', keys: 'Eb', tempos: [96] }, app.deps.drill());
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('runs the check on a typed answer, then shows the drill cell and plays it at its tempo', async () => {
    const context = await browser.newContext();
    // Web Audio is replaced by a recorder: each note's start time says at what tempo it is played.
    await context.addInitScript(() => {
      const starts: number[] = [];
      (window as unknown as { __starts: number[] }).__starts = starts;
      const node = () => ({
        connect: (next: unknown) => next ?? node(),
        gain: { setValueAtTime() {}, linearRampToValueAtTime() {}, exponentialRampToValueAtTime() {} },
      });
      class RecordingContext {
        currentTime = 0;
        destination = {};
        createOscillator() {
          return {
            ...node(),
            type: '',
            frequency: { value: 0 },
            start: (at: number) => starts.push(at),
            stop() {},
          };
        }
        createGain() {
          return node();
        }
        close() {
          return Promise.resolve();
        }
      }
      (window as unknown as { AudioContext: unknown }).AudioContext = RecordingContext;
    });
    const page = await context.newPage();
    await page.goto(`${web.server.link}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Practice', exact: true }).click();
    await page.getByTestId('flashcard').waitFor();

    await page
      .getByLabel(/Your answer/)
      .fill('function clamp(x, lo, hi) {\n  return Math.min(hi, Math.max(lo, x));\n}');
    await page.getByRole('button', { name: /Reveal/ }).click();
    await page.getByRole('button', { name: 'Run the check on my answer' }).click();
    await page.getByTestId('proposal').filter({ hasText: 'The check suggests good' }).waitFor();
    await page.keyboard.press('3');

    await page.getByTestId('drill-cell').filter({ hasText: 'Drill cell: Eb at ♩=96' }).waitFor();
    await page.keyboard.press(' ');
    await page.locator('[data-testid="score"] svg').waitFor();
    await page.getByRole('button', { name: '▶ Play' }).click();
    const starts = await page.evaluate(() => (window as unknown as { __starts: number[] }).__starts);
    // Eighth notes at ♩=96 start 60/96/2 = 0.3125 s apart (the phrase opens with B c after a rest).
    expect(starts.length).toBeGreaterThan(4);
    expect(starts[1]! - starts[0]!).toBeCloseTo(0.3125, 4);
    await page.keyboard.press('4');
    // The checked card, new and rated good, is still in same-day steps: the session brings it back.
    await page.getByText('Write clamp(x, lo, hi).').waitFor();
    expect(web.app.practice.listReviews().map((review) => [review.cardId === 'c-js', review.rating])).toEqual(
      [
        [true, 'good'],
        [false, 'easy'],
      ],
    );
    await context.close();
  }, 90_000);
});
