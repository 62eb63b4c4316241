/**
 * The name of an artifact format ("js", "abc", "vega-lite", "markdown", …): one of the formats of the
 * format registry (src/adapters/formats/registry.ts), which the use cases receive as the
 * `ArtifactFormats` port. A name from outside (a flag, a request body, model output, an imported file)
 * is checked against that registry at the boundary; the domain needs no list of its own.
 */
export type ArtifactFormat = string;

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
