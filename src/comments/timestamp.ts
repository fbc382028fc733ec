/** A date with an optional time, fraction and zone, as ISO 8601 and most export formats write it. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Unix time in seconds, optionally with a fraction (Reddit writes `1458612345.0`). */
const UNIX_SECONDS = /^\d{1,12}(?:\.\d+)?$/;

/** How to read a time that has no zone of its own. */
export interface TimestampOptions {
  /** The source writes UTC without saying so (WordPress `comment_date_gmt`). */
  readonly assumeUtc?: boolean;
}

/**
 * Reads a timestamp from an export: an ISO 8601 string (`T` or space between date and time), or a
 * Unix time in seconds (number or digits). Calendar fields are range-checked, so `2011-13-40` and
 * `2011-x09-30` are rejected rather than rolled over.
 *
 * @param raw - The value as the source wrote it.
 * @param options - Whether a zone-less time is UTC.
 * @returns ISO 8601 (`2024-05-01T09:30:00Z`; zone-less local times stay zone-less), or `undefined`
 *   when the value is not a time.
 * @example
 * ```ts
 * readTimestamp('2013-03-11 23:45:54', { assumeUtc: true }) // '2013-03-11T23:45:54Z'
 * readTimestamp(1160423565) // '2006-10-09T19:52:45.000Z'
 * ```
 */
export function readTimestamp(raw: string | number, options: TimestampOptions = {}): string | undefined {
  if (typeof raw === 'number') return fromUnixSeconds(raw);
  const value = raw.trim();
  if (UNIX_SECONDS.test(value)) return fromUnixSeconds(Number(value));
  const match = DATE_TIME.exec(value);
  if (match === null) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone] = match;
  if (!isValidTime(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second))) return undefined;
  // Already ISO 8601 with `T` and a zone (what APIs send): keep the string as it is.
  if (zone !== undefined && value[10] === 'T' && zone !== 'z') return value;
  const local = `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}`;
  if (zone !== undefined) return local + (zone.toUpperCase() === 'Z' ? 'Z' : zone);
  return options.assumeUtc === true ? `${local}Z` : local;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Range checks by arithmetic (no `Date`: this runs once per comment). */
function isValidTime(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return false;
  const leapDay = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  return day <= (DAYS_IN_MONTH[month - 1] ?? 31) + leapDay;
}

function fromUnixSeconds(seconds: number): string | undefined {
  if (!Number.isFinite(seconds) || seconds < 0) return undefined;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
