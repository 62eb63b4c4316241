import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const faces = join(root, 'src', 'faces');
const usecases = join(root, 'src', 'usecases');
const builders = join(faces, 'app', 'use-case-deps.ts');

/** Every TypeScript file under `folder` that ships (tests and test support left out). */
function shippedFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : shippedFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const parsed = new Map<string, ts.SourceFile>();
function parse(path: string): ts.SourceFile {
  let source = parsed.get(path);
  if (!source) {
    source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2023, true);
    parsed.set(path, source);
  }
  return source;
}

/** Each exported function of a use-case module, with the index of its `deps` parameter. */
function depsParameters(path: string): Map<string, number> {
  const found = new Map<string, number>();
  const exported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const note = (name: string, parameters: ts.NodeArray<ts.ParameterDeclaration>) => {
    const index = parameters.findIndex((parameter) => parameter.name.getText() === 'deps');
    if (index >= 0) found.set(name, index);
  };
  for (const statement of parse(path).statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && exported(statement))
      note(statement.name.text, statement.parameters);
    if (ts.isVariableStatement(statement) && exported(statement))
      for (const declaration of statement.declarationList.declarations) {
        const value = declaration.initializer;
        if (value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value)))
          note(declaration.name.getText(), value.parameters);
      }
  }
  return found;
}

/** The expression under parentheses, `await`s and `as`. */
function bare(expression: ts.Expression): ts.Expression {
  let node = expression;
  while (ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node) || ts.isAsExpression(node))
    node = node.expression;
  return node;
}

/** Whether `name`, where `at` uses it, is a variable declared as an object literal (`const deps = { … }`). */
function isObjectVariable(name: string, at: ts.Node): boolean {
  for (let scope: ts.Node | undefined = at.parent; scope; scope = scope.parent) {
    if (!ts.isBlock(scope) && !ts.isSourceFile(scope)) continue;
    for (const statement of scope.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      const declaration = statement.declarationList.declarations.find((d) => d.name.getText() === name);
      if (declaration)
        return Boolean(
          declaration.initializer && ts.isObjectLiteralExpression(bare(declaration.initializer)),
        );
    }
  }
  return false;
}

/**
 * Where a face hands a use case `deps` it assembled itself: an object literal, directly or through a
 * variable, as the `deps` argument of a function imported from src/usecases.
 */
function handAssembledDeps(): { calls: number; found: string[] } {
  const found: string[] = [];
  let calls = 0;
  for (const file of shippedFiles(faces)) {
    if (file === builders) continue;
    const source = parse(file);
    const useCases = new Map<string, number>();
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const target = resolve(dirname(file), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
      const names = statement.importClause?.namedBindings;
      if (!target.startsWith(usecases) || !names || !ts.isNamedImports(names)) continue;
      const parameters = depsParameters(target);
      for (const element of names.elements) {
        const index = parameters.get((element.propertyName ?? element.name).text);
        if (index !== undefined) useCases.set(element.name.text, index);
      }
    }
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const index = useCases.get(node.expression.text);
        const argument = index === undefined ? undefined : node.arguments[index];
        if (argument) {
          calls++;
          const value = bare(argument);
          if (
            ts.isObjectLiteralExpression(value) ||
            (ts.isIdentifier(value) && isObjectVariable(value.text, node))
          ) {
            const { line } = source.getLineAndCharacterOfPosition(argument.getStart());
            found.push(`${relative(root, file)}:${line + 1} ${node.expression.text}(…, ${value.getText()})`);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { calls, found };
}

describe('the deps of the use cases', () => {
  it('are built by the app’s builders only: no face (CLI, server, guided session) assembles them', () => {
    const { calls, found } = handAssembledDeps();
    // The scan sees the faces' use-case calls (imagine, make, learn, practice, …), else it proves nothing.
    expect(calls).toBeGreaterThan(60);
    expect(found).toEqual([]);
  });
});
