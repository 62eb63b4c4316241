/** The kinds of artifact chops can make, each with a real check (DESIGN.md, "Make"). */
export const artifactFormats = ['js', 'abc', 'vega-lite', 'markdown'] as const;
export type ArtifactFormat = (typeof artifactFormats)[number];

/** The outcome of checking one attempt at an artifact. Plain data, so it can be stored as it is. */
export interface CheckResult {
  passed: boolean;
  /**
   * Short one-line problems, each saying what is wrong and where, written for the model that must repair
   * the artifact (and for the person reading along). Empty when the check passed; may hold notes too.
   */
  problems: string[];
  /**
   * What the check produced: captured console output (js), the rendered SVG (vega-lite), sanitised HTML
   * (markdown). Untrusted text: escape it before showing it in a terminal.
   */
  output?: string;
  durationMs: number;
}

/** The extension an artifact's own source is written with, when `--out` names no rendering. */
export const sourceExtensions: Readonly<Record<ArtifactFormat, string>> = {
  js: 'js',
  abc: 'abc',
  'vega-lite': 'json',
  markdown: 'md',
};

/** Whether a string names a format; for parsing `--format` and stored rows. */
export function isArtifactFormat(value: string): value is ArtifactFormat {
  return (artifactFormats as readonly string[]).includes(value);
}
