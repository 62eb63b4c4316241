import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

describe('the build', () => {
  it('compiles no test and no test helper into dist, not even one imported by shipped code', () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      `${root}/tsconfig.build.json`,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
          throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
        },
      },
    )!;
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
    const ours = program
      .getSourceFiles()
      .map((file) => relative(root, file.fileName))
      .filter((path) => !path.startsWith('..') && !path.includes('node_modules'));
    expect(ours.length).toBeGreaterThan(100);
    expect(ours.filter((path) => /(^|\/)(test|test-support)\/|\.test\.ts$/.test(path))).toEqual([]);
  }, 120_000);
});
