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
export interface Drawn {
  svg?: string;
  problems: string[];
  warnings: string[];
}

/**
 * Spec → Vega-Lite compile → Vega view → SVG. As in Vega-Lite's own tests, a compile warning fails the
 * chart; what the Vega view says while it runs (an empty extent from null values, an event source such as
 * `window` that exists only in a browser, where the web app draws interactive charts) is a warning.
 * Vega is loaded only when a chart is drawn. The spec is treated as untrusted (it may be a model's):
 * nothing is fetched and expressions are interpreted; the ledger's charts are drawn by the same code.
 */
export async function renderVegaLiteSvg(spec: object): Promise<Drawn> {
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
