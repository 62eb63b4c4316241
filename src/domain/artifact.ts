/** The kinds of artifact chops can make, each with a real check (DESIGN.md, "Make"). */
export const artifactFormats = ['js', 'abc', 'vega-lite', 'markdown'] as const;
export type ArtifactFormat = (typeof artifactFormats)[number];

/**
 * What each format can be, in a phrase: what `make` can produce, for prompts that must stay within it
 * (the reach prompt) and for people choosing a format.
 */
export const artifactFormatSummaries: Readonly<Record<ArtifactFormat, string>> = {
  js: 'a JavaScript program run and checked in a sandbox (computation, simulation, data analysis)',
  abc: 'music in ABC notation (a tune, an arrangement, a score with several voices)',
  'vega-lite': 'a Vega-Lite chart of inline data',
  markdown: 'a Markdown document (a plan, a protocol, prose)',
};

/** The outcome of checking one attempt at an artifact. Plain data, so it can be stored as it is. */
export interface CheckResult {
  passed: boolean;
  /**
   * Short one-line problems, each saying what is wrong and where, written for the model that must repair
   * the artifact (and for the person reading along). Empty when the check passed; may hold notes too.
   */
  problems: string[];
  /**
   * Notes that do not fail the check (an unknown ABC header field, a rest the notation cannot draw as
   * one note), each one line. Absent when there are none.
   */
  warnings?: string[];
  /**
   * What the check produced: captured console output (js), the rendered SVG (vega-lite), sanitised HTML
   * (markdown). Untrusted text: escape it before showing it in a terminal.
   */
  output?: string;
  durationMs: number;
}
