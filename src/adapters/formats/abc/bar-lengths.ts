import { cutText } from '../../../domain/model-text.js';

/** The parts of an abcjs voice element that bar measuring reads. */
export interface VoiceElement {
  el_type: string;
  startChar: number;
  endChar: number;
  duration?: number;
  rest?: { type: string };
  startTriplet?: number;
  tripletMultiplier?: number;
  endTriplet?: boolean;
  type?: string;
  startEnding?: string;
  value?: { num: string; den: string }[];
}

/** One bar as written: where it is, how long it lasts and how long its metre says it should. */
export interface Bar {
  number: number;
  text: string;
  length: number;
  expected: number;
  /** The note value the metre counts in, to show lengths as the metre is written. */
  unit: number;
  /** The bar line before it ('start' at the beginning) and after it ('end' at the end). */
  opening: string | undefined;
  closing: string | undefined;
  /** The ending it begins ("1", "2") when its opening bar line starts a first or second ending. */
  ending?: string;
}

const epsilon = 1e-6;
const sectionEnds = new Set([
  'bar_right_repeat',
  'bar_dbl_repeat',
  'bar_thin_thin',
  'bar_thin_thick',
  'bar_thick_thin',
]);
// What follows the end of a section begins a new one, as does a start repeat.
const sectionStarts = new Set([...sectionEnds, 'bar_left_repeat']);

/** A metre as bar length in whole notes and the note value it counts in (8 for 6/8). */
interface Metre {
  length: number;
  denominator: number;
}

/** The metre of an abcjs meter element (M:C is 4/4, M:C| is 2/2), or undefined for free metre. */
export function meterOf(
  meter: { type?: string; value?: { num: string; den: string }[] } | undefined,
): Metre | undefined {
  if (!meter) return undefined;
  if (meter.type === 'common_time') return { length: 1, denominator: 4 };
  if (meter.type === 'cut_time') return { length: 1, denominator: 2 };
  const first = meter.value?.[0];
  if (meter.type !== 'specified' || !first) return undefined;
  // Additive metres such as 2+3/8 are written in the numerator.
  const beats = first.num.split('+').reduce((sum, part) => sum + Number(part), 0);
  const denominator = Number(first.den);
  const length = beats / denominator;
  return Number.isFinite(length) && length > 0 ? { length, denominator } : undefined;
}

/** A length in whole notes as a fraction, in the metre's own unit where it fits: 0.875 in 6/8 → "7/8". */
function formatLength(length: number, unit: number): string {
  for (const denominator of [unit, 1, 2, 4, 8, 16, 32, 64, 3, 6, 12, 24, 48, 96, 5, 10, 20, 7, 14, 28]) {
    const numerator = length * denominator;
    if (Math.abs(numerator - Math.round(numerator)) < epsilon)
      return `${Math.round(numerator)}/${denominator}`;
  }
  return length.toFixed(4);
}

/**
 * Splits one voice (its elements across all lines, in order) into bars, measuring each: tuplets scale
 * their notes, grace notes are not elements (so count nothing), multi-bar rests count as whole bars.
 */
export function measureBars(
  elements: VoiceElement[],
  source: string,
  initialMeter: Metre | undefined,
): Bar[] {
  const bars: Bar[] = [];
  let meter = initialMeter;
  let length = 0;
  let multiBarRest = 0;
  let tupletScale = 1;
  let start: number | undefined;
  let number = 1;
  let opening: string | undefined = 'start';
  let ending: string | undefined;
  const close = (closing: string | undefined, end: number) => {
    if (start !== undefined && meter !== undefined && (length > epsilon || multiBarRest > 0)) {
      const text = source.slice(start, end).replace(/\s+/g, ' ').trim();
      bars.push({
        number,
        text,
        length: multiBarRest > 0 ? meter.length * multiBarRest : length,
        expected: meter.length,
        unit: meter.denominator,
        opening,
        closing,
        ...(ending === undefined ? {} : { ending }),
      });
      number += Math.max(1, multiBarRest);
    }
    length = 0;
    multiBarRest = 0;
    start = undefined;
  };
  for (const element of elements) {
    if (element.el_type === 'meter') {
      meter = meterOf(element);
    } else if (element.el_type === 'bar') {
      close(element.type, element.startChar);
      opening = element.type;
      ending = element.startEnding;
    } else if (element.el_type === 'note' && element.duration !== undefined) {
      start ??= element.startChar;
      if (element.startTriplet) tupletScale = element.tripletMultiplier ?? 1;
      if (element.rest?.type === 'multimeasure' && meter)
        multiBarRest += Math.round(element.duration / meter.length);
      else length += element.duration * tupletScale;
      if (element.endTriplet) tupletScale = 1;
    }
  }
  const last = elements.at(-1);
  close('end', last ? last.endChar : source.length);
  // Musicians number an opening pickup bar 0, so the first full bar is bar 1.
  const first = bars[0];
  if (first && bars.length > 1 && first.length < first.expected - epsilon)
    for (const bar of bars) bar.number -= 1;
  return bars;
}

