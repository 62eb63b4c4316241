import { EnglishDictionary, locateDictionary, wordLexicon } from '../../adapters/dictionary/index.js';
import { locateWordVectors, WordVectorEmbedder, WordVectors } from '../../adapters/embeddings/index.js';
import { createFsrsOptimizer } from '../../adapters/fsrs/fsrs-optimizer.js';
import { createPhraseTransposer } from '../../adapters/music/transpose.js';
import { readOriginalityNorms } from '../../adapters/norms/originality-norms-file.js';
import type { DatLexicon } from '../../domain/dat.js';
import type { AnswerChecker } from '../../domain/ports/answer-checker.js';
import type { Thinker } from '../../domain/ports/thinker.js';
import { defaultLeechLapses } from '../../domain/practice/load.js';
import { defaultMasteryDays } from '../../domain/practice/mastery.js';
import type { AutDeps } from '../../usecases/aut/aut-deps.js';
import type { CardDeps } from '../../usecases/cards/card-deps.js';
import type { DatDeps } from '../../usecases/dat/dat-deps.js';
import type { ImagineDeps } from '../../usecases/imagine/imagine.js';
import type { LearnDeps } from '../../usecases/learn/learn.js';
import type { MakeDeps } from '../../usecases/make/make.js';
import type { MeasureDeps } from '../../usecases/measure/measure.js';
import type { OriginalityDeps } from '../../usecases/originality/score-responses.js';
import type { CardOnArtifactDeps } from '../../usecases/practice/card-artifact.js';
import type { DrillDeps } from '../../usecases/practice/drill.js';
import type { FitDeps } from '../../usecases/practice/fit-scheduler.js';
import type { PracticeDeps } from '../../usecases/practice/practice-deps.js';
import type { ChecklistDeps } from '../../usecases/recognition/checklist.js';
import type { RepertoireDeps } from '../../usecases/repertoire/repertoire-deps.js';
import type { TransferDeps } from '../../usecases/transfer/transfer-deps.js';
import type { ChopsApp, ThinkerOptions } from '../chops-app.js';
import type { Lifetime } from './lifetime.js';

/** Where the word vectors and the dictionary are found, and who hears of building them. */
interface LocateOptions {
  env: NodeJS.ProcessEnv;
  onNote?: ((text: string) => void) | undefined;
}

/**
 * The dependencies of every use case, built here and only here from what the app owns, so that the
 * CLI, the server and the guided session hand a use case the same things. A face that wants to hear
 * what the model is doing passes `onNote`; nothing else varies between faces.
 */
export class UseCaseDeps {
  readonly #app: ChopsApp;
  readonly #datLexicon: () => Promise<DatLexicon>;
  readonly #originality: () => Promise<OriginalityDeps>;

