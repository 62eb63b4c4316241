// `chops serve` as it starts, in its own process (run by start-server.test.ts), over a scripted model
// whose charts are ordinary clickable ones (an href channel and mark.href), which vega-scenegraph
// meets with a promise rejected with nobody listening; then one more such promise, for good measure.
import { startScriptedProvider } from '../../../../test/support/scripted-provider.js';
import { ChopsApp } from '../../chops-app.js';
import { startServer } from '../start-server.js';
import { loopModel } from './scripted-loop.js';

export const linkedChart = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  description: 'Tide heights by hour, each bar linking to its tide table.',
  data: {
    values: [
      { hour: '06:00', height: 1.2, table: 'https://tides.example/06' },
      { hour: '12:00', height: 3.4, table: 'https://tides.example/12' },
    ],
  },
  mark: { type: 'bar', href: 'https://tides.example/' },
  encoding: {
    x: { field: 'hour', type: 'ordinal' },
    y: { field: 'height', type: 'quantitative' },
    href: { field: 'table', type: 'nominal' },
  },
};

const loop = loopModel();
const provider = await startScriptedProvider((prompt) =>
  prompt.includes('Make the artifact') || prompt.includes('failed its check')
    ? {
        title: 'Tide chart',
        content: JSON.stringify(linkedChart),
        abilitiesUsed: [{ name: 'modal interchange', how: 'colour' }],
      }
    : loop(prompt),
);
const home = process.env.CHOPS_HOME!;
const env = { ...process.env, CHOPS_MODEL: 'openai-compatible:test', CHOPS_BASE_URL: provider.baseUrl };
const app = new ChopsApp({ home, env });
const server = await startServer({ app, port: 0, env, webFolder: home });
process.stdout.write(`${server.link}\n`);
process.stdin.once('data', () => {
  void Promise.reject(new Error('Cannot read properties of undefined (reading "sanitize")'));
});
