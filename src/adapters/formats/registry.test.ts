import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runChops } from '../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { UserInputError } from '../../domain/errors/index.js';
import { formatDisplays } from '../../domain/ports/format-checker.js';
import { cardCheckSchema } from '../../domain/practice/card-check.js';
import { serverFixture } from '../../faces/server/test-support/server-fixture.js';
import { firstAttemptPrompt } from '../../usecases/make/make-prompts.js';
import { createAnswerChecker } from '../card-checks/answer-checker.js';
import { openDatabase } from '../store/open-database.js';
import { SqliteArtifactStore } from '../store/sqlite-artifact-store.js';
import { artifactOfFormat, goalAndIdeaSql } from '../store/test-support/seed-sql.js';
import { createFormats } from './index.js';
import { SandboxHost } from './js/sandbox-host.js';
import { formatDefinitions, formatNames } from './registry.js';

// What must hold for every format of the registry, so that a format added there and forgotten in one
// of the places that read it (or a place that still keeps a list of its own) fails here.

const tempFolder = temporaryFolders();
const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const host = new SandboxHost();
afterAll(() => host.dispose());

describe('the format registry', () => {
  it('defines each format once, in its own folder', async () => {
    expect(new Set(formatNames).size).toBe(formatNames.length);
    for (const format of formatDefinitions) {
      expect(format.name).toMatch(/^[a-z][a-z0-9-]*$/);
      const definition = `src/adapters/formats/${format.name}/${format.name}-format.ts`;
      expect(existsSync(root(definition)), definition).toBe(true);
      const module = await import(/* @vite-ignore */ pathToFileURL(root(definition)).href);
      expect(Object.values(module)).toContain(format);
    }
  });

  it('gives every format words for people and the model, files, and a display the web app has', () => {
    const view = readFileSync(root('web/src/components/artifact-view.tsx'), 'utf8');
    for (const format of formatDefinitions) {
      expect(format.label.trim(), format.name).not.toBe('');
      expect(format.summary.trim(), format.name).not.toBe('');
      expect(format.guide.startsWith(`${format.name}: `), format.name).toBe(true);
      expect(format.sourceExtensions.length, format.name).toBeGreaterThan(0);
      expect(formatDisplays).toContain(format.display);
      // The artifact view shows every display kind but code (its fallback) by name.
      if (format.display !== 'code') expect(view).toContain(`display === '${format.display}'`);
      // Every rendering is named in the --out help, and a format with none has no help line.
      expect(Boolean(format.renderHelp), format.name).toBe(format.renderExtensions.length > 0);
      for (const extension of format.renderExtensions) expect(format.renderHelp).toContain(`.${extension}`);
    }
  });

  it('gives every format a checker that checks and refuses to render what it cannot', async () => {
    const formats = createFormats({ js: { host } });
    for (const name of formatNames) {
      const format = formats.get(name);
      const result = await format.check('');
      expect(result.passed, name).toBe(false);
      expect(result.problems.length, name).toBeGreaterThan(0);
      await expect(format.render('', 'no-such-extension'), name).rejects.toBeInstanceOf(UserInputError);
    }
  });

  it('gives a checked-card guide to exactly the formats whose cards the answer checker checks', () => {
    const checked = cardCheckSchema.options.map((option) => option.shape.format.value);
    const guided = formatDefinitions.filter((format) => format.cardCheckGuide).map((format) => format.name);
    expect(guided.sort()).toEqual([...checked].sort());
    const answers = createAnswerChecker(createFormats());
    for (const format of formatDefinitions)
      expect(answers.cardCheckGuide(format.name)).toBe(format.cardCheckGuide);
  });

  it('is what the maker is offered when it chooses the format', () => {
    const idea = {
      id: 'i',
      goalId: 'g',
      set: 'reach',
      title: 'T',
      pitch: 'P',
      lens: 'l',
      needs: [],
    } as never;
    const prompt = firstAttemptPrompt(idea, undefined, createFormats().all, { needs: [], own: [] });
    for (const format of formatDefinitions) expect(prompt).toContain(format.guide);
  });

  it('is what the store accepts', () => {
    const db = openDatabase(tempFolder());
    db.exec(goalAndIdeaSql);
    const store = new SqliteArtifactStore(db);
    for (const format of formatNames) store.insertArtifact(artifactOfFormat(format));
    expect(
      store
        .listArtifacts()
        .map((artifact) => artifact.format)
        .sort(),
    ).toEqual([...formatNames].sort());
    db.close();
  });

  it('is what the API gives the web app', async () => {
    const fixture = serverFixture(tempFolder());
    try {
      const response = await fixture.request('/api/formats');
      expect(response.status).toBe(200);
      const formats = (await response.json()) as { name: string; label: string; display: string }[];
      expect(formats.map(({ name, label, display }) => ({ name, label, display }))).toEqual(
        formatDefinitions.map(({ name, label, display }) => ({ name, label, display })),
      );
      // The web app keeps no list of its own.
      for (const file of ['web/src/types.ts', 'web/src/pages/make-page.tsx'])
        for (const format of formatDefinitions)
          expect(readFileSync(root(file), 'utf8'), file).not.toContain(`'${format.name}'`);
    } finally {
      fixture.close();
    }
  });

  it('is what the CLI offers and can write', async () => {
    const home = tempFolder();
    for (const command of ['make', 'artifact', 'check']) {
      const help = (await runChops([command, '--help'], { home })).stdout.replace(/\s+/g, ' ');
      for (const format of formatDefinitions) {
        if (command !== 'artifact') expect(help, command).toContain(`"${format.name}"`);
        expect(help, command).toContain(`.${format.sourceExtensions[0]}`);
        if (command !== 'check')
          for (const extension of format.renderExtensions) expect(help).toContain(`.${extension}`);
      }
    }
  });

  it('is the list of formats the README describes', () => {
    const readme = readFileSync(root('README.md'), 'utf8');
    const makeLine = readme.match(/`chops make <idea-id> \[-f ([a-z|\\-]+)\]/);
    expect(makeLine?.[1]?.split('\\|')).toEqual(formatNames);
    const make = readme.slice(readme.indexOf('### Make'), readme.indexOf('#### Your own data'));
    const described = [...make.matchAll(/^- \*\*([a-z-]+)\*\* —/gm)].map((match) => match[1]);
    expect(described).toEqual(formatNames);
  });
});
