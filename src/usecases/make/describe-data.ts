import type { ArtifactFormat } from '../../domain/artifact.js';
import type { DataFile, DataValue } from '../../domain/data-file.js';
import { cutText, quoteInline } from '../../domain/model-text.js';

const cell = (value: DataValue | undefined) => {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? JSON.stringify(value)
        : String(value);
  return quoteInline(cutText(text, 40));
};

/**
 * The person's data as the model is told of it: per file its columns and their types, how many rows,
 * and a few rows as a sample; never more than about 6,000 characters however big the files are. The
 * data itself reaches the artifact, not the prompt: how depends on the format.
 */
export function describeData(files: readonly DataFile[], format: ArtifactFormat | undefined): string {
  const blocks = files.map((file) => {
    const columns = file.columnTypes
      .slice(0, 60)
      .map((column) => `${quoteInline(column.name)} (${column.type})`);
    const more = file.columnTypes.length > 60 ? `, and ${file.columnTypes.length - 60} more` : '';
    const names = file.columnTypes.slice(0, 12).map((column) => column.name);
    const sample = file.values
      .slice(0, 5)
      .map((row) => `  ${names.map((name) => cell(row[name])).join(' | ')}`);
    return [
      `<data name="${quoteInline(file.name)}">`,
      `${file.rows} rows, ${file.columns} columns: ${columns.join(', ')}${more}.`,
      `First rows (${names.map(quoteInline).join(' | ')}):`,
      ...sample,
      '</data>',
    ].join('\n');
  });
  const single = files.length === 1;
  const access = {
    js: single
      ? 'In js the rows are the read-only global `data`: an array of objects, one per row, numbers as numbers, empty cells as null.'
      : `In js the read-only global \`data\` holds each file's rows by file name: ${files.map((f) => `data[${JSON.stringify(f.name)}]`).join(', ')}.`,
    'vega-lite': `In vega-lite refer to a file as "data": {"name": "<file name>"} (at the top or in a layer); chops puts its rows in as inline values.`,
  };
  const how =
    format === 'js' || format === 'vega-lite'
      ? access[format]
      : `${access.js} ${access['vega-lite']} Other formats do not get the data: choose js or vega-lite.`;
  return [`The person's own data, to be used as it is (never invent data):`, ...blocks, how]
    .join('\n')
    .slice(0, 6000);
}
