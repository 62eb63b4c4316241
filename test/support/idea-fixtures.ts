/**
 * Candidate ideas as a strong model writes them (its own naming, 2–4 sentence pitches) for two people:
 * a biochemist and a jazz saxophonist. Every list holds ideas a person would call distinct; the
 * rewordings say one of them again in other words, as a later imagine might.
 */
export interface FixtureIdea {
  title: string;
  pitch: string;
}

export const biochemistGoal = 'Characterise the new lipase variants from our directed-evolution screen';

export const biochemistIdeas: readonly FixtureIdea[] = [
  {
    title: 'Plate-reader kinetics with p-nitrophenyl esters',
    pitch:
      'Run every variant against a ladder of p-nitrophenyl ester chain lengths in a 96-well plate reader. Fitting Michaelis–Menten curves per substrate gives you a chain-length preference fingerprint for each variant in an afternoon.',
  },
  {
    title: 'Thermal shift assay for stability ranking',
    pitch:
      'Use SYPRO Orange in the qPCR machine to measure melting temperatures of all variants side by side. Ranking them by Tm tells you which mutations bought activity at the cost of stability.',
  },
  {
    title: 'Western blotting to check expression levels',
    pitch:
      'Before comparing activities, run westerns on the lysates with an anti-His antibody so you know how much enzyme each clone actually makes. Normalising activity to band intensity stops a well-expressed dud from looking like a winner.',
  },
  {
    title: 'Solvent tolerance panel',
    pitch:
      'Measure residual activity after an hour in 10–50% methanol, isopropanol and DMSO. Lipases for biodiesel need to survive methanol, so this panel points to the variants worth scaling up.',
  },
  {
    title: 'Enantioselectivity with chiral HPLC',
    pitch:
      'Resolve racemic 1-phenylethyl acetate with each variant and read the enantiomeric excess on a chiral column. The E-value tells a pharma partner whether the enzyme is worth a process.',
  },
  {
    title: 'Map the mutations onto the crystal structure',
    pitch:
      'Thread every hit onto the published lipase structure in PyMOL and colour residues by how often they recur. Clusters near the lid domain would suggest the screen is selecting for interfacial activation.',
  },
  {
    title: 'Interfacial activation on emulsions',
    pitch:
      'Compare activity on soluble tributyrin against an olive-oil emulsion stabilised with gum arabic. Variants that lost the jump at the interface have probably had their lid loosened.',
  },
  {
    title: 'Immobilise the best three on beads',
    pitch:
      'Adsorb the top variants onto octyl-agarose and test them over ten reuse cycles. Industrial users buy immobilised enzymes, so reuse stability matters more than free-enzyme rates.',
  },
  {
    title: 'Mass spectrometry of the glycosylation',
    pitch:
      'Send the yeast-expressed variants for intact-mass LC-MS to see whether new mutations created glycosylation sites. Extra glycans can explain odd shifts in activity and stability.',
  },
  {
    title: 'pH–activity profiles',
    pitch:
      'Measure initial rates from pH 5 to 10 in a constant-ionic-strength buffer series. A shifted optimum could open detergent applications where the wild type is useless.',
  },
  {
    title: 'Stopped-flow pre-steady-state burst',
    pitch:
      'Borrow the department stopped-flow to look for an acyl-enzyme burst phase with a chromogenic ester. Seeing whether acylation or deacylation limits the rate tells you which step the mutations sped up.',
  },
  {
    title: 'Deep mutational scan of the lid',
    pitch:
      'Build a saturation library of the twelve lid residues and sort it by activity on a fluorogenic substrate with FACS. Sequencing before and after gives a fitness map of the lid in one experiment.',
  },
];

export const saxophonistGoal = 'Find my own voice on ballads on the tenor saxophone';

