import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DataColumn, DataFile, DataRow, DataValue } from '../../domain/data-file.js';
import { UserInputError } from '../../domain/errors/index.js';
import { cannotRead } from '../files/file-errors.js';

/** Bounds on the person's data: the artifact holds all of it, inside a 64 MB sandbox. */
export const dataLimits = { bytes: 5 * 1024 * 1024, rows: 50_000, columns: 200 } as const;

/**
 * Reads a CSV, TSV or JSON data file (by its extension) for `make --data`, bounded while it is read:
 * a regular file of text, at most 5 MB, 50,000 rows and 200 columns, every CSV row as long as the header,
 * no spreadsheet formulas. Values are typed (numbers, true/false, empty as null). Anything else is a
 * UserInputError of one line that says what is wrong and where.
 */
export async function readDataFile(path: string): Promise<DataFile> {
  dataFormat(path);
  return parseDataFile(basename(path), path, await readBounded(path));
}

/** The data format a file name says, or a UserInputError. */
function dataFormat(path: string): DataFile['format'] {
  const extension = extname(path).slice(1).toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'tsv' || extension === 'tab') return 'tsv';
  if (extension === 'json') return 'json';
  throw new UserInputError(`${path}: --data takes .csv, .tsv or .json files`);
}

/**
 * A data file's bytes (read from disk, or sent by the web app) as typed rows, by the same rules and
 * bounds as readDataFile; `path` is what problems name.
 */
export function parseDataFile(name: string, path: string, bytes: Uint8Array): DataFile {
  const format = dataFormat(path);
  if (bytes.length > dataLimits.bytes)
    throw new UserInputError(
      `${path} is ${megabytes(bytes.length)}; --data takes files up to ${megabytes(dataLimits.bytes)}`,
    );
  if (bytes.includes(0)) throw new UserInputError(`${path} is not a text file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UserInputError(`${path} is not UTF-8 text`);
  }
  const values =
    format === 'json' ? jsonRows(path, text) : delimitedRows(path, text, format === 'tsv' ? '\t' : ',');
  if (values.length === 0) throw new UserInputError(`${path} has no rows`);
  if (values.length > dataLimits.rows)
    throw new UserInputError(`${path} has ${values.length} rows; --data takes up to ${dataLimits.rows}`);
  const columnTypes = columnsOf(values);
  if (columnTypes.length > dataLimits.columns)
    throw new UserInputError(
      `${path} has ${columnTypes.length} columns; --data takes up to ${dataLimits.columns}`,
    );
  return {
    name,
    path,
    format,
    bytes: bytes.length,
    rows: values.length,
    columns: columnTypes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    columnTypes,
    values,
  };
}

/** The file's bytes, refusing what is not a regular file, is too big, or changes while it is read. */
async function readBounded(path: string): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    // Non-blocking, so a FIFO with no writer is refused below instead of hanging here.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const before = await handle.stat();
    if (!before.isFile()) throw new UserInputError(`${path} is not a regular file`);
    if (before.size > dataLimits.bytes)
      throw new UserInputError(
        `${path} is ${megabytes(before.size)}; --data takes files up to ${megabytes(dataLimits.bytes)}`,
      );
    const buffer = Buffer.alloc(dataLimits.bytes + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const after = await handle.stat();
    if (bytesRead > dataLimits.bytes)
      throw new UserInputError(`${path} grew past ${megabytes(dataLimits.bytes)} while it was read`);
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || bytesRead !== before.size)
      throw new UserInputError(`${path} changed while it was read; run make again when it is written`);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    if (error instanceof UserInputError) throw error;
    throw cannotRead(path, error);
  } finally {
    await handle?.close();
  }
}

const megabytes = (bytes: number) => `${Math.round((bytes / 2 ** 20) * 10) / 10} MB`;

function delimitedRows(path: string, text: string, delimiter: string): DataRow[] {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_quotes: false,
      skip_empty_lines: true,
      bom: true,
      to: dataLimits.rows + 2,
    }) as string[][];
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    if (code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH')
      throw new UserInputError(
        `${path}: line ${lines} has a different number of fields from the header (ragged rows)`,
      );
    throw new UserInputError(
      `${path}: not valid ${delimiter === '\t' ? 'TSV' : 'CSV'}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const [header, ...rows] = records;
  if (!header) return [];
  if (header.length > dataLimits.columns)
    throw new UserInputError(
      `${path} has ${header.length} columns; --data takes up to ${dataLimits.columns}`,
    );
  const names = header.map((name, index) => name.trim() || `column ${index + 1}`);
  if (new Set(names).size !== names.length)
    throw new UserInputError(`${path}: two columns have the same name`);
  return rows.map((row, rowIndex) =>
    Object.fromEntries(
      names.map((name, column) => {
        const cell = row[column] ?? '';
        if (/^[=+\-@]/.test(cell) && !isNumber(cell))
          throw new UserInputError(
            `${path}: row ${rowIndex + 2}, column "${name}" holds a spreadsheet formula (${cell.slice(0, 30)}); export the values, not the formulas`,
          );
        return [name, typed(cell)];
      }),
    ),
  );
}

const isNumber = (text: string) => /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text.trim());

function typed(cell: string): DataValue {
  const text = cell.trim();
  if (text === '') return null;
  if (isNumber(text)) return Number(text);
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return cell;
}

function jsonRows(path: string, text: string): DataRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserInputError(`${path}: not valid JSON: ${(error as Error).message}`);
  }
  const arrays =
    parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? Object.values(parsed).filter(Array.isArray)
      : [];
  const rows = Array.isArray(parsed) ? parsed : arrays.length === 1 ? arrays[0]! : undefined;
  if (!rows?.every((row) => row !== null && typeof row === 'object' && !Array.isArray(row)))
    throw new UserInputError(`${path}: JSON data is an array of objects (rows), or an object holding one`);
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row as Record<string, unknown>).map(([key, value]) => [
        key,
        value === null || ['string', 'number', 'boolean'].includes(typeof value)
          ? (value as DataValue)
          : JSON.stringify(value),
      ]),
    ),
  );
}

function columnsOf(rows: readonly DataRow[]): DataColumn[] {
  const names = [...new Set(rows.slice(0, 1000).flatMap((row) => Object.keys(row)))];
  return names.map((name) => {
    const kinds = new Set(
      rows
        .map((row) => row[name])
        .filter((value) => value !== null && value !== undefined)
        .map((value) => typeof value),
    );
    const type =
      kinds.size === 0
        ? 'empty'
        : kinds.size > 1
          ? 'mixed'
          : kinds.has('number')
            ? 'number'
            : kinds.has('boolean')
              ? 'boolean'
              : 'text';
    return { name, type };
  });
}
