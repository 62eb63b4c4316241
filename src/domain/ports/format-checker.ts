import type { ArtifactFormat, CheckResult } from '../artifact.js';

/** Options every check accepts. */
export interface CheckOptions {
  /** Ends a running check early; the result is then a failure that says it was cancelled. */
  signal?: AbortSignal;
}

/**
 * The check of one artifact format. `check` never throws for bad content: every way the content can be
 * wrong (syntax, failed assertion, endless loop, invalid spec) becomes a failed result with problems.
 */
export interface FormatChecker {
  readonly format: ArtifactFormat;
  /**
   * Extensions `render` can write besides the source itself: `mid` for abc, `svg` for vega-lite, `html`
   * for markdown, none for js.
   */
  readonly renderExtensions: readonly string[];
  check(content: string, options?: CheckOptions): Promise<CheckResult>;
  /**
   * The artifact as a file of the given extension (one of `renderExtensions`), for `--out`. Throws a
   * UserInputError for an extension the format cannot write or content that cannot be rendered.
   */
  render(content: string, extension: string): Promise<Uint8Array>;
}

/** One checker per format, as the make use case receives them. */
export type FormatCheckers = Readonly<Record<ArtifactFormat, FormatChecker>>;
