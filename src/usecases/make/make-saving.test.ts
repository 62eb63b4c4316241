import { beforeAll, describe, expect, it } from 'vitest';
import { storeGoal } from '../../../test/support/goal-fixture.js';
import { scriptedThinker } from '../../../test/support/scripted-model.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { wordEmbedder } from '../../../test/support/word-embedder.js';
import { createFormats } from '../../adapters/formats/index.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import type { ArtifactFormats } from '../../domain/ports/format-checker.js';
import { make } from './make.js';
import { sqliteMakeDeps } from './test-support/sqlite-make-deps.js';

// What make stores when it is stopped part way: never an artifact without attempts, never a passing
// attempt beside an artifact that says it fails. (The hostile suite kills real processes; these stop
// make by an error at the same points.)

const tempFolder = temporaryFolders();
let embedder: Embedder;
beforeAll(async () => {
  embedder = await wordEmbedder();
});

const plan = '# Tide study\n\n## Method\n\nRecord the tide every hour.\n\n## Analysis\n\nFit a sine.\n';
const used = [{ name: 'harmonic analysis of tides', how: 'separated the constituents' }];

function setUp(respond: (prompt: string, call: number) => unknown, formats: ArtifactFormats) {
  const { thinker } = scriptedThinker(respond);
  const deps = sqliteMakeDeps(tempFolder(), { thinker, embedder, formats });
  storeGoal(deps.ideas, { id: 'g1', text: 'understand the tides', domain: 'oceanography' }, [
    { id: 'idea1', title: 'Tide study', pitch: 'Measure the local tide.', lens: 'a sailor', needs: [] },
  ]);
  return deps;
}

describe('make, stopped part way', () => {
  it('stores no artifact when it is stopped during the first check', async () => {
    const real = createFormats();
    const stoppingMarkdown = { ...real.get('markdown'), check: () => Promise.reject(new Error('stopped')) };
    const stopping: ArtifactFormats = {
      ...real,
      get: (name) => (name === 'markdown' ? stoppingMarkdown : real.get(name)),
    };
    const deps = setUp(() => ({ title: 'Plan', content: plan, abilitiesUsed: used }), stopping);
    await expect(make({ ideaId: 'idea1', format: 'markdown' }, deps)).rejects.toThrow('stopped');
    expect(deps.artifacts.listArtifacts()).toEqual([]);
  });

  it('keeps the first attempt with its artifact when the repair call fails', async () => {
    const deps = setUp((_prompt, call) => {
      if (call === 0) return { title: 'Plan', content: '# Plan\n\n## Method\n\n', abilitiesUsed: used };
      throw new Error('provider down');
    }, createFormats());
    await expect(make({ ideaId: 'idea1', format: 'markdown' }, deps)).rejects.toThrow();
    const [artifact] = deps.artifacts.listArtifacts();
    expect(artifact?.passed).toBe(false);
    expect(deps.artifacts.listAttempts(artifact!.id).map((a) => a.number)).toEqual([1]);
  });

  it('has the verdict and abilities stored by the time a passing attempt is', async () => {
    const deps = setUp(() => ({ title: 'Plan', content: plan, abilitiesUsed: used }), createFormats());
    const seen: unknown[] = [];
    await make(
      {
        ideaId: 'idea1',
        format: 'markdown',
        // Called right after the attempt is stored: what a kill at that moment would leave.
        onAttempt: (attempt) => seen.push(deps.artifacts.getArtifact(attempt.artifactId)),
      },
      deps,
    );
    expect(seen).toMatchObject([
      { passed: true, abilities: [{ name: 'harmonic analysis of tides', status: 'lent' }] },
    ]);
  });
});
