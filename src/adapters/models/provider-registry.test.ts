import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { modelVariables } from './model-variables.js';
import { providerNames, providers } from './provider-registry.js';
import { isSecretVariable, secretValues } from './redact.js';
import { embeddingWireProfiles, wireProfiles } from './test-support/wire-profiles.js';

// A provider added in one place and forgotten in another fails here.

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const providerOfName = (modelName: string) => modelName.slice(0, modelName.indexOf(':'));

/** Providers whose models run in this process, with the tests that stand in for wire tests. */
const inProcess: Record<string, string> = {
  local: 'src/adapters/local-model/local-language-model.test.ts',
};

/** Variables the model layer's files read that belong to other parts of chops. */
const notModelVariables = ['CHOPS_HOME', 'CHOPS_NOW', 'CHOPS_VECTORS'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The environment variables a file reads: `env.X`, `env['X']`, and provider variables named in quotes. */
function variablesRead(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const patterns = [
    /\benv(?:ironment)?\??\.([A-Z][A-Z0-9]*_[A-Z0-9_]+)/g,
    /\benv(?:ironment)?\[\s*'([A-Z][A-Z0-9]*_[A-Z0-9_]+)'\s*\]/g,
    /'((?:CHOPS|ANTHROPIC|OPENAI|OLLAMA)_[A-Z0-9_]+)'/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

describe('the provider registry', () => {
  it('has one descriptor file in providers/ per provider, and no provider twice', () => {
    const files = readdirSync(join(here, 'providers')).map((file) => file.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...providerNames].sort());
    expect(new Set(providerNames).size).toBe(providers.length);
  });

  it('gives every provider its wire profile and complete fixtures, or its in-process tests', () => {
    const profiled = wireProfiles.map((profile) => providerOfName(profile.modelName));
    for (const name of providerNames) {
      if (inProcess[name]) {
        expect(existsSync(join(root, inProcess[name]))).toBe(true);
        continue;
      }
      expect(profiled).toContain(name);
    }
    expect(profiled.filter((name) => !(providerNames as readonly string[]).includes(name))).toEqual([]);
    for (const profile of wireProfiles) {
      const folder = join(here, 'fixtures', profile.fixtures);
      for (const file of ['success.json', 'wrong-shape.json', 'stream.sse'])
        expect(existsSync(join(folder, file)), `${profile.fixtures}/${file}`).toBe(true);
      for (const status of [400, 401, 429, 500])
        expect(existsSync(join(folder, `error-${status}.json`)), `${profile.fixtures}/${status}`).toBe(true);
    }
  });

  it('tests the embeddings of every provider that has them over the wire', () => {
    const embedding = providers.filter((provider) => provider.embeddings.kind === 'provider');
    expect(embeddingWireProfiles.map((profile) => providerOfName(profile.name)).sort()).toEqual(
      embedding.map((provider) => provider.name).sort(),
    );
    // Embeddings that run in-process are the local embedder's, tested beside it.
    for (const provider of providers.filter((p) => p.embeddings.kind === 'in-process'))
      expect(inProcess[provider.name]).toBeDefined();
  });

  it('declares every environment variable the model layer reads, and reads every one it declares', () => {
    const declared = modelVariables().map((variable) => variable.name);
    expect(new Set(declared).size).toBe(declared.length);
    const modelLayer = [
      ...sourceFiles(join(root, 'src/adapters/models')),
      ...sourceFiles(join(root, 'src/adapters/local-model')),
      ...sourceFiles(join(root, 'src/adapters/embeddings')),
      join(root, 'src/faces/chops-app.ts'),
    ];
    const undeclared = modelLayer.flatMap((path) =>
      variablesRead(path)
        .filter((name) => !declared.includes(name) && !notModelVariables.includes(name))
        .map((name) => `${name} in ${relative(root, path)}`),
    );
    expect(undeclared).toEqual([]);
    const read = new Set(sourceFiles(join(root, 'src')).flatMap(variablesRead));
    expect(declared.filter((name) => !read.has(name))).toEqual([]);
  });

  it('marks as secret exactly the variables whose values are redacted from messages', () => {
    for (const variable of modelVariables()) {
      expect(isSecretVariable(variable.name), variable.name).toBe(Boolean(variable.secret));
      const value = `value-of-${variable.name}`;
      expect(secretValues({ [variable.name]: value }).includes(value), variable.name).toBe(
        Boolean(variable.secret),
      );
    }
  });

  it('is what the README says: its provider table, each with its variables, and the default timeouts', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const models = readme.slice(readme.indexOf('### Models'), readme.indexOf('### Embeddings'));
    const rows = models.split('\n').filter((line) => /^\| `[a-z-]+:` +\|/.test(line));
    const named = rows.map((row) => /^\| `([a-z-]+):`/.exec(row)![1]);
    expect(named).toEqual([...providerNames]);
    for (const provider of providers) {
      const row = rows[named.indexOf(provider.name)]!;
      expect(row).toContain(`\`${provider.example}\``);
      for (const variable of Object.keys(provider.variables)) expect(row).toContain(`\`${variable}\``);
    }
    const minutes = (ms: number) => `${ms / 60_000} min`;
    const timeoutRows = models
      .split('\n')
      .filter((line) => /^\| `[a-z-]+:`.*\| +\d+ min +\| +\d+ min +\|$/.test(line));
    const documented = timeoutRows.flatMap((row) => {
      const cells = row.split('|').map((cell) => cell.trim());
      return [...cells[1]!.matchAll(/`([a-z-]+):`/g)].map((match) => [match[1], cells[2], cells[3]]);
    });
    expect(documented.sort()).toEqual(
      providers.map((p) => [p.name, minutes(p.timeouts.totalMs), minutes(p.timeouts.stallMs)]).sort(),
    );
  });
});
