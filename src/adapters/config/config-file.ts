import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { StoreError, UserInputError } from '../../domain/errors/index.js';
import { readRegularFileSync } from '../files/bounded-read.js';
import { storeFileError } from '../files/file-errors.js';
import { modelNameSchema as modelName } from '../models/model-name.js';
import { durationSetting } from '../models/model-timeouts.js';

/**
 * The settings a person may keep in the config file. API keys are deliberately absent: they come from
 * the environment only, so they are never written to disk or printed by `chops config list`.
 */
const configSchema = z
  .object({
    model: modelName.optional(),
    'embed-model': modelName.optional(),
    domain: z.string().min(1).max(80).optional(),
    'mastery-days': z.coerce.number().int().min(1).max(3650).optional(),
    /** The model time one command may use (`300`, `90s`, `10m`); default: suited to the provider. */
    timeout: durationSetting.optional(),
    /** How long a streamed answer may send nothing new before it is retried. */
    'stall-timeout': durationSetting.optional(),
    'daily-limit': z.coerce.number().int().min(1).max(100_000).optional(),
    'leech-lapses': z.coerce.number().int().min(2).max(100).optional(),
  })
  .strict();

type Config = z.infer<typeof configSchema>;
type ConfigKey = keyof Config;
export const configKeys = Object.keys(configSchema.shape) as ConfigKey[];

const configFileName = 'config.json';

/** The config file in the data folder, read and written whole (atomically, via a renamed temp file). */
export class ConfigFile {
  readonly path: string;

  constructor(folder: string) {
    this.path = join(folder, configFileName);
  }

  read(): Config {
    let text: string;
    try {
      const bytes = readRegularFileSync(this.path, 1024 * 1024);
      if (!bytes) return {};
      text = bytes.toString('utf8');
    } catch (error) {
      throw storeFileError(error, 'read', this.path);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new StoreError(`${this.path} is not valid JSON; fix or delete it`);
    }
    const parsed = configSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new StoreError(
        `${this.path}: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`,
      );
    }
    return parsed.data;
  }

  get(key: string): string | number | undefined {
    return this.read()[parseKey(key)];
  }

  set(key: string, value: string): Config {
    const name = parseKey(key);
    const next = configSchema.safeParse({ ...this.read(), [name]: value });
    if (!next.success)
      throw new UserInputError(`${name}: ${next.error.issues[0]?.message ?? 'invalid value'}`);
    this.write(next.data);
    return next.data;
  }

  unset(key: string): Config {
    const { [parseKey(key)]: _removed, ...rest } = this.read();
    this.write(rest);
    return rest;
  }

  private write(config: Config): void {
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
      renameSync(temporary, this.path);
    } catch (error) {
      // A full or read-only disk must not leave config.json.<pid>.tmp behind.
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing more can be done on a disk that refuses even that.
      }
      throw storeFileError(error, 'write', this.path);
    }
  }
}

function parseKey(key: string): ConfigKey {
  const found = configKeys.find((k) => k === key);
  if (!found) {
    const hint = /key|token|secret/i.test(key) ? ' (API keys are read from the environment only)' : '';
    throw new UserInputError(`unknown setting "${key}"; settings are ${configKeys.join(', ')}${hint}`);
  }
  return found;
}
