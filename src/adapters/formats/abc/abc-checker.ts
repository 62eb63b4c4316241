import type { CheckResult } from '../../../domain/artifact.js';
import { UserInputError } from '../../../domain/errors/index.js';
import type { RenderOptions } from '../../../domain/ports/format-checker.js';
import type { FormatEngine } from '../format-definition.js';
import { elapsedSince, problemLine } from '../problem-text.js';
import { describeWrongBar, measureBars, meterOf, type VoiceElement, wrongBars } from './bar-lengths.js';
import { isHarmless, withoutUnknownFields } from './parser-notes.js';
import { scoreSvg } from './score-svg.js';

type Abcjs = typeof import('abcjs');
let abcjsModule: Promise<Abcjs> | undefined;
// abcjs is 1 MB of code: loaded on the first abc check, never on chops' start path.
const loadAbcjs = () => {
  abcjsModule ??= import('abcjs').then(
    (module) => ((module as { default?: Abcjs }).default ?? module) as Abcjs,
  );
  return abcjsModule;
};

/** The parts of abcjs' parsed tune that the check reads (its published types leave them loose). */
interface ParsedLine {
  staff?: { meter?: { type?: string; value?: { num: string; den: string }[] }; voices: VoiceElement[][] }[];
}

const entities: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
};

/**
 * abcjs marks the offending character of a warning with HTML; the model needs plain text that still
 * shows where: the marked characters are kept between »« so a repair knows what to change.
 */
export function plainWarning(warning: string): string {
  return warning
    .replace(/<span[^>]*>([^<]*)<\/span>/g, '»$1«')
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|amp|quot|#39);/g, (entity) => entities[entity] ?? entity);
}

/**
 * The header fields, as `letter → value`: those before the first line of music, so that an M: or L:
 * written just after K: (as many tune books do, and abc2midi and abcjs accept) counts.
 */
function headerFields(content: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of content.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('%')) continue;
    const match = /^([A-Za-z]):\s*(.*)$/.exec(trimmed);
    if (!match) {
      if (fields.has('K')) break;
      continue;
    }
    if (!fields.has(match[1]!)) fields.set(match[1]!, match[2]!.trim());
  }
  return fields;
}

/**
 * Checks music in ABC notation: abcjs must parse it without a single warning, the header must name a
 * metre (M:) and a key (K:), and every bar of every voice must last what the metre says, allowing a
 * pickup and the short bar that completes it at the end of a section.
 */
export function createAbcChecker(): FormatEngine {
  return {
    async check(content: string): Promise<CheckResult> {
      const start = performance.now();
      const { problems, warnings } = await abcProblems(content);
      return {
        passed: problems.length === 0,
        problems: problems.map((problem) => problemLine(problem)),
        ...(warnings.length > 0
          ? { warnings: warnings.slice(0, 8).map((warning) => problemLine(warning)) }
          : {}),
        durationMs: elapsedSince(start),
      };
    },
    async render(content: string, extension: string, options: RenderOptions = {}): Promise<Uint8Array> {
      if (extension === 'svg') return scoreSvg(await loadAbcjs(), content);
      if (extension !== 'mid')
        throw new UserInputError(`an abc artifact can be written as .abc, .mid or .svg, not .${extension}`);
      return toMidi(content, options);
    },
  };
}

/**
 * The tune as a Standard MIDI File: the notes as written. abcjs can add an accompaniment track generated
 * from the chord symbols ("G", "D7"); that is music nobody wrote, so it is left out unless asked for
 * (`midiChords`).
 */
export async function toMidi(content: string, options: RenderOptions = {}): Promise<Uint8Array> {
  const abcjs = await loadAbcjs();
  const midi = abcjs.synth.getMidiFile(content, {
    midiOutputType: 'binary',
    chordsOff: !options.midiChords,
  }) as unknown;
  const bytes = Array.isArray(midi) ? midi[0] : midi;
  if (!(bytes instanceof Uint8Array) || bytes.length === 0)
    throw new UserInputError('the tune could not be turned into MIDI');
  return bytes;
}

/** What the check of one tune found: problems fail it, warnings do not. */
interface AbcFindings {
  problems: string[];
  warnings: string[];
}

async function abcProblems(source: string): Promise<AbcFindings> {
  const { content, warnings: notes } = withoutUnknownFields(source);
  const fields = headerFields(content);
  const problems: string[] = [];
  if (!fields.has('X')) problems.push('no X: (reference number) line: a tune starts with X:1');
  if (!fields.has('K')) problems.push('no K: (key) line: the header ends with one, e.g. K:G');
  if (!fields.has('M')) problems.push('no M: (metre) line in the header, e.g. M:6/8');
  const freeMetre = /^none$/i.test(fields.get('M') ?? '');
  const abcjs = await loadAbcjs();
  const tune = abcjs.parseOnly(content)[0];
  if (!tune) return { problems: [...problems, 'no tune found'], warnings: notes };
  const parserNotes = (tune.warnings ?? []).map(plainWarning);
  const harmful = parserNotes.filter((warning) => !isHarmless(warning));
  notes.push(...parserNotes.filter(isHarmless));
  for (const warning of harmful.slice(0, 6)) problems.push(warning);
  if (harmful.length > 6) problems.push(`… and ${harmful.length - 6} more warnings from the ABC parser`);
  // abcjs's published TuneLine types its staves loosely; ParsedLine is what this check reads of them.
  const lines = tune.lines as unknown as ParsedLine[];
  const voices = collectVoices(lines);
  const noteCount = [...voices.values()].flat().filter((element) => element.el_type === 'note').length;
  if (noteCount === 0) problems.push('the tune has no notes');
  if (freeMetre || !fields.has('M')) return { problems, warnings: notes };
  const firstStaves = lines.find((line) => line.staff)?.staff ?? [];
  for (const [key, elements] of voices) {
    const staffIndex = Number(key.split('.')[0]);
    const bars = measureBars(elements, content, meterOf(firstStaves[staffIndex]?.meter));
    const label = voices.size > 1 ? String([...voices.keys()].indexOf(key) + 1) : undefined;
    const wrong = wrongBars(bars);
    for (const bar of wrong.slice(0, 8)) problems.push(describeWrongBar(bar, label));
    if (wrong.length > 8) problems.push(`… and ${wrong.length - 8} more bars of the wrong length`);
  }
  return { problems, warnings: notes };
}

/**
 * Each voice's elements in order across all lines, keyed by staff and voice index. A meter set on a later
 * line (an M: field in the body) becomes a meter element, so bars after it are measured against it.
 */
function collectVoices(lines: ParsedLine[]): Map<string, VoiceElement[]> {
  const voices = new Map<string, VoiceElement[]>();
  let firstLine = true;
  for (const line of lines) {
    if (!line.staff) continue;
    line.staff.forEach((staff, staffIndex) => {
      staff.voices.forEach((elements, voiceIndex) => {
        const key = `${staffIndex}.${voiceIndex}`;
        const voice = voices.get(key) ?? [];
        if (!firstLine && staff.meter)
          voice.push({ el_type: 'meter', startChar: 0, endChar: 0, ...staff.meter });
        voice.push(...elements);
        voices.set(key, voice);
      });
    });
    firstLine = false;
  }
  return voices;
}
