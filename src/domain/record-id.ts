/**
 * What an id is in chops: the name of one record (an ability, goal, idea, artifact, trick, card,
 * review, DAT score or own idea), made where the record was made and kept for good, through export and import.
 *
 * A new id is 16 lowercase hex digits: 64 random bits, so that the records of two installs merged by
 * import do not collide (two installs of 10,000 records each: about 1 chance in 10^11). Ids made by
 * earlier versions (8 hex digits) and by tests stay valid: anything of `recordIdPattern` is an id.
 * People may type a prefix of an id (at least `minTypedIdLength` characters) wherever they name one.
 */

/** Random bytes in a new id. */
const recordIdBytes = 8;

/** Every id chops accepts, old and new: letters, digits and `- _ . :`, at most 100. */
export const recordIdPattern = /^[\w.:-]{1,100}$/;

/** The shortest prefix a person may type for an id. */
export const minTypedIdLength = 4;

/** A new id from `recordIdBytes` random bytes (the caller passes its source of randomness). */
export function newRecordId(randomBytes: (count: number) => Uint8Array): string {
  const bytes = randomBytes(recordIdBytes);
  if (bytes.length !== recordIdBytes) throw new Error(`expected ${recordIdBytes} random bytes`);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The kinds of record that have ids; each lives in its own table. */
export const recordKinds = [
  'ability',
  'goal',
  'idea',
  'artifact',
  'trick',
  'card',
  'review',
  'dat score',
  'own idea',
] as const;
export type RecordKind = (typeof recordKinds)[number];