/**
 * The bars whose length does not fit the metre, by the conventions abc2midi's bar check follows. Short
 * bars are allowed where tune books write them:
 * - a pickup (anacrusis) at the start of the tune or of a section, which the section's last bar (before a
 *   repeat, a double bar or the end) completes; a pickup carries on until another replaces it, so
 *   "D|:GAG ...|G2:|" repeats without its pickup, and a final short bar may complete the opening one;
 * - a bar split by a section line: "... G2 :| ef | g2 ed ..." (the two halves make one bar);
 * - first and second endings, each measured against the pickup like the section end they are.
 * A short bar at the start of a later section whose end (other than a first ending) is a full bar
 * completes nothing, so it is wrong.
 */
export function wrongBars(bars: Bar[]): WrongBar[] {
  const wrong: WrongBar[] = [];
  let pickup = 0;
  // A pickup at the start of a later section, not yet confirmed by a section end that completes it.
  let pending: Bar | undefined;
  const completes = (length: number, bar: Bar) => Math.abs(length + bar.length - bar.expected) < epsilon;
  bars.forEach((bar, index) => {
    const endsSection = bar.closing === 'end' || (bar.closing !== undefined && sectionEnds.has(bar.closing));
    const fits = Math.abs(bar.length - bar.expected) < epsilon;
    if (fits) {
      // A full first ending leads back into the section, often through a pickup written inside it.
      if (endsSection && bar.ending !== '1') {
        if (pending) wrong.push({ ...pending, pickup: 0 });
        pending = undefined;
      }
      return;
    }
    if (endsSection && pickup > 0 && completes(pickup, bar)) {
      pending = undefined;
      return;
    }
    const startsSection =
      index === 0 ||
      (bar.ending === undefined && bar.opening !== undefined && sectionStarts.has(bar.opening));
    if (startsSection && bar.length < bar.expected && index < bars.length - 1) {
      const previous = wrong.at(-1);
      if (previous && previous.index === index - 1 && completes(previous.length, bar)) {
        wrong.pop();
      } else if (index > 0) {
        if (pending) wrong.push({ ...pending, pickup: 0 });
        pending = bar;
      }
      pickup = bar.length;
      return;
    }
    wrong.push({ ...bar, index, pickup: endsSection ? pickup : 0 });
    if (endsSection) pending = undefined;
  });
  return wrong.sort((a, b) => a.number - b.number);
}

/** A bar that does not fit, with the pickup its section began with if it ends a section. */
interface WrongBar extends Bar {
  pickup: number;
  /** Its place among the voice's bars. */
  index?: number;
}

/** One problem line for a bar of the wrong length. */
export function describeWrongBar(bar: WrongBar, voice: string | undefined): string {
  const where = voice ? `voice ${voice}, bar ${bar.number}` : `bar ${bar.number}`;
  const text = cutText(bar.text, 60);
  const needs = formatLength(bar.expected, bar.unit);
  const completing =
    bar.pickup > 0
      ? ` (or ${formatLength(bar.expected - bar.pickup, bar.unit)} to complete the ${formatLength(bar.pickup, bar.unit)} pickup)`
      : '';
  return `${where} "${text}" lasts ${formatLength(bar.length, bar.unit)} but the metre needs ${needs}${completing}`;
}