  constructor(app: ChopsApp, lifetime: Lifetime, locate: LocateOptions) {
    this.#app = app;
    const where = () => ({
      env: locate.env,
      home: app.home,
      onProgress: (text: string) => locate.onNote?.(text),
    });
    this.#datLexicon = lifetime.lazy(async () => {
      const vectors = WordVectors.open(await locateWordVectors(where()));
      return wordLexicon(EnglishDictionary.open(locateDictionary(where())), vectors);
    });
    // The norms' clusters and weights belong to these vectors: never a provider's embedding model.
    this.#originality = lifetime.lazy(async () => ({
      norms: readOriginalityNorms(),
      embedder: new WordVectorEmbedder(WordVectors.open(await locateWordVectors(where()))),
    }));
  }

  async repertoire(): Promise<RepertoireDeps> {
    const app = this.#app;
    return {
      store: app.store,
      vectors: app.vectors,
      embedder: await app.embedder(),
      calibrations: app.calibrations,
      clock: app.clock,
      generateId: app.generateId,
    };
  }

  /** Changing an ability (its status, merging, removing): the repertoire and the clock, no embedder. */
  abilityChanges(): Pick<RepertoireDeps, 'store' | 'clock'> {
    return { store: this.#app.store, clock: this.#app.clock };
  }

  /** The repertoire and the ideas: the "Can you already do these?" checklist and its answers. */
  async checklist(): Promise<ChecklistDeps> {
    return { ...(await this.repertoire()), ideas: this.#app.ideas };
  }

  /** The model is asked for first: without one, nothing else is opened. */
  async imagine(options: ThinkerOptions = {}): Promise<ImagineDeps> {
    const thinker = await this.#app.thinker(options);
    return {
      ...(await this.checklist()),
      thinker,
      formats: this.#app.formats,
      mine: this.#app.mine,
      originality: await this.originality(),
    };
  }

  /** The model is asked for first: without one, nothing else is opened. */
  async make(options: ThinkerOptions = {}): Promise<MakeDeps> {
    const thinker = await this.#app.thinker(options);
    return {
      ...(await this.checklist()),
      artifacts: this.#app.artifacts,
      thinker,
      formats: this.#app.formats,
    };
  }

  /** `thinker` replaces the app's when a face wants to say that the model is being asked. */
  learn(thinker: () => Promise<Thinker> = () => this.#app.thinker()): LearnDeps {
    return {
      ...this.practice(),
      artifacts: this.#app.artifacts,
      choices: this.#app.choices,
      answerChecker: this.#app.answerChecker,
      thinker,
    };
  }

  /** The model alone, for use cases that need nothing else (proposing abilities, grading an answer). */
  async thinking(options: ThinkerOptions = {}): Promise<{ thinker: Thinker }> {
    return { thinker: await this.#app.thinker(options) };
  }

  /** Checks answers to checked apply cards with the format checkers (the sandbox for js). */
  answerChecking(): { answerChecker: AnswerChecker } {
    return { answerChecker: this.#app.answerChecker };
  }

  /** Tricks, cards and reviews over the same database as the repertoire (mastery writes both at once). */
  practice(): PracticeDeps {
    const app = this.#app;
    const config = app.config.read();
    return {
      practice: app.practice,
      repertoire: app.store,
      clock: app.clock,
      generateId: app.generateId,
      masteryDays: config['mastery-days'] ?? defaultMasteryDays,
      fits: app.fits,
      dailyLimit: config['daily-limit'],
      leechLapses: config['leech-lapses'] ?? defaultLeechLapses,
    };
  }

  /** A card shown on the artifact it came from. */
  cardOnArtifact(): CardOnArtifactDeps {
    return { practice: this.#app.practice, artifacts: this.#app.artifacts };
  }

  /** What changing a card and tracing its source need. */
  cards(): CardDeps {
    const app = this.#app;
    return {
      practice: app.practice,
      repertoire: app.store,
      clock: app.clock,
      generateId: app.generateId,
      choices: app.choices,
      artifacts: app.artifacts,
      ideas: app.ideas,
    };
  }

  /** Practice deps with fsrs-rs's optimizer, for fitting the scheduler to the person's reviews. */
  fit(): FitDeps {
    return { ...this.practice(), fitter: createFsrsOptimizer() };
  }

  /** Practice deps with abcjs' transposition, for drills of abc tricks. */
  drill(): DrillDeps {
    return { ...this.practice(), transposer: createPhraseTransposer() };
  }

  /**
   * The Divergent Association Task: the dictionary and the embedded word vectors (never a provider's
   * embedding model, whatever is configured) and the score store; no model at all.
   */
  async dat(): Promise<DatDeps> {
    const app = this.#app;
    return {
      lexicon: await this.datLexicon(),
      store: app.datScores,
      clock: app.clock,
      generateId: app.generateId,
    };
  }

  /** The person's DAT scores so far, without the vectors. */
  datHistory(): Pick<DatDeps, 'store'> {
    return { store: this.#app.datScores };
  }

  /** The DAT's dictionary and word vectors, without the database: `--file` scores others' lists. */
  datLexicon(): Promise<DatLexicon> {
    return this.#datLexicon();
  }

  /** The Alternative Uses Task: the scorer and the store of the person's answers; no model. */
  async aut(): Promise<AutDeps> {
    const app = this.#app;
    return {
      originality: await this.originality(),
      store: app.autScores,
      clock: app.clock,
      generateId: app.generateId,
    };
  }

  /** The person's AUT answers so far, without the scorer. */
  autHistory(): Pick<AutDeps, 'store'> {
    return { store: this.#app.autScores };
  }

  /** The offline originality scorer: the shipped norms and the word vectors they were built with. */
  originality(): Promise<OriginalityDeps> {
    return this.#originality();
  }

  measure(): MeasureDeps {
    const app = this.#app;
    return { ledger: app.ledger, clock: app.clock, ownIdeas: app.ownIdeasLedger };
  }

  /** Every store over the one database, for export and import (one transaction spans them all). */
  transfer(): TransferDeps {
    const app = this.#app;
    return {
      repertoire: app.store,
      ideas: app.ideas,
      artifacts: app.artifacts,
      practice: app.practice,
      dat: app.datScores,
      aut: app.autScores,
      mine: app.mine,
      vectors: app.vectors,
      clock: app.clock,
      generateId: app.generateId,
    };
  }
}
