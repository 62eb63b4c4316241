import type { ArtifactFormat, CheckResult } from '../artifact.js';

/** Options every check accepts. */
export interface CheckOptions {
  /** Ends a running check early; the result is then a failure that says it was cancelled. */
  signal?: AbortSignal;
  /**
   * The person's data (`make --data`), for formats whose code reads it at run time: js gets it as the
   * read-only global `data`. Plain JSON values.
   */
  data?: unknown;
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
  /** Extensions of a file holding the source itself, the usual one first: `abc`, `md`, `vl.json`. */
  readonly sourceExtensions: readonly string[];
  /**
   * The pieces a file of this format holds, when it can hold several checked one by one (the tunes of an
   * ABC tune book); absent when a file is one piece.
   */
  splitFile?(content: string): FilePiece[];
  /**
   * The artifact with the person's data files put in, for formats that carry their data (a Vega-Lite
   * spec's named data becomes inline values); absent for formats that get it at run time or not at all.
   */
  embedData?(content: string, files: readonly { name: string; values: readonly object[] }[]): string;
  check(content: string, options?: CheckOptions): Promise<CheckResult>;
  /**
   * The artifact as a file of the given extension (one of `renderExtensions`), for `--out`. Throws a
   * UserInputError for an extension the format cannot write or content that cannot be rendered.
   */
  render(content: string, extension: string, options?: RenderOptions): Promise<Uint8Array>;
}

/** Choices about a rendering that the person makes. */
export interface RenderOptions {
  /**
   * MIDI only: add the accompaniment abcjs generates from the tune's chord symbols. Off by default, so
   * a MIDI file holds only the music as written.
   */
  midiChords?: boolean;
}

/** One piece of a file: a tune of a tune book, named by its number and title. */
export interface FilePiece {
  name: string;
  /** The 1-based line the piece starts on. */
  line: number;
  content: string;
}

/** One checker per format, as the make use case receives them. */
export type FormatCheckers = Readonly<Record<ArtifactFormat, FormatChecker>>;
