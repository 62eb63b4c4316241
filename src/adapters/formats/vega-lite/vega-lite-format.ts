import type { FormatDefinition } from '../format-definition.js';
import { embedData } from './embed-data.js';

/** A Vega-Lite chart of inline data, validated, compiled and drawn to SVG. */
export const vegaLiteFormat: FormatDefinition = {
  name: 'vega-lite',
  label: 'Chart (Vega-Lite)',
  summary: 'a Vega-Lite chart of inline data',
  guide:
    'vega-lite: one Vega-Lite v6 JSON specification (the JSON text only) with the data inline under ' +
    'data.values (never a URL); every encoded field must be in the data and field types must match the ' +
    'values (quantitative fields hold numbers).',
  cardCheckGuide: 'Apply cards whose answer is a whole Vega-Lite spec can set formatCheck.validate: true.',
  dataGuide: () =>
    'In vega-lite refer to a file as "data": {"name": "<file name>"} (at the top or in a layer); chops puts its rows in as inline values.',
  display: 'image',
  sourceExtensions: ['vl.json', 'json'],
  renderExtensions: ['svg'],
  renderHelp: '.svg for a chart',
  embedData,
  loadEngine: async () => (await import('./vega-lite-checker.js')).createVegaLiteChecker(),
};
