import { beforeAll, describe, expect, it } from 'vitest';
import { storeGoal } from '../../../test/support/goal-fixture.js';
import { scriptedThinker } from '../../../test/support/scripted-model.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { wordEmbedder } from '../../../test/support/word-embedder.js';
import { createFormats } from '../../adapters/formats/index.js';
import { jsFormat } from '../../adapters/formats/js/js-format.js';
import type { DataFile } from '../../domain/data-file.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { addAbilities } from '../repertoire/add-abilities.js';
import { make } from './make.js';
import { sqliteMakeDeps } from './test-support/sqlite-make-deps.js';

const tempFolder = temporaryFolders();
const formats = createFormats();
let embedder: Embedder;
beforeAll(async () => {
  embedder = await wordEmbedder();
});

const goodPlan =
  '# Tide study\n\n## Method\n\nRecord the tide every hour for a week.\n\n## Analysis\n\nFit a sine to the heights.\n';
const unfinishedPlan = '# Tide study\n\n## Method\n\nTODO\n\n## Analysis\n\nFit a sine to the heights.\n';
const used = [
  { name: 'statistics', how: 'fit the curve' },
  { name: 'harmonic analysis of tides', how: 'separate the constituents' },
];

async function setUp(respond: (prompt: string, call: number) => unknown) {
  const { thinker, model } = scriptedThinker(respond);
  const deps = sqliteMakeDeps(tempFolder(), { thinker, embedder, formats });
  const now = new Date('2026-04-01T08:00:00Z');
  storeGoal(deps.ideas, { id: 'g1', text: 'understand the tides', domain: 'oceanography', createdAt: now }, [
    {
      id: 'idea1',
      title: 'Tide study',
      pitch: 'Measure and model the local tide.',
      lens: 'a sailor',
      needs: [{ name: 'statistics', how: 'fit', status: 'own' }],
    },
  ]);
  await addAbilities({ names: ['statistics'], domain: 'oceanography' }, deps);
  return { deps, model };
}

const plateFile = (values: DataFile['values']): DataFile => ({
  name: 'plate.csv',
  path: '/data/plate.csv',
  format: 'csv',
  bytes: 120,
  rows: values.length,
  columns: 2,
  sha256: 'a'.repeat(64),
  columnTypes: [
    { name: 'variant', type: 'text' },
    { name: 'a405', type: 'number' },
  ],
  values,
});
const plateRows = [
  { variant: 'WT', a405: 0.41 },
  { variant: 'K45R', a405: 0.61 },
  { variant: 'D101N', a405: 0.2 },
];

describe('make with the person’s data', () => {
  it('describes the data to the model and gives a js artifact the rows as a read-only global', async () => {
    const prompts: string[] = [];
    const analysis = [
      'const wt = data.find((row) => row.variant === "WT").a405;',
      'const better = data.filter((row) => row.a405 > wt).map((row) => row.variant);',
      'console.log("better than wild type:", better);',
      'assert.deepEqual(better, ["K45R"]);',
      'assert.throws(() => { "use strict"; data[0].a405 = 9; });',
    ].join('\n');
    const { deps } = await setUp((prompt) => {
      prompts.push(prompt);
      return { title: 'Variants above wild type', content: analysis, abilitiesUsed: used };
    });
    const result = await make({ ideaId: 'idea1', format: 'js', data: [plateFile(plateRows)] }, deps);
    expect(result.attempts[0]!.check.problems).toEqual([]);
    expect(result.attempts[0]!.check.output).toBe('better than wild type: ["K45R"]\n');
    expect(prompts[0]).toContain(
      '<data name="plate.csv">\n3 rows, 2 columns: variant (text), a405 (number).',
    );
    expect(prompts[0]).toContain('read-only global `data`');
    expect(deps.artifacts.getArtifact(result.artifact.id)?.dataFiles).toEqual([
      {
        name: 'plate.csv',
        path: '/data/plate.csv',
        format: 'csv',
        bytes: 120,
        rows: 3,
        columns: 2,
        sha256: 'a'.repeat(64),
      },
    ]);
  });

  it('tells the model only a sample of a big file, never all of it', async () => {
    const prompts: string[] = [];
    const rows = Array.from({ length: 20_000 }, (_, index) => ({ variant: `V${index}`, a405: index / 1000 }));
    const { deps } = await setUp((prompt) => {
      prompts.push(prompt);
      return { title: 'Plan', content: goodPlan, abilitiesUsed: [] };
    });
    await make({ ideaId: 'idea1', format: 'markdown', data: [plateFile(rows)] }, deps);
    expect(prompts[0]).toContain('20000 rows');
    expect(prompts[0]).not.toContain('V19999');
    expect(prompts[0]!.length).toBeLessThan(12_000);
  });

  it('puts the rows into a Vega-Lite chart that names the file, so the artifact carries its data', async () => {
    const chart = {
      data: { name: 'plate.csv' },
      mark: 'bar',
      encoding: { x: { field: 'variant', type: 'nominal' }, y: { field: 'a405', type: 'quantitative' } },
    };
    const { deps } = await setUp(() => ({
      title: 'Plate',
      content: JSON.stringify(chart),
      abilitiesUsed: [],
    }));
    const result = await make({ ideaId: 'idea1', format: 'vega-lite', data: [plateFile(plateRows)] }, deps);
    expect(result.artifact.passed).toBe(true);
    const stored = JSON.parse(deps.artifacts.listAttempts(result.artifact.id)[0]!.content);
    expect(stored.data).toEqual({ values: plateRows });
    expect(result.attempts[0]!.check.output).toContain('K45R');
  });
});

