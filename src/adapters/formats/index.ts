import { UserInputError } from '../../domain/errors/index.js';
import type { ArtifactFormats, FormatChecker, RenderOptions } from '../../domain/ports/format-checker.js';
import type { EngineOptions, FormatDefinition, FormatEngine } from './format-definition.js';
import { formatDefinitions, formatNames } from './registry.js';

export type { JsCheckerOptions } from './js/js-checker.js';
export { formatDefinitions, formatNames } from './registry.js';

/**
 * A format whose engine is imported on its first use, so that building the formats costs chops' start
 * path nothing: each format's libraries (isolated-vm's process, abcjs, ajv and Vega, markdown-it) load
 * only when an artifact of that format is checked or rendered.
 */
function lazyChecker(definition: FormatDefinition, options: EngineOptions): FormatChecker {
  const { loadEngine, ...description } = definition;
  let engine: Promise<FormatEngine> | undefined;
  const get = () => {
    engine ??= loadEngine(options);
    return engine;
  };
  return {
    ...description,
    check: async (content, checkOptions) => (await get()).check(content, checkOptions),
    render: async (content, extension, renderOptions) =>
      (await get()).render(content, extension, renderOptions),
  };
}

/** Every format of the registry with its check, each engine loaded on first use. */
export function createFormats(options: EngineOptions = {}): ArtifactFormats {
  const all = formatDefinitions.map((definition) => lazyChecker(definition, options));
  const byName = new Map(all.map((format) => [format.name, format]));
  return {
    all,
    names: formatNames,
    has: (name) => byName.has(name),
    get(name) {
      const format = byName.get(name);
      if (!format)
        throw new UserInputError(`unknown format "${name}": chops makes ${formatNames.join(', ')}`);
      return format;
    },
  };
}

/** The tune in ABC notation as a Standard MIDI File (without a chord accompaniment unless asked). */
export async function toMidi(abc: string, options: RenderOptions = {}): Promise<Uint8Array> {
  return (await import('./abc/abc-checker.js')).toMidi(abc, options);
}

/** Markdown rendered to HTML that is safe to show in a browser. */
export async function markdownToSafeHtml(markdown: string): Promise<string> {
  return (await import('./markdown/markdown-checker.js')).markdownToSafeHtml(markdown);
}
