import { UserInputError } from '../../domain/errors/index.js';

/**
 * `--since` as the person typed it: an ISO date (`2026-01-31`, the start of that day in UTC, as the
 * ledger's weeks are) or a full ISO time. Anything else, including dates that do not exist, is refused.
 */
export function parseSince(text: string): Date {
  const trimmed = text.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (day) {
    const [year, month, date] = day.slice(1).map(Number) as [number, number, number];
    const at = new Date(Date.UTC(year, month - 1, date));
    if (at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === date) return at;
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(trimmed)) {
    const at = new Date(trimmed);
    if (!Number.isNaN(at.getTime())) return at;
  }
  throw new UserInputError(`--since must be a date such as 2026-01-31, not "${text}"`);
}
