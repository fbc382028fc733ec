/** Date only, or date and time with optional seconds, fraction and zone: what `datetime` attributes hold. */
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/**
 * Normalises a machine-readable time (an HTML `datetime`, a schema.org date, a Unix timestamp in
 * seconds) to ISO 8601. Values that already are ISO 8601 are kept as written, with their zone.
 *
 * @param value - The attribute value.
 * @returns The ISO 8601 string, or `undefined` when the value is not a date.
 */
export function toIsoDate(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (ISO_LIKE.test(trimmed)) return trimmed.replace(' ', 'T');
  if (/^\d{9,11}$/u.test(trimmed)) return new Date(Number(trimmed) * 1000).toISOString();
  // Hacker News writes `2024-01-05T12:00:00 1704456000`: the ISO part, then the Unix time.
  const first = trimmed.split(/\s/u)[0] ?? '';
  return first !== trimmed && ISO_LIKE.test(first) ? first : undefined;
}
