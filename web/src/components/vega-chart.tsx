import { useEffect, useState } from 'react';
import { ErrorNote, Loading } from './states.js';
import { SvgImage } from './svg-image.js';

type Libraries = [typeof import('vega'), typeof import('vega-lite'), typeof import('vega-interpreter')];

// Vega is the biggest library here: it loads only when the stats page draws its first chart.
let libraries: Promise<Libraries> | undefined;
const loadVega = () => {
  libraries ??= Promise.all([import('vega'), import('vega-lite'), import('vega-interpreter')]);
  return libraries;
};

/**
 * A Vega-Lite chart drawn in the browser to SVG and shown as an image. Expressions are interpreted,
 * not compiled to functions, so the CSP needs no 'unsafe-eval'; nothing is fetched.
 */
export function VegaChart({ spec, alt }: { spec: object; alt: string }) {
  const [svg, setSvg] = useState<string | Error>();
  useEffect(() => {
    let live = true;
    loadVega()
      .then(async ([vega, vegaLite, { expressionInterpreter }]) => {
        const compiled = vegaLite.compile(spec as Parameters<typeof vegaLite.compile>[0]).spec;
        const runtime = vega.parse(compiled, undefined, { ast: true });
        const view = new vega.View(runtime, {
          renderer: 'none',
          expr: expressionInterpreter,
        } as ConstructorParameters<typeof vega.View>[1]);
        try {
          return await view.toSVG();
        } finally {
          view.finalize();
        }
      })
      .then(
        (drawn) => live && setSvg(drawn),
        (error: Error) => live && setSvg(error),
      );
    return () => {
      live = false;
    };
  }, [spec]);
  if (svg instanceof Error) return <ErrorNote error={svg} />;
  if (svg === undefined) return <Loading label="Drawing…" />;
  return <SvgImage svg={svg} alt={alt} />;
}
