import { afterAll, describe, expect, it } from 'vitest';
import { storeGoal } from '../../../test/support/goal-fixture.js';
import { scriptedThinker } from '../../../test/support/scripted-model.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { createAnswerChecker } from '../../adapters/card-checks/answer-checker.js';
import { createFormats } from '../../adapters/formats/index.js';
import { SandboxHost } from '../../adapters/formats/js/sandbox-host.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteArtifactStore } from '../../adapters/store/sqlite-artifact-store.js';
import { SqliteIdeaStore } from '../../adapters/store/sqlite-idea-store.js';
import { SqliteLearningChoiceStore } from '../../adapters/store/sqlite-learning-choice-store.js';
import { SqlitePracticeStore } from '../../adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../../adapters/store/sqlite-repertoire-store.js';
import { addAbility } from '../practice/test-support/practice-fixture.js';
import { learn } from './learn.js';

const tempFolder = temporaryFolders();
const host = new SandboxHost();
const answerChecker = createAnswerChecker(createFormats({ js: { host } }));
afterAll(() => host.dispose());
const now = new Date('2026-05-01T09:00:00Z');

// A strong model's answer: three checked apply cards, one right, one whose own answer forgets to set
// its flag, one whose answer does not cache at all.
const tricks = {
  tricks: [
    {
      ability: 'Closures',
      name: 'Counters kept in a closure',
      explanation:
        'A function returned from another keeps the variables of the call that made it. Each counter made ' +
        'by makeCounter has its own count, invisible from outside.',
      example: 'const makeCounter = () => { let n = 0; return () => ++n; };',
      cards: [
        {
          kind: 'recall',
          prompt: 'What does a closure keep alive?',
          answer: 'The variables of the scope it was made in.',
        },
        {
          kind: 'apply',
          prompt: 'Write makeCounter(): each call returns a function giving 1, 2, 3, … on successive calls.',
          answer: 'function makeCounter() {\n  let n = 0;\n  return () => ++n;\n}',
          formatCheck: {
            tests:
              'const a = makeCounter(); const b = makeCounter();\nassert.equal(a(), 1); assert.equal(a(), 2); assert.equal(b(), 1);',
          },
        },
        {
          kind: 'apply',
          prompt:
            'Write once(f): a function that calls f the first time only and returns its result every time.',
          answer:
            'function once(f) {\n  let done = false, value;\n  return (...args) => { if (!done) value = f(...args); return value; };\n}',
          formatCheck: {
            tests:
              'let calls = 0; const g = once(() => ++calls);\nassert.equal(g(), 1); assert.equal(g(), 1); assert.equal(calls, 1);',
          },
        },
        {
          kind: 'apply',
          prompt: 'Write memo(f) caching f by its single argument.',
          answer: 'const memo = (f) => { const seen = new Map(); return (x) => seen.get(x) ?? f(x); };',
          formatCheck: {
            tests:
              'let n = 0; const sq = memo((x) => { n++; return x * x; });\nsq(3); sq(3);\nassert.equal(n, 1);',
          },
        },
      ],
    },
  ],
};

async function setUp(repairs: (prompt: string) => unknown) {
  const db = openDatabase(tempFolder());
  const repertoire = new SqliteRepertoireStore(db);
  const practice = new SqlitePracticeStore(db);
  addAbility({ practice, repertoire }, 'closures', { name: 'Closures', domain: 'javascript' });
  const ideas = new SqliteIdeaStore(db);
  storeGoal(ideas, { id: 'g', text: 'a tiny state library', domain: 'javascript', createdAt: now }, [
    { id: 'i', title: 'Store', pitch: 'A store.', reach: 1 },
  ]);
  const artifacts = new SqliteArtifactStore(db);
  artifacts.insertArtifact({
    id: 'art',
    ideaId: 'i',
    format: 'js',
    title: 'Store',
    passed: true,
    abilities: [{ name: 'Closures', how: 'private state', status: 'lent', abilityId: 'closures' }],
    model: 'mock',
    createdAt: now,
  });
  artifacts.addAttempt({
    artifactId: 'art',
    number: 1,
    content:
      'const makeStore = () => { let state = {}; return { get: () => state }; };\nassert(makeStore());',
    check: { passed: true, problems: [], durationMs: 1 },
    createdAt: now,
  });
  const prompts: string[] = [];
  const { thinker } = scriptedThinker((prompt) => {
    prompts.push(prompt);
    return prompt.includes('<task') ? repairs(prompt) : tricks;
  });
  let id = 0;
  const deps = {
    practice,
    repertoire,
    artifacts,
    choices: new SqliteLearningChoiceStore(db),
    clock: { now: () => now },
    generateId: () => `id${++id}`,
    thinker: async () => thinker,
    answerChecker,
  };
  return { deps, prompts };
}

describe('learn writes checked apply cards and verifies each card’s own answer first', () => {
  it('keeps a card whose answer passes, repairs one that fails, and drops one that cannot be repaired', async () => {
    const { deps, prompts } = await setUp((prompt) =>
      prompt.includes('once(f)')
        ? {
            answer:
              'function once(f) {\n  let done = false, value;\n  return (...args) => { if (!done) { done = true; value = f(...args); } return value; };\n}',
          }
        : { answer: 'const memo = (f) => (x) => f(x);' },
    );
    const result = await learn({ artifactId: 'art' }, deps);

    expect(result.checks).toMatchObject({ verified: 2, repaired: 1 });
    expect(result.checks!.dropped).toEqual([
      {
        prompt: 'Write memo(f) caching f by its single argument.',
        problems: [expect.stringMatching(/assertion failed|expected|2.*1/i)],
      },
    ]);
    const cards = result.saved[0]!.cards;
    expect(cards.map((card) => card.kind)).toEqual(['recall', 'apply', 'apply']);
    expect(cards[1]!.formatCheck).toEqual({
      format: 'js',
      tests: tricks.tricks[0]!.cards[1]!.formatCheck!.tests,
    });
    expect(cards[2]!.answer).toContain('done = true');
    expect(deps.practice.listCards({ abilityId: 'closures' })).toHaveLength(3);
    // The first prompt asked for checks in the artifact's format; the repairs carried the problems.
    expect(prompts[0]).toContain('formatCheck.tests');
    expect(prompts[1]).toMatch(/<problems>\n.*assert/i);
  });

  it('saves no unverified check when no checker is given', async () => {
    const { deps } = await setUp(() => ({ answer: 'x' }));
    const { answerChecker: _none, ...withoutChecker } = deps;
    const result = await learn({ artifactId: 'art' }, withoutChecker);
    expect(result.saved[0]!.cards).toHaveLength(4);
    expect(result.saved[0]!.cards.every((card) => card.formatCheck === undefined)).toBe(true);
  });
});
