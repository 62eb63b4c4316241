import { createAnswerChecker } from '../src/adapters/card-checks/answer-checker.js';
import { createFormats } from '../src/adapters/formats/index.js';
import { SandboxHost } from '../src/adapters/formats/js/sandbox-host.js';
import { createFsrsOptimizer } from '../src/adapters/fsrs/fsrs-optimizer.js';
import { fastForgetter, syntheticHistories } from '../src/adapters/fsrs/test-support/synthetic-log.js';
import type { CardCheck } from '../src/domain/practice/card-check.js';
import { retentionReport } from '../src/domain/practice/review-history.js';
import { defaultParameters } from '../src/domain/practice/scheduler-fit.js';
import { median, printer } from './support.js';

const print = printer('practice-fit', 1);
const printLoss = printer('practice-fit', 3);
const reviewsPerCard = 8;

const jsCheck: CardCheck = {
  format: 'js',
  tests: "assert.equal(slugify('Hello, World!'), 'hello-world');\nassert.equal(slugify('a--b'), 'a-b');",
};
const jsAnswer =
  "function slugify(text) {\n  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');\n}";
const abcCheck: CardCheck = { format: 'abc', condition: { meter: '4/4', bars: 1, key: 'C', endsOn: 3 } };
const abcAnswer = 'G,A,B,C DCB,E|';

/**
 * Fitting the scheduler to a person: fsrs-rs's optimizer on synthetic logs of 1,000 and 10,000 reviews
 * (8 per card, made by a person who forgets faster than the defaults expect), with the log loss of the
 * defaults and of the fit on that log; and checking one answer of a checked apply card: a js answer
 * run with its tests in the sandbox (process already started), an abc answer with its musical condition.
 */
export default async function practiceFitBench(): Promise<void> {
  const optimizer = createFsrsOptimizer();
  for (const reviews of [1_000, 10_000]) {
    const histories = syntheticHistories(fastForgetter, {
      cards: reviews / reviewsPerCard,
      reviewsPerCard,
      seed: 5,
    });
    const times: number[] = [];
    let fitted: number[] = [];
    for (let run = 0; run < (reviews > 1000 ? 3 : 5); run++) {
      const started = performance.now();
      fitted = await optimizer.fit(histories);
      times.push(performance.now() - started);
    }
    print(
      `fit FSRS to ${reviews.toLocaleString('en')} reviews`,
      median(times),
      'ms',
      reviews > 1000 ? '< 10 s' : '< 2 s',
    );
    const before = retentionReport(histories, defaultParameters).logLoss;
    const after = retentionReport(histories, fitted).logLoss;
    printLoss(`  log loss on them: defaults ${before.toFixed(3)}, fitted`, after, '', 'lower', 'value');
  }

  const host = new SandboxHost();
  try {
    const checker = createAnswerChecker(createFormats({ js: { host } }));
    const warm = await checker.check(jsCheck, jsAnswer);
    if (!warm.passed) throw new Error(`the js answer failed: ${warm.problems.join('; ')}`);
    print(
      'check one js apply answer (sandbox, tests)',
      await timed(() => checker.check(jsCheck, jsAnswer)),
      'ms',
      '< 100 ms',
    );
    const abc = await checker.check(abcCheck, abcAnswer);
    if (!abc.passed) throw new Error(`the abc answer failed: ${abc.problems.join('; ')}`);
    print(
      'check one abc apply answer (ABC + condition)',
      await timed(() => checker.check(abcCheck, abcAnswer)),
      'ms',
      '< 50 ms',
    );
  } finally {
    host.dispose();
  }
}

async function timed(work: () => Promise<unknown>, runs = 20): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}
