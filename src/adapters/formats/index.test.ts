import { describe, expect, it } from 'vitest';
import { artifactFormats } from '../../domain/artifact.js';
import { theKesh } from './abc/test-support/tunes.js';
import { createFormatCheckers, markdownToSafeHtml, toMidi } from './index.js';

describe('createFormatCheckers', () => {
  it('gives one checker per format, with what each can render', () => {
    const checkers = createFormatCheckers();
    expect(Object.keys(checkers).sort()).toEqual([...artifactFormats].sort());
    for (const format of artifactFormats) expect(checkers[format].format).toBe(format);
    expect(checkers.abc.renderExtensions).toEqual(['mid']);
    expect(checkers['vega-lite'].renderExtensions).toEqual(['svg']);
    expect(checkers.markdown.renderExtensions).toEqual(['html']);
    expect(checkers.js.renderExtensions).toEqual([]);
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
