import { describe, expect, it } from 'vitest';
import { artifactFormats } from '../../domain/artifact.js';
import { theKesh } from './abc/test-support/tunes.js';
import { createFormatCheckers, markdownToSafeHtml, toMidi } from './index.js';

describe('createFormatCheckers', () => {
  it('gives one checker per format, with what each can render', () => {
    const checkers = createFormatCheckers();
    expect(Object.keys(checkers).sort()).toEqual([...artifactFormats].sort());
    for (const format of artifactFormats) expect(checkers[format].format).toBe(format);
    expect(checkers.abc.renderExtensions).toEqual(['mid', 'svg']);
    expect(checkers['vega-lite'].renderExtensions).toEqual(['svg']);
    expect(checkers.markdown.renderExtensions).toEqual(['html']);
    expect(checkers.js.renderExtensions).toEqual([]);
  });

  it('gives the lazy checkers the same extensions as the checkers they load', async () => {
    const checkers = createFormatCheckers();
    const loaded = {
      js: (await import('./js/js-checker.js')).createJsChecker(),
      abc: (await import('./abc/abc-checker.js')).createAbcChecker(),
      'vega-lite': (await import('./vega-lite/vega-lite-checker.js')).createVegaLiteChecker(),
      markdown: (await import('./markdown/markdown-checker.js')).createMarkdownChecker(),
    };
    for (const format of artifactFormats) {
      expect(checkers[format].renderExtensions).toEqual(loaded[format].renderExtensions);
      expect(checkers[format].sourceExtensions).toEqual(loaded[format].sourceExtensions);
      expect(Boolean(checkers[format].splitFile)).toBe(Boolean(loaded[format].splitFile));
      expect(Boolean(checkers[format].embedData)).toBe(Boolean(loaded[format].embedData));
    }
    loaded.js.dispose();
  });

  it('loads a checker on first use and passes checks and renders through', async () => {
    const checkers = createFormatCheckers();
    expect((await checkers.markdown.check('# Title\n\nText.\n')).passed).toBe(true);
    expect((await checkers.markdown.check('# Title\n\n## Empty\n')).passed).toBe(false);
    expect((await checkers.abc.render(theKesh, 'mid')).length).toBeGreaterThan(100);
  });

  it('offers MIDI and safe HTML directly', async () => {
    expect(new TextDecoder().decode((await toMidi(theKesh)).slice(0, 4))).toBe('MThd');
    expect(await markdownToSafeHtml('<b onclick="x()">hi</b>')).toBe(
      '<p>&lt;b onclick="x()"&gt;hi&lt;/b&gt;</p>\n',
    );
  });
});
