import { abcFormat } from './abc/abc-format.js';
import type { FormatDefinition } from './format-definition.js';
import { jsFormat } from './js/js-format.js';
import { markdownFormat } from './markdown/markdown-format.js';
import { vegaLiteFormat } from './vega-lite/vega-lite-format.js';

/**
 * Every artifact format chops can make, in the order prompts and pickers list them. This list is the
 * one place a format is named: the use cases (through the ArtifactFormats port), the store, the CLI and
 * the web app (through GET /api/formats) all read it. Adding a format is a folder beside these and a
 * line here (registry.test.ts says what else must then hold).
 */
export const formatDefinitions: readonly [FormatDefinition, ...FormatDefinition[]] = [
  jsFormat,
  abcFormat,
  vegaLiteFormat,
  markdownFormat,
];

/** The formats' names, in the registry's order. */
export const formatNames = formatDefinitions.map((format) => format.name) as [string, ...string[]];
