import { describe, expect, it } from 'vitest';
import { readTimestamp } from './timestamp.js';

describe('readTimestamp', () => {
  it('keeps ISO 8601 with its zone and fraction', () => {
    expect(readTimestamp('2021-03-17T12:09:47.722181Z')).toBe('2021-03-17T12:09:47.722181Z');
    expect(readTimestamp('2024-05-01T09:30:00+02:00')).toBe('2024-05-01T09:30:00+02:00');
  });

  it('reads a space-separated time as UTC when told so, else as zone-less local time', () => {
    expect(readTimestamp('2013-03-11 23:45:54', { assumeUtc: true })).toBe('2013-03-11T23:45:54Z');
    expect(readTimestamp('2013-03-11 23:45:54')).toBe('2013-03-11T23:45:54');
  });

  it('reads Unix seconds given as a number or digits', () => {
    expect(readTimestamp(1160423565)).toBe('2006-10-09T19:52:45.000Z');
    expect(readTimestamp('1458612345.0')).toBe('2016-03-22T02:05:45.000Z');
  });

  it('rejects impossible and garbled dates instead of rolling them over', () => {
    expect(readTimestamp('2011-x09-30T22:48:43Z')).toBeUndefined();
    expect(readTimestamp('2011-02-30T10:00:00Z')).toBeUndefined();
    expect(readTimestamp('2011-02-10T24:00:00Z')).toBeUndefined();
    expect(readTimestamp('0000-00-00 00:00:00')).toBeUndefined();
    expect(readTimestamp('3 years ago')).toBeUndefined();
  });
});

describe('readTimestamp dates without a time', () => {
  it('keeps a bare date as a date, range-checked', () => {
    expect(readTimestamp('2024-03-05')).toBe('2024-03-05');
    expect(readTimestamp('2024-03-05', { assumeUtc: true })).toBe('2024-03-05');
    expect(readTimestamp('2024-13-05')).toBeUndefined();
  });
});

describe('readTimestamp leap years', () => {
  it('accepts 29 February only in leap years', () => {
    expect(readTimestamp('2024-02-29T12:00:00Z')).toBe('2024-02-29T12:00:00Z');
    expect(readTimestamp('2000-02-29 12:00:00')).toBe('2000-02-29T12:00:00');
    expect(readTimestamp('2023-02-29T12:00:00Z')).toBeUndefined();
    expect(readTimestamp('1900-02-29T12:00:00Z')).toBeUndefined();
  });
});

describe('readTimestamp zones written by exports', () => {
  it('puts a T between date and time when the zone follows a space-separated time', () => {
    expect(readTimestamp('2013-03-11 23:45:54+01:00')).toBe('2013-03-11T23:45:54+01:00');
    expect(readTimestamp('2013-03-11 23:45:54 ')).toBe('2013-03-11T23:45:54');
    expect(readTimestamp('2019-07-04 18:30Z')).toBe('2019-07-04T18:30:00Z');
  });

  it('writes a lower-case z as Z', () => {
    expect(readTimestamp('2019-07-04t18:30:12z')).toBe('2019-07-04T18:30:12Z');
    expect(readTimestamp('2019-07-04T18:30:12.250z')).toBe('2019-07-04T18:30:12.250Z');
  });
});

describe('readTimestamp Unix times out of range', () => {
  it('rejects negative, infinite and out-of-range seconds', () => {
    expect(readTimestamp(-86_400)).toBeUndefined();
    expect(readTimestamp(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(readTimestamp(Number.NaN)).toBeUndefined();
    // Past 13 September 275760, the end of JavaScript dates.
    expect(readTimestamp(9e12)).toBeUndefined();
  });
});
