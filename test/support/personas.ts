/**
 * Two people as a new user would be, and the answers a model gives about them: a strong model's (its own
 * wording, claims of which listed ability a need is, one of them wrong, pretty-printed JSON) and a weak
 * local model's (no claims, names lower-cased, an implausible claim, terse text, compact JSON).
 * (Not in code fences: the provider layer does not strip them yet, and these tests are about recognition.)
 */

type Need = { name: string; how: string; is?: string };
type RawIdea = { title: string; pitch: string; lens: string; needs: Need[] };

export interface Persona {
  person: { name: string; about: string; domains: string[] };
  /** What the person typed, and nothing more. */
  typed: string[];
  goal: string;
  lenses: string[];
  strong: { solo: RawIdea[]; reach: RawIdea[] };
  weak: { solo: RawIdea[]; reach: RawIdea[] };
  /** Needs the person can do but never typed (they say yes when asked). */
  canAlso: string[];
  /** Needs they really lack (they say not yet). */
  lacks: string[];
}

const need = (name: string, how: string, is?: string): Need => (is ? { name, how, is } : { name, how });

export const biochemist: Persona = {
  person: {
    name: 'Maya',
    about: "wet-lab protein biochemist, I don't code",
    domains: ['protein biochemistry'],
  },
  typed: ['SDS-PAGE', 'westerns', 'enzyme kinetics'],
  goal: 'a cheaper assay for enzyme activity',
  lenses: ['a field ecologist with no lab', 'under 50 dollars', 'a high-school teacher'],
  strong: {
    solo: [
      {
        title: 'Gel-shift activity snapshot',
        pitch:
          'Run the reaction for fixed times and stop it in loading buffer, then read substrate depletion ' +
          'straight off a Coomassie-stained gel. Band intensities at four time points give an initial rate ' +
          'without any plate reader.',
        lens: 'under 50 dollars',
        needs: [
          need(
            'SDS-PAGE gel electrophoresis',
            'separates substrate from product at each time point',
            'SDS-PAGE',
          ),
          need('Michaelis-Menten kinetics', 'turns band intensities into an initial rate', 'enzyme kinetics'),
        ],
      },
      {
        title: 'Blot the product, not the enzyme',
        pitch:
          'Raise the signal by detecting the tagged product on a membrane instead of the enzyme itself. A ' +
          'dilution series on the same blot doubles as the standard curve, which you tabulate by hand.',
        lens: 'a high-school teacher',
        needs: [
          need('Western blotting', 'detects the tagged product with one antibody', 'westerns'),
          need('Microsoft Excel', 'tabulates the standard curve'),
        ],
      },
      {
        title: 'Paired-tube rate comparison',
        pitch:
          'Split each sample into paired tubes with and without inhibitor and compare end-point signals. ' +
          'Pairing cancels most day-to-day noise, so three replicates are enough to tell a real difference.',
        lens: 'a field ecologist with no lab',
        needs: [
          need('Michaelis-Menten kinetics', 'chooses a substrate level near Km', 'enzyme kinetics'),
          need('pipetting', 'sets up the paired tubes'),
          need("Student's t-test", 'compares paired tubes'),
        ],
      },
      {
        title: 'PCR-made substrate ladder',
        pitch:
          'Make a cheap DNA substrate ladder by PCR and watch it shorten on a gel as the nuclease works. ' +
          'The ladder replaces an expensive fluorogenic kit for a fraction of the cost.',
        lens: 'under 50 dollars',
        needs: [
          need('PCR amplification', 'makes the substrate ladder'),
          need('SDS-PAGE gel electrophoresis', 'resolves the shortened products', 'SDS-PAGE'),
        ],
      },
    ],
    reach: [
      {
        title: 'Phone-camera colorimetry',
        pitch:
          'Film the cuvettes with a phone under a white LED and let a short script turn the colour change ' +
          'into a rate. It replaces the spectrophotometer with a shoebox and a phone.',
        lens: 'under 50 dollars',
        needs: [
          // A wrong claim: a script is not enzyme kinetics, however the model sees it.
          need('Python scripting', 'extracts colour values from each frame', 'enzyme kinetics'),
          need('Michaelis-Menten kinetics', 'fits the rate curve', 'enzyme kinetics'),
        ],
      },
      {
        title: 'Automated Km from gel images',
        pitch:
          'Photograph each gel and let image analysis quantify the bands, then fit Km and Vmax with ' +
          'nonlinear regression. Hours of densitometry become a single command.',
        lens: 'a field ecologist with no lab',
        needs: [
          need('Python scripting', 'runs the image analysis'),
          need('nonlinear regression', 'fits Km and Vmax'),
          need('SDS-PAGE gel electrophoresis', 'produces the gels', 'SDS-PAGE'),
        ],
      },
    ],
  },
  weak: {
    solo: [
      {
        title: 'gel activity test',
        pitch: 'use a gel to see substrate go away over time.',
        lens: 'cheap',
        needs: [
          need('sds-page gel electrophoresis', 'run gel'),
          need('michaelis-menten kinetics', 'get rate'),
        ],
      },
      {
        title: 'western blot readout',
        pitch: 'detect product by western blot.',
        lens: 'cheap',
        needs: [need('western blotting', 'detect product'), need('pipetting', 'load samples')],
      },
    ],
    reach: [
      {
        title: 'python plate analysis',
        pitch: 'write python to analyse plate data.',
        lens: 'cheap',
        // An implausible claim: a script is not a gel.
        needs: [need('python scripting', 'analyse data', 'sds-page'), need('western blotting', 'confirm')],
      },
    ],
  },
  canAlso: ['pipetting', 'Microsoft Excel', "Student's t-test", 'PCR amplification'],
  lacks: ['Python scripting', 'nonlinear regression'],
};

