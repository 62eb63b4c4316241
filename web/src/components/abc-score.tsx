import { useEffect, useRef, useState } from 'react';
import { ErrorNote, Loading } from './states.js';

type Abcjs = typeof import('abcjs');
type Tune = ReturnType<Abcjs['renderAbc']>[number];

// abcjs is large: it loads only on the pages that show music, never with the first page.
let abcjs: Promise<Abcjs> | undefined;
const loadAbcjs = () => {
  abcjs ??= import('abcjs').then((m) => ((m as { default?: Abcjs }).default ?? m) as Abcjs);
  return abcjs;
};

/**
 * A tune in ABC notation drawn as a score by abcjs (which builds SVG through the DOM, never from
 * markup, so text in the tune stays text), with playback: abcjs turns the tune into timed notes and the
 * Web Audio API sounds them, so no sound font has to be fetched from anywhere.
 */
export function AbcScore({ abc }: { abc: string }) {
  const target = useRef<HTMLDivElement>(null);
  const tune = useRef<Tune | undefined>(undefined);
  const [state, setState] = useState<'loading' | 'ready' | Error>('loading');
  const [playing, setPlaying] = useState<{ stop: () => void } | undefined>();

  useEffect(() => {
    let live = true;
    loadAbcjs().then(
      (lib) => {
        if (!live || !target.current) return;
        const element = target.current;
        tune.current = withStyleThroughCssom(
          () => lib.renderAbc(element, abc, { responsive: 'resize', add_classes: true })[0],
        );
        setState('ready');
      },
      (error: Error) => live && setState(error),
    );
    return () => {
      live = false;
    };
  }, [abc]);
  useEffect(() => () => playing?.stop(), [playing]);

  const play = () => {
    if (playing) {
      playing.stop();
      setPlaying(undefined);
      return;
    }
    if (!tune.current) return;
    const stop = playTune(tune.current, () => setPlaying(undefined));
    setPlaying({ stop });
  };

  return (
    <div className="score">
      {state === 'loading' && <Loading label="Drawing the score…" />}
      {state instanceof Error && <ErrorNote error={state} />}
      <div ref={target} className="score-svg" data-testid="score" />
      {state === 'ready' && (
        <button type="button" className="secondary" onClick={play} aria-pressed={Boolean(playing)}>
          {playing ? '■ Stop' : '▶ Play'}
        </button>
      )}
    </div>
  );
}

/**
 * abcjs sizes a few of its own elements with `setAttribute('style', …)`, which the strict CSP blocks
 * (inline style attributes). While it draws, such calls go through the CSSOM instead, which the CSP
 * allows: the same styles, from abcjs only, with no inline style admitted for anything else. The one
 * <style> element it inserts (text selection while dragging notes in its editor, unused here) is left
 * out rather than refused by the CSP.
 */
function withStyleThroughCssom<T>(draw: () => T): T {
  const setAttribute = Element.prototype.setAttribute;
  const insertBefore = Node.prototype.insertBefore;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style' && 'style' in this) {
      (this as HTMLElement).style.cssText = value;
      return;
    }
    setAttribute.call(this, name, value);
  };
  Node.prototype.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
    if (node instanceof SVGStyleElement) return node;
    return insertBefore.call(this, node, child) as T;
  };
  try {
    return draw();
  } finally {
    Element.prototype.setAttribute = setAttribute;
    Node.prototype.insertBefore = insertBefore;
  }
}

/** Sounds the tune with simple oscillators; returns a function that stops it. */
function playTune(tune: Tune, ended: () => void): () => void {
  const audio = tune.setUpAudio({});
  const meter = tune.getMeterFraction();
  const wholeSeconds = tune.millisecondsPerMeasure() / 1000 / ((meter.num || 4) / (meter.den || 4));
  const context = new AudioContext();
  const start = context.currentTime + 0.05;
  let last = 0;
  for (const track of audio.tracks) {
    for (const item of track) {
      if (item.cmd !== 'note') continue;
      const at = start + item.start * wholeSeconds;
      const length = Math.max(0.05, item.duration * wholeSeconds - 0.02);
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'triangle';
      oscillator.frequency.value = 440 * 2 ** ((item.pitch - 69) / 12);
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime((item.volume / 127) * 0.25, at + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.001, at + length);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + length + 0.05);
      last = Math.max(last, at + length);
    }
  }
  // Closed exactly once, whichever comes first: the end of the tune or Stop (which the end also calls).
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    void context.close().catch(() => {});
  };
  const timer = window.setTimeout(
    () => {
      close();
      ended();
    },
    (last - context.currentTime + 0.2) * 1000,
  );
  return () => {
    window.clearTimeout(timer);
    close();
  };
}
