import { describe, expect, it } from 'vitest';
import { theKesh } from './abc/test-support/tunes.js';
import { createFormats, formatNames, markdownToSafeHtml, toMidi } from './index.js';

describe('createFormats', () => {
  it('gives one checker per format, with what each can render', () => {
    const formats = createFormats();
    expect(formats.all.map((format) => format.name).sort()).toEqual([...formatNames].sort());
    for (const format of formatNames) expect(formats.get(format).name).toBe(format);
    expect(formats.get('abc').renderExtensions).toEqual(['mid', 'svg']);
    expect(formats.get('vega-lite').renderExtensions).toEqual(['svg']);
    expect(formats.get('markdown').renderExtensions).toEqual(['html']);
    expect(formats.get('js').renderExtensions).toEqual([]);
  });

  it('refuses a format it does not know in one line that names those it does', () => {
    const formats = createFormats();
    expect(formats.has('python')).toBe(false);
    expect(() => formats.get('python')).toThrow(
      'unknown format "python": chops makes js, abc, vega-lite, markdown',
    );
  });

  it('loads a checker on first use and passes checks and renders through', async () => {
    const formats = createFormats();
    expect((await formats.get('markdown').check('# Title\n\nText.\n')).passed).toBe(true);
    expect((await formats.get('markdown').check('# Title\n\n## Empty\n')).passed).toBe(false);
    expect((await formats.get('abc').render(theKesh, 'mid')).length).toBeGreaterThan(100);
  });

  it('offers MIDI and safe HTML directly', async () => {
    expect(new TextDecoder().decode((await toMidi(theKesh)).slice(0, 4))).toBe('MThd');
    expect(await markdownToSafeHtml('<b onclick="x()">hi</b>')).toBe(
      '<p>&lt;b onclick="x()"&gt;hi&lt;/b&gt;</p>\n',
    );
  });
});
