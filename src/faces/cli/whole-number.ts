import { InvalidArgumentError } from '@commander-js/extra-typings';

/**
 * A commander parser for an option that takes a whole number from `min` (to `max`, when there is one);
 * a bad value is a usage error that says the range, e.g. "must be a whole number from 1 to 12".
 */
export function wholeNumber(
  min: number,
  max?: number,
  { what = 'a whole number', note = '' }: { what?: string; note?: string } = {},
): (value: string) => number {
  const range = max === undefined ? `from ${min}` : `from ${min} to ${max}`;
  return (value) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || (max !== undefined && number > max))
      throw new InvalidArgumentError(`must be ${what} ${range}${note}`);
    return number;
  };
}
