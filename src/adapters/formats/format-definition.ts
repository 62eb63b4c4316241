import type { CheckResult } from '../../domain/artifact.js';
import type {
  CheckOptions,
  FormatChecker,
  FormatDescription,
  RenderOptions,
} from '../../domain/ports/format-checker.js';
import type { JsCheckerOptions } from './js/js-checker.js';

/** What running a format's check takes: the part of a checker that loads its libraries. */
export interface FormatEngine {
  check(content: string, options?: CheckOptions): Promise<CheckResult>;
  render(content: string, extension: string, options?: RenderOptions): Promise<Uint8Array>;
  dispose?(): void;
}

/** Options the registry passes each format's engine when it loads it. */
export interface EngineOptions {
  /** For js: the sandbox's limits and host (see js-checker.ts). */
  js?: JsCheckerOptions;
}

/**
 * One artifact format, defined in its own folder (`src/adapters/formats/<name>/<name>-format.ts`) and
 * listed once in registry.ts: its words, files and guides, the cheap helpers that need no library, and
 * how to load its engine. Nothing here imports the engine: it loads on the first check or render.
 */
export interface FormatDefinition extends FormatDescription, Pick<FormatChecker, 'splitFile' | 'embedData'> {
  loadEngine(options: EngineOptions): Promise<FormatEngine>;
}
