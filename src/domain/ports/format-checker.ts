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
 * How a format's artifacts are shown: `code` (the source open, with what it printed), `score` (music
 * notation drawn from the source), `image` (the SVG its check drew), `document` (the HTML its check made).
 * The web app has one view per kind, so a new format of a known kind needs nothing new there.
 */
export const formatDisplays = ['code', 'score', 'image', 'document'] as const;
export type FormatDisplay = (typeof formatDisplays)[number];

/** What a format is, in words and files: everything about it that is not running its check. */
export interface FormatDescription {
  readonly name: ArtifactFormat;
  /** For people choosing a format: "Music (ABC notation)". */
  readonly label: string;
  /**
   * What the format can be, in a phrase: what `make` can produce, for prompts that must stay within it
   * (the reach prompt) and for people choosing a format.
   */
  readonly summary: string;
  /** What an artifact of this format must be for its check to pass, as the maker is told. */
  readonly guide: string;
  /**
   * How an apply card of a trick in this format can carry a check chops runs, as the teacher is told;
   * absent when such cards cannot be checked.
   */
  readonly cardCheckGuide?: string;
  /**
   * How an artifact of this format reads the person's data files (`make --data`), as the maker is told;
   * absent when the format cannot use data.
   */
  dataGuide?(fileNames: readonly string[]): string;
  readonly display: FormatDisplay;
  /** Extensions of a file holding the source itself, the usual one first: `abc`, `md`, `vl.json`. */
  readonly sourceExtensions: readonly string[];
  /**
   * Extensions `render` can write besides the source itself: `mid` for abc, `svg` for vega-lite, `html`
   * for markdown, none for js.
   */
  readonly renderExtensions: readonly string[];
  /** The renderings in words, for the `--out` help: ".mid or .svg (a score) for music". */
  readonly renderHelp?: string;
}

/**
 * One artifact format with its check. `check` never throws for bad content: every way the content can
 * be wrong (syntax, failed assertion, endless loop, invalid spec) becomes a failed result with problems.
 */
export interface FormatChecker extends FormatDescription {
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

/**
 * Every format chops can make and check, in the registry's order (the order prompts and pickers list
 * them in): what the use cases receive instead of a list of their own.
 */
export interface ArtifactFormats {
  readonly all: readonly FormatChecker[];
  /** Their names, never empty (for schemas and option choices). */
  readonly names: readonly [ArtifactFormat, ...ArtifactFormat[]];
  /** The format of that name; a UserInputError naming the formats there are for any other. */
  get(name: string): FormatChecker;
  has(name: string): boolean;
}
