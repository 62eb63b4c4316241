import type { CheckResult } from '../../../domain/artifact.js';
import { UserInputError } from '../../../domain/errors/index.js';
import type { FormatEngine } from '../format-definition.js';
import { elapsedSince, problemLine } from '../problem-text.js';
import { type Drawn, renderVegaLiteSvg } from './render-svg.js';
import { schemaProblems } from './schema-validator.js';
import { fieldTypeProblems, urlDataProblems } from './spec-rules.js';

/** Every problem with a chart spec, and its SVG when it draws. */
async function checkSpec(content: string): Promise<Drawn> {
  let spec: unknown;
  try {
    spec = JSON.parse(content);
  } catch (error) {
    return {
      problems: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`],
      warnings: [],
    };
  }
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    return { problems: ['a Vega-Lite spec is a JSON object'], warnings: [] };
  }
  const refused = urlDataProblems(spec);
  if (refused.length > 0) return { problems: refused, warnings: [] };
  const invalid = await schemaProblems(spec);
  if (invalid.length > 0) return { problems: invalid, warnings: [] };
  const fieldProblems = fieldTypeProblems(spec);
  const rendered = await renderVegaLiteSvg(spec);
  return { ...rendered, problems: [...fieldProblems, ...rendered.problems] };
}

/**
 * Checks a Vega-Lite chart spec (JSON): its data must be inline, it must match the Vega-Lite schema,
 * every encoded field must be in the data and quantitative fields must hold numbers, and it must compile
 * without a warning and draw to SVG in Node. Interactive specs (selections, `bind`, `width: "container"`)
 * and links (`href`) are checked like any other; what needs a browser is a warning.
 */
export function createVegaLiteChecker(): FormatEngine {
  return {
    async check(content: string): Promise<CheckResult> {
      const start = performance.now();
      const { svg, problems, warnings } = await checkSpec(content);
      const result: CheckResult = {
        passed: problems.length === 0,
        problems: problems.slice(0, 8).map((problem) => problemLine(problem)),
        ...(warnings.length > 0
          ? { warnings: warnings.slice(0, 8).map((warning) => problemLine(warning)) }
          : {}),
        durationMs: elapsedSince(start),
      };
      if (svg !== undefined) result.output = svg;
      return result;
    },
    async render(content: string, extension: string): Promise<Uint8Array> {
      if (extension !== 'svg')
        throw new UserInputError(`a vega-lite artifact can be written as .json or .svg, not .${extension}`);
      const { svg, problems } = await checkSpec(content);
      if (svg === undefined)
        throw new UserInputError(
          `the chart cannot be drawn: ${problemLine(problems[0] ?? 'unknown problem')}`,
        );
      return new TextEncoder().encode(svg);
    },
  };
}
