import type { ArtifactFormat } from '../../domain/artifact.js';
import type { FormatChecker, FormatCheckers, RenderOptions } from '../../domain/ports/format-checker.js';
import { splitAbcFile } from './abc/tune-book.js';
import { formatFiles } from './format-files.js';
import type { JsCheckerOptions } from './js/js-checker.js';
import { embedData } from './vega-lite/embed-data.js';

export type { JsCheckerOptions } from './js/js-checker.js';

/**
 * A checker whose module is imported on its first use, so that building the checkers costs chops'
 * start path nothing: each format's libraries (isolated-vm's process, abcjs, ajv and Vega, markdown-it)
 * load only when an artifact of that format is checked or rendered.
 */
function lazyChecker(
  format: ArtifactFormat,
  extensions: { readonly render: readonly string[]; readonly source: readonly string[] },
  load: () => Promise<FormatChecker>,
  splitFile?: FormatChecker['splitFile'],
  embedData?: FormatChecker['embedData'],
): FormatChecker {
  let checker: Promise<FormatChecker> | undefined;
  const get = () => {
    checker ??= load();
    return checker;
  };
  return {
    format,
    renderExtensions: extensions.render,
    sourceExtensions: extensions.source,
    ...(splitFile ? { splitFile } : {}),
    ...(embedData ? { embedData } : {}),
    check: async (content, options) => (await get()).check(content, options),
    render: async (content, extension, renderOptions) =>
      (await get()).render(content, extension, renderOptions),
  };
}

/** One checker per artifact format, each loaded on first use. */
export function createFormatCheckers(options: { js?: JsCheckerOptions } = {}): FormatCheckers {
  return {
    js: lazyChecker('js', formatFiles.js, async () =>
      (await import('./js/js-checker.js')).createJsChecker(options.js),
    ),
    abc: lazyChecker(
      'abc',
      formatFiles.abc,
      async () => (await import('./abc/abc-checker.js')).createAbcChecker(),
      splitAbcFile,
    ),
    'vega-lite': lazyChecker(
      'vega-lite',
      formatFiles['vega-lite'],
      async () => (await import('./vega-lite/vega-lite-checker.js')).createVegaLiteChecker(),
      undefined,
      embedData,
    ),
    markdown: lazyChecker('markdown', formatFiles.markdown, async () =>
      (await import('./markdown/markdown-checker.js')).createMarkdownChecker(),
    ),
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
