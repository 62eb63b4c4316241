import { renderVegaLiteSvg } from '../../adapters/formats/vega-lite/render-svg.js';
import type { Ledger } from '../../domain/ledger/ledger.js';
import { DAT_CALIBRATION } from '../../usecases/dat/dat-norms.js';
import { combinedSpec } from '../views/ledger-charts.js';

/** How wide each chart of the SVG is drawn, in pixels (about an A4 page's width at 96 dpi, less margins). */
const svgChartWidth = 720;

/**
 * The ledger's charts as one SVG document (`chops stats --svg`): the web app's Vega-Lite specs, stacked,
 * drawn headless by the same renderer that checks vega-lite artifacts. Vega escapes every text it writes.
 */
export async function ledgerSvg(ledger: Ledger): Promise<string> {
  const spec = combinedSpec(ledger, { width: svgChartWidth, typicalDat: DAT_CALIBRATION.chopsMean });
  const drawn = await renderVegaLiteSvg(spec);
  // The specs are chops's own: a problem here is a bug in them, not in the person's data.
  if (drawn.svg === undefined || drawn.problems.length > 0)
    throw new Error(`the ledger's charts could not be drawn: ${drawn.problems.join('; ')}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${drawn.svg}\n`;
}
