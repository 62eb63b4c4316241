import { describe, expect, it } from 'vitest';
import { biochemist, personaResponder } from '../../../test/support/personas.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { scriptedServers } from './test-support/scripted-server.js';

const scriptedServer = scriptedServers(temporaryFolders());

type Json = Record<string, unknown> & {
  toConfirm: { name: string; sameAs: { id: string; name: string } | null }[];
};

describe('recognition over the API', () => {
  it('lists a goal’s checklist, takes answers that re-map it, and refuses nonsense', async () => {
    const answer = personaResponder(biochemist, 'weak');
    const f = await scriptedServer((prompt) =>
      prompt.includes('typical for someone like them')
        ? { groups: [{ name: 'Wet lab', abilities: ['pipetting', 'PCR amplification'] }] }
        : JSON.parse(answer(prompt)),
    );
    await f.request('/api/abilities', {
      method: 'POST',
      json: { names: biochemist.typed, domain: 'protein biochemistry' },
    });
    const imagined = (await (
      await f.request('/api/imagine', {
        method: 'POST',
        json: { goal: biochemist.goal, domain: 'protein biochemistry' },
      })
    ).json()) as Json & { goalId: string; solo: unknown[] };
    expect(imagined.solo).toEqual([]);
    const list = (await (await f.request(`/api/goals/${imagined.goalId}/checklist`)).json()) as Json;
    expect(list.toConfirm).toEqual(imagined.toConfirm);
    const sds = list.toConfirm.find((item) => item.name === 'sds-page gel electrophoresis')!;
    expect(sds.sameAs?.name).toBe('SDS-PAGE');

    const nonsense = await f.request('/api/checklist', {
      method: 'POST',
      json: { answers: [{ name: 'pipetting', answer: 'maybe?' }], goalId: imagined.goalId },
    });
    expect(nonsense.status).toBe(400);

    const answers = [
      { name: 'sds-page gel electrophoresis', answer: 'yes', sameAs: sds.sameAs!.id },
      {
        name: 'michaelis-menten kinetics',
        answer: 'yes',
        sameAs: list.toConfirm.find((i) => i.name === 'michaelis-menten kinetics')!.sameAs!.id,
      },
      {
        name: 'western blotting',
        answer: 'yes',
        sameAs: list.toConfirm.find((i) => i.name === 'western blotting')!.sameAs!.id,
      },
      { name: 'pipetting', answer: 'yes' },
      { name: 'python scripting', answer: 'not yet' },
    ];
    const answered = await f.request('/api/checklist', {
      method: 'POST',
      json: { answers, goalId: imagined.goalId },
    });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({
      notYet: ['python scripting'],
      remapped: [{ goalId: imagined.goalId, solo: 2 }],
    });
    const goal = (await (await f.request(`/api/goals/${imagined.goalId}`)).json()) as {
      solo: { needs: { status: string }[] }[];
    };
    expect(goal.solo).toHaveLength(2);
    for (const idea of goal.solo) expect(idea.needs.every((n) => n.status === 'own')).toBe(true);
    expect(
      ((await (await f.request(`/api/goals/${imagined.goalId}/checklist`)).json()) as Json).toConfirm,
    ).toEqual([]);

    const proposed = await f.request('/api/proposals', {
      method: 'POST',
      json: { about: biochemist.person.about, domains: biochemist.person.domains },
    });
    expect(await proposed.json()).toEqual({
      groups: [{ name: 'Wet lab', abilities: ['pipetting', 'PCR amplification'] }],
    });
  });
});
