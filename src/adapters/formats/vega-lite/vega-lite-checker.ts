import type { CheckResult } from '../../../domain/artifact.js';
import { UserInputError } from '../../../domain/errors/index.js';
import type { FormatEngine } from '../format-definition.js';
import { elapsedSince, problemLine } from '../problem-text.js';
import { schemaProblems } from './schema-validator.js';
import { fieldTypeProblems, urlDataProblems } from './spec-rules.js';

/** A logger for Vega and Vega-Lite that keeps their warnings and errors as problems instead of printing. */
function collectingLogger(into: string[]) {
  const keep = (...parts: unknown[]) => {
    into.push(parts.map(String).join(' '));
    return logger;
  };
  const logger = {
    level: () => logger,
    warn: keep,
    error: keep,
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/** What drawing a chart gave: its SVG when it draws, problems that fail it, and notes that do not. */
interface Drawn {
  svg?: string;
  problems: string[];
  warnings: string[];
}

/**
 * Spec → Vega-Lite compile → Vega view → SVG. As in Vega-Lite's own tests, a compile warning fails the
 * chart; what the Vega view says while it runs (an empty extent from null values, an event source such as
 * `window` that exists only in a browser, where the web app draws interactive charts) is a warning.
 * Vega is loaded only when a chart is checked.
 */
async function renderSvg(spec: object): Promise<Drawn> {
  const [vega, vegaLite, { expressionInterpreter }] = await Promise.all([
    import('vega'),
    import('vega-lite'),
    import('vega-interpreter'),
  ]);
  const compileWarnings: string[] = [];
  const warnings: string[] = [];
  let vegaSpec: object;
  try {
    vegaSpec = vegaLite.compile(spec as Parameters<typeof vegaLite.compile>[0], {
      logger: collectingLogger(compileWarnings),
    }).spec;
  } catch (error) {
    return {
      problems: [`Vega-Lite could not compile it: ${error instanceof Error ? error.message : String(error)}`],
      warnings,
    };
  }
  if (compileWarnings.length > 0) return { problems: compileWarnings, warnings };
  // Never fetch (data by URL is refused earlier; this also covers images and anything missed), and
  // interpret expressions instead of compiling them to JavaScript: the spec is untrusted.
  const loader = vega.loader();
  const refuse = async () => {
    throw new Error('chops never fetches: data and images must be inline');
  };
  loader.load = refuse;
  // A link (the href channel) is asked for through sanitize too; vega-scenegraph then writes to what it
  // gets, so refusing it crashed the process from inside a promise. No link target leaves a plain mark.
  loader.sanitize = async (_uri: string, options?: { context?: string }) => {
    // Typed as a string, but null is what vega-scenegraph takes as no link.
    if (options?.context === 'href') return { href: null as unknown as string };
    return refuse();
  };
  let view: InstanceType<typeof vega.View> | undefined;
  try {
    const runtime = vega.parse(vegaSpec as Parameters<typeof vega.parse>[0], undefined, { ast: true });
    view = new vega.View(runtime, {
      renderer: 'none',
      loader,
      expr: expressionInterpreter,
      logger: collectingLogger(warnings),
    } as ConstructorParameters<typeof vega.View>[1]);
    const svg = await view.toSVG();
    return { svg, problems: [], warnings: [...new Set(warnings)] };
  } catch (error) {
    return {
      problems: [`Vega could not draw it: ${error instanceof Error ? error.message : String(error)}`],
      warnings: [...new Set(warnings)],
    };
  } finally {
    view?.finalize();
  }
}

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
  const rendered = await renderSvg(spec);
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