describe('make', () => {
  it('tells the maker the goal, the person and the current status of each need', async () => {
    const prompts: string[] = [];
    const { deps } = await setUp((prompt) => {
      prompts.push(prompt);
      return {
        title: 'Tide study plan',
        content: `\`\`\`markdown\n${goodPlan}\`\`\``,
        abilitiesUsed: used,
      };
    });
    deps.store.savePerson({
      name: 'Ana',
      about: 'Harbour pilot who keeps a tide log by hand',
      domains: ['oceanography'],
      createdAt: new Date('2026-03-01T00:00:00Z'),
    });
    const idea = deps.ideas.getIdea('idea1')!;
    // Imagined when statistics was new; learned since, so it is own now.
    deps.ideas.insertIdeas([
      {
        ...idea,
        id: 'idea2',
        needs: [
          { name: 'Statistics', how: 'fit', status: 'new' },
          { name: 'harmonic analysis', how: 'split the constituents', status: 'new' },
        ],
      },
    ]);
    await make({ ideaId: 'idea2', format: 'markdown' }, deps);
    expect(prompts[0]).toContain('<goal>understand the tides</goal>');
    expect(prompts[0]).toContain('<person>Harbour pilot who keeps a tide log by hand</person>');
    expect(prompts[0]).toContain(
      'It needs: Statistics (own: fit); harmonic analysis (new: split the constituents)',
    );
    expect(prompts[0]).toContain('[Your name], [YYYY-MM-DD], [NAME]');
    expect(jsFormat.guide).toMatch(/Not available: require, import .*fetch .*files, process, setTimeout/);
  });

  it('repairs a failing first attempt on the second, keeping both', async () => {
    const { deps, model } = await setUp((_prompt, call) =>
      call === 0
        ? { title: 'Tide study plan', content: unfinishedPlan, abilitiesUsed: used }
        : { content: goodPlan, abilitiesUsed: used },
    );
    const result = await make({ ideaId: 'idea1', format: 'markdown' }, deps);
    expect(result.attempts.map((a) => a.check.passed)).toEqual([false, true]);
    expect(result.artifact.passed).toBe(true);
    const problems = result.attempts[0]!.check.problems.join(' ');
    expect(problems).toMatch(/TODO|placeholder/i);
    // The failure went back to the model.
    expect(JSON.stringify(model.doGenerateCalls[1]!.prompt)).toContain(
      result.attempts[0]!.check.problems[0]!.slice(0, 30),
    );
    const stored = deps.artifacts.listAttempts(result.artifact.id);
    expect(stored.map((a) => [a.number, a.check.passed])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(deps.artifacts.getArtifact(result.artifact.id)).toMatchObject({
      passed: true,
      format: 'markdown',
      title: 'Tide study plan',
    });
  });

  it('keeps an artifact that never passes, marked failing, with every attempt', async () => {
    const { deps, model } = await setUp(() => ({
      title: 'Plan',
      content: unfinishedPlan,
      abilitiesUsed: [],
    }));
    const result = await make({ ideaId: 'idea1', format: 'markdown', attempts: 3 }, deps);
    expect(model.doGenerateCalls).toHaveLength(3);
    expect(result.artifact.passed).toBe(false);
    expect(deps.artifacts.listAttempts(result.artifact.id)).toHaveLength(3);
    expect(deps.artifacts.getArtifact(result.artifact.id)?.passed).toBe(false);
  });

  it('lets the model pick the format, strips a code fence, and lends what the artifact used', async () => {
    const tune = 'X:1\nT:Tide\nM:3/4\nL:1/4\nK:D\nD E F | A2 A | d c B | A3 |]\n';
    const { deps, model } = await setUp(() => ({
      format: 'abc',
      title: 'Tide waltz',
      content: `\`\`\`abc\n${tune}\`\`\``,
      abilitiesUsed: used,
    }));
    const result = await make({ ideaId: 'idea1' }, deps);
    expect(result.formatChosen).toBe(true);
    expect(result.artifact.format).toBe('abc');
    expect(result.attempts[0]!.content).toBe(tune.trimEnd());
    expect(result.artifact.passed).toBe(true);
    // The schema offered the choice of format.
    expect(JSON.stringify(model.doGenerateCalls[0]!.responseFormat)).toContain('vega-lite');
    expect(result.artifact.abilities.map((a) => [a.name, a.status])).toEqual([
      ['statistics', 'own'],
      ['harmonic analysis of tides', 'lent'],
    ]);
    expect(result.lent).toEqual(['harmonic analysis of tides']);
    expect(deps.store.listAbilities({ status: 'lent' }).map((a) => [a.name, a.domain])).toEqual([
      ['harmonic analysis of tides', 'oceanography'],
    ]);
  });

  it('fails hostile code as a check, with a clear reason', async () => {
    const { deps } = await setUp(() => ({
      title: 'Reader',
      content: "const fs = require('fs'); console.log(fs.readFileSync('/etc/passwd', 'utf8'));",
      abilitiesUsed: [],
    }));
    const result = await make({ ideaId: 'idea1', format: 'js', attempts: 1 }, deps);
    expect(result.artifact.passed).toBe(false);
    expect(result.attempts[0]!.check.problems.join(' ')).toMatch(/require/);
  });

  it('refuses an unknown idea and a bad number of attempts before calling the model', async () => {
    const { deps, model } = await setUp(() => ({}));
    await expect(make({ ideaId: 'nope' }, deps)).rejects.toThrow('no idea "nope"');
    await expect(make({ ideaId: 'idea1', attempts: 0 }, deps)).rejects.toThrow('attempts must be 1 to 10');
    expect(model.doGenerateCalls).toHaveLength(0);
  });
});
