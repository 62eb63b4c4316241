/** Well-known public-domain tunes, written by hand for the abc checker's tests and bench. */

export const theKesh = `X:1
T:The Kesh
R:jig
M:6/8
L:1/8
K:G
|:G3 GAB|A3 ABd|edd gdd|edB dBA|
G3 GAB|A3 ABd|edd gdB|AGF G3:|
|:BAB dBd|ege dBA|BAB dBG|ABA AGA|
BAB dBd|ege dBd|gfg aga|bgf g3:|
`;

/** A reel with a pickup in each repeated part; each part's last bar completes its pickup. */
export const soldiersJoy = `X:2
T:Soldier's Joy
R:reel
M:4/4
L:1/8
K:D
|:FG|A2 FA dAFA|dAFA d2 FG|A2 FA dAFA|B2 E2 E2 FG|
A2 FA dAFA|dAFA d2 ef|gfed cdec|d2 f2 d2:|
|:fg|a2 f2 d2 fg|a2 f2 d2 fg|afdf gfed|cBAG F2 E2|
a2 f2 d2 fg|a2 f2 d2 ef|gfed cdec|d2 f2 d2:|
`;

/** A waltz with a broken-rhythm pickup and first and second endings. */
export const siBheagSiMhor = `X:3
T:Si Bheag, Si Mhor
C:Turlough O'Carolan
R:waltz
M:3/4
L:1/8
K:D
|:d>e|f2 e2 d2|B4 A2|B2 d2 e2|f4 d>e|f2 e2 d2|B4 A2|B2 A2 F2|E4 d>e|
f2 e2 d2|B4 A2|B2 d2 e2|f4 a2|b2 a2 f2|e2 d2 B2|A2 F2 E2|1 D4:|2 D6||
`;

/** Triplets, chords, grace notes, broken rhythm, rests and a tie across a bar line, in common time. */
export const ornamented = `X:4
T:Ornaments
M:C
L:1/8
K:G
{g}A2 (3Bcd e2 [GBd]2|z2 A>B c<d e2-|e2 {/a}g2 [D2F2A2] z2|]
`;

/** Two voices on two staves, checked each on its own. */
export const twoVoices = `X:5
T:Two voices
M:2/4
L:1/8
V:1
V:2 clef=bass
K:C
[V:1] cdef|g4|c'2 g2|c4|]
[V:2] C,4|E,4|G,4|C,4|]
`;

/** The Kesh repeated to 64 bars, for the bench. */
export const sixtyFourBars = theKesh.replace(/\|:[\s\S]*$/, (body) => body.repeat(4));
