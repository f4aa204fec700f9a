import { describe, expect, it } from 'vitest';
import { describeWeek, isOpen, nextOpening } from '../../src/domain/business-hours.js';

const madrid = {
  timezone: 'Europe/Madrid',
  'mon-fri': '09:00-18:00',
  sat: '10:00-14:00',
  holidays: ['2026-12-25'],
};

describe('business hours', () => {
  it('is open within the hours and closed outside, in the configured zone', () => {
    expect(isOpen(madrid, new Date('2026-11-23T08:00:00Z'))).toBe(true); // Mon 09:00 in Madrid (UTC+1)
    expect(isOpen(madrid, new Date('2026-11-23T07:59:00Z'))).toBe(false);
    expect(isOpen(madrid, new Date('2026-11-23T17:00:00Z'))).toBe(false); // 18:00 is closing time
    expect(isOpen(madrid, new Date('2026-11-22T11:00:00Z'))).toBe(false); // Sunday
  });

  it('is closed on a holiday and opens on the next working day', () => {
    expect(isOpen(madrid, new Date('2026-12-25T10:00:00Z'))).toBe(false);
    expect(nextOpening(madrid, new Date('2026-12-24T18:00:00Z'))?.label).toBe('Saturday 10:00');
  });

  it('stays right on both sides of the spring DST change', () => {
    // 29 March 2026: clocks go from 02:00 to 03:00 in Madrid (UTC+1 -> UTC+2).
    expect(isOpen(madrid, new Date('2026-03-27T07:30:00Z'))).toBe(false); // Fri 08:30 CET
    expect(isOpen(madrid, new Date('2026-03-27T08:00:00Z'))).toBe(true); // Fri 09:00 CET
    expect(isOpen(madrid, new Date('2026-03-30T06:59:00Z'))).toBe(false); // Mon 08:59 CEST
    expect(isOpen(madrid, new Date('2026-03-30T07:00:00Z'))).toBe(true); // Mon 09:00 CEST
    expect(nextOpening(madrid, new Date('2026-03-28T13:00:00Z'))).toMatchObject({
      label: 'Monday 09:00',
      date: '2026-03-30',
    });
  });

  it('stays right on both sides of the autumn DST change', () => {
    // 25 October 2026: clocks go from 03:00 back to 02:00 in Madrid (UTC+2 -> UTC+1).
    expect(isOpen(madrid, new Date('2026-10-23T06:59:00Z'))).toBe(false); // Fri 08:59 CEST
    expect(isOpen(madrid, new Date('2026-10-23T07:00:00Z'))).toBe(true); // Fri 09:00 CEST
    expect(isOpen(madrid, new Date('2026-10-26T07:30:00Z'))).toBe(false); // Mon 08:30 CET
    expect(isOpen(madrid, new Date('2026-10-26T08:00:00Z'))).toBe(true); // Mon 09:00 CET
    expect(nextOpening(madrid, new Date('2026-10-24T13:00:00Z'))).toMatchObject({
      label: 'Monday 09:00',
      date: '2026-10-26',
    });
  });

  it('says when it opens next, today or on a later day', () => {
    expect(nextOpening(madrid, new Date('2026-11-23T07:00:00Z'))?.label).toBe('today 09:00');
    expect(nextOpening(madrid, new Date('2026-11-21T16:05:00Z'))?.label).toBe('Monday 09:00');
    expect(nextOpening(madrid, new Date('2026-11-23T10:00:00Z'))).toBeUndefined();
  });

  it('describes the week, merging days with the same hours', () => {
    expect(describeWeek(madrid)).toBe('Mon-Fri 09:00-18:00, Sat 10:00-14:00');
    expect(
      describeWeek({
        timezone: 'UTC',
        holidays: [],
        mon: '09:00-13:00, 14:00-18:00',
        wed: '09:00-12:00',
      }),
    ).toBe('Mon 09:00-13:00, 14:00-18:00, Wed 09:00-12:00');
  });
});
