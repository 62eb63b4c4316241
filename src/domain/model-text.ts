// Control characters (escape sequences start with one) and Unicode line separators: never kept.
const controls = /[\p{Cc}\u2028\u2029]+/gu;

/**
 * Text from a model, made plain: control characters removed, whitespace collapsed to single spaces,
 * cut to `maxLength` characters. What is shown is still escaped again by each face.
 */
export function cleanModelText(text: string, maxLength: number): string {
  const plain = text.normalize('NFC').replace(controls, ' ').replace(/\s+/gu, ' ').trim();
  const characters = [...plain];
  return characters.length <= maxLength
    ? plain
    : `${characters
        .slice(0, maxLength - 1)
        .join('')
        .trimEnd()}…`;
}
