import type { ArtifactFormat } from '../../domain/artifact.js';
import type { FormatChecker, FormatCheckers } from '../../domain/ports/format-checker.js';
import type { JsCheckerOptions } from './js/js-checker.js';

export type { JsCheckerOptions } from './js/js-checker.js';

/**
 * A checker whose module is imported on its first use, so that building the checkers costs chops'
 * start path nothing: each format's libraries (isolated-vm's process, abcjs, ajv and Vega, markdown-it)
 * load only when an artifact of that format is checked or rendered.
 */
function lazyChecker(
  format: ArtifactFormat,
  renderExtensions: readonly string[],
  load: () => Promise<FormatChecker>,
): FormatChecker {
  let checker: Promise<FormatChecker> | undefined;
  const get = () => {
    checker ??= load();
    return checker;
  };
  return {
    format,
    renderExtensions,
    check: async (content, options) => (await get()).check(content, options),
    render: async (content, extension) => (await get()).render(content, extension),
  };
}

/** One checker per artifact format, each loaded on first use. */
export function createFormatCheckers(options: { js?: JsCheckerOptions } = {}): FormatCheckers {
  return {
    js: lazyChecker('js', [], async () => (await import('./js/js-checker.js')).createJsChecker(options.js)),
    abc: lazyChecker('abc', ['mid'], async () => (await import('./abc/abc-checker.js')).createAbcChecker()),
    'vega-lite': lazyChecker('vega-lite', ['svg'], async () =>
      (await import('./vega-lite/vega-lite-checker.js')).createVegaLiteChecker(),
    ),
    markdown: lazyChecker('markdown', ['html'], async () =>
      (await import('./markdown/markdown-checker.js')).createMarkdownChecker(),
    ),
  };
}

/** The tune in ABC notation as a Standard MIDI File. */
export async function toMidi(abc: string): Promise<Uint8Array> {
  return (await import('./abc/abc-checker.js')).toMidi(abc);
}

/** Markdown rendered to HTML that is safe to show in a browser. */
export async function markdownToSafeHtml(markdown: string): Promise<string> {
  return (await import('./markdown/markdown-checker.js')).markdownToSafeHtml(markdown);
}
