import type { DataFile, DataValue } from '../../domain/data-file.js';
import { cutText, quoteInline } from '../../domain/model-text.js';
import type { FormatDescription } from '../../domain/ports/format-checker.js';

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
 * data itself reaches the artifact, not the prompt: how depends on the format (its `dataGuide`); when
 * the format is not fixed or cannot use data, the model is told how each format that can does.
 */
export function describeData(
  files: readonly DataFile[],
  format: FormatDescription | undefined,
  all: readonly FormatDescription[],
): string {
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
  const names = files.map((file) => file.name);
  const withData = all.filter((each) => each.dataGuide);
  const how = format?.dataGuide
    ? format.dataGuide(names)
    : [
        ...withData.map((each) => each.dataGuide!(names)),
        `Other formats do not get the data: choose ${withData.map((each) => each.name).join(' or ')}.`,
      ].join(' ');
  return [`The person's own data, to be used as it is (never invent data):`, ...blocks, how]
    .join('\n')
    .slice(0, 6000);
}
