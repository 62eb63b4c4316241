/** Moves a phrase written in ABC to other keys and tempos (abcjs behind it). */
export interface PhraseTransposer {
  /** The key of the phrase's K: line, spelled as in a drill ("Eb", "F#m"), or undefined without one. */
  keyOf(abc: string): Promise<string | undefined>;
  /** The phrase moved by `semitones` (key signature, notes and chord symbols). */
  transpose(abc: string, semitones: number): Promise<string>;
  /** The phrase with its tempo (Q:) set to `bpm` beats of the metre per minute. */
  withTempo(abc: string, bpm: number): string;
}
