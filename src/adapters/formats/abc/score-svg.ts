import { UserInputError } from '../../../domain/errors/index.js';
import { LightElement, lightDocument } from './light-dom.js';

type Abcjs = typeof import('abcjs');

/**
 * The tune as a printable score: abcjs draws it as it does in the web app, here into a light DOM (see
 * light-dom.ts), and the SVG it builds is written out whole, with the XML namespace a file needs.
 * abcjs reads the global `document` while it draws and nothing after, so the light one is in place only
 * for that synchronous call.
 */
export function scoreSvg(abcjs: Abcjs, content: string): Uint8Array {
  const target = new LightElement('div');
  const global = globalThis as Record<string, unknown>;
  // Node 20 has no navigator; abcjs only reads its userAgent.
  const borrowed = {
    document: lightDocument(),
    ...('navigator' in global ? {} : { navigator: { userAgent: '' } }),
  };
  const previous = Object.fromEntries(Object.keys(borrowed).map((name) => [name, global[name]]));
  Object.assign(global, borrowed);
  try {
    abcjs.renderAbc(target as unknown as Parameters<Abcjs['renderAbc']>[0], content, { add_classes: true });
  } finally {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete global[name];
      else global[name] = value;
    }
  }
  const svg = target.children.find((child) => child.tagName === 'svg');
  if (!svg || svg.children.length === 0) throw new UserInputError('the tune could not be drawn as a score');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('style', 'background:#fff');
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${svg.outerHTML}\n`);
}
