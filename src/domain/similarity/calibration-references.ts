/**
 * The reference pairs every embedder is calibrated on: judgements a person would make, in fields chosen
 * to be far from the ones tests check chops on (biochemistry, jazz), so that calibration is not tuned to
 * its own test. Ideas are written as a strong model pitches them: a title and two or three sentences.
 * Changing these texts changes every embedder's thresholds: bump CALIBRATION_VERSION.
 */

/** Bumped whenever the references or the way thresholds are derived change; older calibrations are redone. */
export const CALIBRATION_VERSION = 1;

type Pair = readonly [string, string];

/** Two names of one ability, with the same words up to their form. */
export const sameAbilityPairs: readonly Pair[] = [
  ['sourdough baking', 'baking sourdough'],
  ['dovetail joints', 'dovetail joint cutting'],
  ['unit testing', 'writing unit tests'],
  ['watercolour painting', 'watercolor painting'],
  ['knife skills', 'knife skill'],
  ['marathon training', 'training for a marathon'],
  ['data visualisation', 'visualizing data'],
  ['rock climbing', 'climbing rock routes'],
];

/** Two abilities of one field that a person keeps apart. */
export const differentAbilityPairs: readonly Pair[] = [
  ['sourdough baking', 'pastry baking'],
  ['python', 'javascript'],
  ['oil painting', 'watercolour painting'],
  ['dovetail joints', 'mortise and tenon joints'],
  ['french', 'spanish'],
  ['unit testing', 'integration testing'],
  ['sprint training', 'marathon training'],
  ['bouldering', 'sport climbing'],
  ['linear regression', 'logistic regression'],
  ['wood turning', 'wood carving'],
];

interface IdeaText {
  title: string;
  pitch: string;
}

/** One goal's ideas: `base`, a rewording of it (the same idea), and other ideas for the same goal. */
interface IdeaFamily {
  base: IdeaText;
  rewording: IdeaText;
  others: readonly IdeaText[];
}

export const ideaFamilies: readonly IdeaFamily[] = [
  {
    base: {
      title: 'Seasonal sourdough club',
      pitch:
        'Start a monthly sourdough club where neighbours bring one loaf made with a local seasonal flour. Everyone tastes blind and notes crumb, crust and sourness, and the notes become a shared baking log.',
    },
    rewording: {
      title: 'Neighbourhood bread tasting circle',
      pitch:
        'Once a month, neighbours each bake a sourdough loaf with flour from a nearby mill that is in season. The loaves are tasted blind, crumb, crust and tang are written down, and the tasting notes grow into a common log of bakes.',
    },
    others: [
      {
        title: 'Starter rescue hotline',
        pitch:
          'Offer a weekend text line where new bakers send a photo of a sluggish starter and get a feeding plan back. Track which fixes work and publish the top five as a one-page guide.',
      },
      {
        title: 'Bread for the food bank',
        pitch:
          'Bake twenty loaves every Friday in a borrowed café oven and give them to the local food bank. Time each step to learn how far a home baker can scale without a mixer.',
      },
    ],
  },
  {
    base: {
      title: 'Flaky test hunter',
      pitch:
        'Write a small tool that reruns the test suite fifty times overnight and flags tests whose result changes. It opens an issue for each flaky test with the seeds and timings that made it fail.',
    },
    rewording: {
      title: 'Overnight flakiness detector',
      pitch:
        'Build a script that runs all the tests again and again through the night, about fifty times, and marks the ones that pass sometimes and fail other times. For each unstable test it files a ticket listing the random seeds and durations of the failures.',
    },
    others: [
      {
        title: 'Mutation testing for the billing module',
        pitch:
          'Run a mutation tester on the billing code to see which bugs the tests would miss. Pair with a colleague to write tests that kill the surviving mutants and report the score each sprint.',
      },
      {
        title: 'Legacy API contract tests',
        pitch:
          'Record real traffic against the old API and turn it into contract tests. The next rewrite can then prove it answers every recorded request the same way.',
      },
    ],
  },
  {
    base: {
      title: 'River watercolour diary',
      pitch:
        'Paint the same bend of the river every Sunday for a year in a small watercolour sketchbook. Limit each study to three pigments and twenty minutes, so the changes in light and season do the work.',
    },
    rewording: {
      title: 'A year of one riverbank',
      pitch:
        'Each Sunday, go to one spot where the river curves and make a quick watercolour of it in a pocket sketchbook. Use only three paints and stop after twenty minutes; across the year, the shifting seasons and light carry the series.',
    },
    others: [
      {
        title: 'Portraits of the market stallholders',
        pitch:
          'Ask the traders at the Saturday market to sit for ten-minute portraits while they work. Give each one a print and hang the originals in the market hall at the end of summer.',
      },
      {
        title: 'Pigments from the garden',
        pitch:
          'Make your own paints from plants, soil and charcoal found in the garden. Test how each one fades in sunlight over a month and paint a small botanical series with them.',
      },
    ],
  },
  {
    base: {
      title: 'Run every street in town',
      pitch:
        'Plan runs that cover every street of the town once, logging each route on a map that fills in week by week. It turns base training into exploration and ends with a map poster of the whole year.',
    },
    rewording: {
      title: 'The every-street running project',
      pitch:
        'Map out a series of runs so that, over the year, each street in town is run at least once, and colour in the map after each outing. Easy mileage becomes a way of exploring, and the finished map can be printed as a poster.',
    },
    others: [
      {
        title: 'Couch to 5K for the office',
        pitch:
          'Coach six colleagues through a nine-week beginner running plan at lunchtime. Keep a shared sheet of times and finish with a team parkrun.',
      },
      {
        title: 'Heart-rate zone experiment',
        pitch:
          'Train for eight weeks only in the lowest heart-rate zone and test a 10K before and after. Publish the data to see whether slow running really makes a runner faster.',
      },
    ],
  },
];