export const saxophonistIdeas: readonly FixtureIdea[] = [
  {
    title: 'Transcribe Ben Webster on "Chelsea Bridge"',
    pitch:
      'Learn the Webster solo by ear, breathy subtone included, and play it along with the record until the air sits like his. Then play the head your way and notice which of his habits you kept.',
  },
  {
    title: 'Sing before you play',
    pitch:
      'Sing each phrase of "Body and Soul" before playing it, then match the horn to the voice. Solfège on the changes makes the melody yours instead of the fingers\' habits.',
  },
  {
    title: 'Reharmonize a standard and write your own intro',
    pitch:
      'Take "Lush Life" and write a four-bar reharmonization with tritone substitutions for the intro. Playing over your own changes forces phrasing choices the usual voicings never ask for.',
  },
  {
    title: 'Long tones with a tuner and a drone',
    pitch:
      'Spend ten minutes a day on long tones against a tonic drone, bending each note slowly into tune. A ballad is mostly sustained notes, so the colour of each one is your voice.',
  },
  {
    title: 'Record a ballad a week',
    pitch:
      'Record one ballad every Sunday on your phone, unaccompanied, and post it to a private playlist. Listening back after a month shows which choices are becoming a style.',
  },
  {
    title: 'Play ballads with only the lyrics in front of you',
    pitch:
      'Learn the words of "I Fall in Love Too Easily" and play from the lyric sheet, phrasing each line as a singer would breathe it. Dexter Gordon said he thought of the words while playing, and you can hear it.',
  },
  {
    title: 'Duo sessions with a pianist',
    pitch:
      'Book a fortnightly duo rehearsal with a pianist and play nothing but ballads at very slow tempos. Without drums you have to carry the time with your sound and your rests.',
  },
  {
    title: 'Vibrato study: from none to Webster',
    pitch:
      'Play the same phrase with no vibrato, with a slow jaw vibrato and with a wide Webster shake, and record each. Choosing where vibrato starts in a long note is one of the most personal things a tenor player does.',
  },
  {
    title: 'Write your own ballad',
    pitch:
      "Compose a 32-bar AABA ballad for tenor with a melody that sits in the instrument's warm low register. Writing for your own sound shows you what you want it to do.",
  },
  {
    title: 'Altissimo colour for climaxes',
    pitch:
      'Work up three altissimo notes with a fingering chart and use one, quietly, at the peak of a ballad. A controlled high note used once can become a signature.',
  },
  {
    title: 'Analyse phrasing with music21',
    pitch:
      "Transcribe five ballad solos into MusicXML and use music21 to count phrase lengths and where the phrases start against the bar. Seeing your favourite players' habits as data helps you pick which ones to break.",
  },
  {
    title: 'Play for a dance class',
    pitch:
      "Offer to play slow numbers for a local ballroom class once a month. Dancers respond to the time and the sweetness of the sound, not the notes, which is the ballad player's real job.",
  },
];

/** Rewordings of earlier ideas: the same idea told again, as a later imagine may write it. */
export const rewordings: readonly { of: FixtureIdea; again: FixtureIdea }[] = [
  {
    of: biochemistIdeas[1]!,
    again: {
      title: 'Rank variant stability by melting temperature',
      pitch:
        'Put all the variants through a thermal shift assay in the qPCR machine with SYPRO Orange and read off each melting temperature. Ordering them by Tm shows which activity-boosting mutations cost stability.',
    },
  },
  {
    of: saxophonistIdeas[4]!,
    again: {
      title: 'A weekly ballad recording habit',
      pitch:
        'Every Sunday, record yourself playing one ballad alone on your phone and add it to a private playlist. After a month of listening back you will hear which choices are turning into your style.',
    },
  },
  {
    of: saxophonistIdeas[3]!,
    again: {
      title: 'Daily drone long tones',
      pitch:
        'Each day play ten minutes of long tones over a drone on the tonic, slowly bending every note into tune with a tuner. Ballads are built from held notes, so the colour of each long note is what your voice is.',
    },
  },
];

/** An idea for a goal unrelated to ballads, from the same saxophonist: not a repeat of any ballad idea. */
export const unrelatedIdea: FixtureIdea = {
  title: 'A practice routine for fast bebop heads',
  pitch:
    'Build a daily routine that takes "Donna Lee" from 120 to 240 bpm over six weeks, with the metronome on 2 and 4. Slow, clean repetitions with the tongue light are what make fast heads sound relaxed.',
};

/** Five ballad ideas a model stuck on one approach might write: all of them transcribing a solo. */
export const narrowSaxophonistIdeas: readonly FixtureIdea[] = [
  saxophonistIdeas[0]!,
  {
    title: 'Transcribe Dexter Gordon on "Darn That Dream"',
    pitch:
      "Learn Dexter's ballad solo by ear and play it along with the record, laid back behind the beat as he plays it. Then write out the phrases you love most and use them in your own chorus.",
  },
  {
    title: 'Transcribe Coleman Hawkins on "Body and Soul"',
    pitch:
      'Take the 1939 Hawkins solo off the record by ear and play it along with him until his phrasing is in your fingers. Write the solo out and mark where he leaves the melody.',
  },
  {
    title: 'Transcribe Stan Getz on "Round Midnight"',
    pitch:
      'Learn the Getz ballad solo by ear and play along with the record until his light, airy sound is in your ears. Then write out the solo and play his lines at half speed.',
  },
  {
    title: 'Transcribe Lester Young on "These Foolish Things"',
    pitch:
      "Learn Prez's solo by ear and play it along with the record, matching his soft attack. Write out the solo and note how few notes he plays in each phrase.",
  },
];
