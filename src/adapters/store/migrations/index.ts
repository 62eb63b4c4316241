import { repertoire } from './001-repertoire.js';
import { ideas } from './002-ideas.js';
import { artifacts } from './003-artifacts.js';
import { practice } from './004-practice.js';
import { dat } from './005-dat.js';
import { learningChoices } from './006-learning-choices.js';
import { calibrations } from './007-calibrations.js';
import { artifactDataFiles } from './008-artifact-data-files.js';
import { aut } from './009-aut.js';
import { mine } from './010-mine.js';
import { practiceFits } from './011-practice-fits.js';
import { attemptsAndImports } from './012-attempts-and-imports.js';
import { recognition } from './013-recognition.js';
import { artifactFormats } from './014-artifact-formats.js';

/**
 * The schema, one numbered step at a time (step N is the file numbered N). A step is never edited once
 * released: later parts of chops append steps. `PRAGMA user_version` records how many have been applied.
 */
export const migrations: readonly string[] = [
  repertoire,
  ideas,
  artifacts,
  practice,
  dat,
  learningChoices,
  calibrations,
  artifactDataFiles,
  aut,
  mine,
  practiceFits,
  attemptsAndImports,
  recognition,
  artifactFormats,
];
