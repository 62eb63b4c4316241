import { afterEach, describe, expect, it } from 'vitest';
import { fakeTerminal, keys } from '../../../../test/support/fake-terminal.js';
import { runChops } from '../../../../test/support/run-chops.js';
import { type ScriptedProvider, startScriptedProvider } from '../../../../test/support/scripted-provider.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { runCli } from '../run-cli.js';

const tempFolder = temporaryFolders();
let provider: ScriptedProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

// A strong model's proposal for a wet-lab biochemist: grouped, its own wording, one name twice.
const proposal = {
  groups: [
    {
      name: 'Wet-lab techniques',
      abilities: ['SDS-PAGE', 'Western blotting', 'pipetting', 'PCR amplification'],
    },
    { name: 'Data', abilities: ['Microsoft Excel', "Student's t-test", 'western blotting'] },
  ],
};

describe('chops init by recognition', () => {
  it('proposes typical abilities to tick, and still lets the person type', async () => {
    provider = await startScriptedProvider(() => proposal);
    const home = tempFolder();
    const { io, shown, left } = fakeTerminal(
      [
        { after: 'What should chops call you?', keys: `Maya${keys.enter}` },
        {
          after: 'In a line, what do you do?',
          keys: `wet-lab protein biochemist, I don't code${keys.enter}`,
        },
        { after: 'Your domains', keys: `protein biochemistry${keys.enter}` },
        // Tick SDS-PAGE and pipetting (the cursor starts on the first group's heading).
        {
          after: 'Which of these can you already do?',
          keys: `${keys.down}${keys.space}${keys.down}${keys.down}${keys.space}${keys.enter}`,
        },
        { after: 'Anything else you can do', keys: `enzyme kinetics${keys.enter}` },
      ],
      { CHOPS_HOME: home, CHOPS_MODEL: 'openai-compatible:test-model', CHOPS_BASE_URL: provider.baseUrl },
    );
    const code = await runCli(['init'], io);
    expect(code, shown()).toBe(0);
    expect(left()).toBe(0);
    // The proposal was asked with the about line, and listed each name once.
    expect(JSON.stringify(provider.requests[0])).toContain("wet-lab protein biochemist, I don't code");
    expect(shown().match(/Western blotting|western blotting/g)?.length).toBe(1);
    const repertoire = JSON.parse((await runChops(['repertoire', '--json'], { home })).stdout) as {
      name: string;
    }[];
    expect(repertoire.map((a) => a.name).sort()).toEqual(['SDS-PAGE', 'enzyme kinetics', 'pipetting']);
  });

  it('works as before when no model is configured', async () => {
    const home = tempFolder();
    const { io, shown } = fakeTerminal(
      [
        { after: 'What should chops call you?', keys: `Sam${keys.enter}` },
        { after: 'In a line, what do you do?', keys: `tenor sax${keys.enter}` },
        { after: 'Your domains', keys: `tenor saxophone${keys.enter}` },
        { after: 'A first handful of things you can do', keys: `ii-V-I, guide tones${keys.enter}` },
      ],
      { CHOPS_HOME: home },
    );
    expect(await runCli(['init'], io), shown()).toBe(0);
    expect(shown()).not.toContain('Which of these can you already do?');
    const repertoire = JSON.parse((await runChops(['repertoire', '--json'], { home })).stdout) as {
      name: string;
    }[];
    expect(repertoire.map((a) => a.name).sort()).toEqual(['guide tones', 'ii-V-I']);
  });
});