export const saxophonist: Persona = {
  person: {
    name: 'Sam',
    about: 'tenor saxophonist in a jazz quartet, I read lead sheets and play by ear',
    domains: ['tenor saxophone'],
  },
  typed: ['ii-V-I', 'tritone subs', '12 bar blues', 'guide tones'],
  goal: 'a ballad for my quartet',
  lenses: ['a string quartet arranger', 'only two chords', 'a children’s choir'],
  strong: {
    solo: [
      {
        title: 'Guide-tone ballad head',
        pitch:
          'Write the melody of the head from the guide tones of a slow ii–V–I in D♭, so the tune outlines ' +
          'the harmony on its own. The bridge moves the same lines down a half step with tritone substitutions.',
        lens: 'only two chords',
        needs: [
          need('guide-tone lines', 'shape the melody from thirds and sevenths', 'guide tones'),
          need('ii–V–I progressions', 'the harmonic skeleton of the A section', 'ii-V-I'),
          need('tritone substitution', 'darkens the bridge', 'tritone subs'),
        ],
      },
      {
        title: 'Slow blues ballad',
        pitch:
          'Take a 12-bar blues form at 60 bpm and reharmonise the last four bars with substitutions. The ' +
          'quartet gets a familiar frame and a surprising turnaround.',
        lens: 'a string quartet arranger',
        needs: [
          need('12-bar blues form', 'the frame of the tune', '12 bar blues'),
          need('tritone substitution', 'the turnaround', 'tritone subs'),
          need('transcribing by ear', 'borrows a turnaround from a record'),
        ],
      },
      {
        title: 'Two-chord vamp ballad',
        pitch:
          'Build the ballad on a single ii–V vamp and let the guide tones carry the story. The band can ' +
          'stretch the vamp as long as the solo needs.',
        lens: 'only two chords',
        needs: [
          need('ii–V–I progressions', 'the vamp', 'ii-V-I'),
          need('guide-tone lines', 'the melody', 'guide tones'),
        ],
      },
    ],
    reach: [
      {
        title: 'Generative reharmonisation app',
        pitch:
          'A small web page that proposes reharmonisations of the ballad bar by bar, so the quartet can ' +
          'audition them in rehearsal. It uses JavaScript and a rule set of substitutions.',
        lens: 'a string quartet arranger',
        needs: [
          need('JavaScript', 'runs the page', 'tritone subs'),
          need('tritone substitution', 'one of its rules', 'tritone subs'),
        ],
      },
      {
        title: 'Choir voicing of the bridge',
        pitch:
          'Voice the bridge for four-part choir, with drop-2 voicings spread across the voices. The sax ' +
          'plays the lead over a wordless choir.',
        lens: 'a children’s choir',
        needs: [
          need('four-part voice leading', 'the choir parts'),
          need('drop-2 voicings', 'spreads the chords'),
        ],
      },
    ],
  },
  weak: {
    solo: [
      {
        title: 'ballad on ii-v-i',
        pitch: 'slow ii v i with guide tones.',
        lens: 'simple',
        needs: [need('ii–v–i progressions', 'harmony'), need('guide-tone lines', 'melody')],
      },
      {
        title: 'blues ballad',
        pitch: 'slow blues.',
        lens: 'simple',
        needs: [need('12-bar blues form', 'form'), need('tritone substitution', 'turnaround')],
      },
    ],
    reach: [
      {
        title: 'practice app',
        pitch: 'an app to practise the ballad.',
        lens: 'simple',
        needs: [need('javascript', 'the app', '12 bar blues')],
      },
    ],
  },
  canAlso: ['transcribing by ear'],
  lacks: ['JavaScript', 'four-part voice leading', 'drop-2 voicings'],
};

/** The strong model's answers pretty-printed, the weak model's compact. */
export function modelAnswer(value: unknown, style: 'strong' | 'weak'): string {
  return JSON.stringify(value, null, style === 'strong' ? 2 : 0);
}

/** Answers imagine's three calls (lenses, solo, reach) for one persona and model style. */
export function personaResponder(persona: Persona, style: 'strong' | 'weak') {
  const ideas = persona[style];
  return (prompt: string): string => {
    if (prompt.includes('lenses for imagining'))
      return modelAnswer(
        { lenses: persona.lenses.map((name) => ({ name, angle: `seen as ${name}` })) },
        style,
      );
    if (prompt.includes('ALONE')) return modelAnswer({ ideas: ideas.solo }, style);
    return modelAnswer({ ideas: ideas.reach }, style);
  };
}
