import { describe, expect, it } from 'vitest';
import {
  COMMUNITY_TIME_ZONE,
  communityDate,
  communityMidnight,
  formatInCommunity,
  fromPickerValue,
  pickerDayAfter,
  pickerDayPast,
  pickerValueAt,
  pickerValueToIso,
  sameCommunityDay,
  toPickerValue,
} from '../../client/src/utils/time.js';

/**
 * Issue #9 item 11: times are shown in the community's zone whatever the process's or browser's.
 * 2026-12-06T11:30:00Z is 19:30 in 襄阳 (UTC+8), and 01:00 UTC is already the next day there.
 */
describe('times in the community’s zone', () => {
  it('is Asia/Shanghai, named in one place', () => {
    expect(COMMUNITY_TIME_ZONE).toBe('Asia/Shanghai');
  });

  it('formats a moment as the community’s clock reads it', () => {
    expect(formatInCommunity('2026-12-06T11:30:00Z', 'en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).toBe('19:30');
    expect(formatInCommunity('2026-12-06T17:00:00Z', 'zh-CN', { month: 'long', day: 'numeric' })).toBe('12月7日');
  });

  it('knows the community’s calendar day of a moment and where a day begins there', () => {
    expect(communityDate('2026-12-06T17:00:00Z')).toEqual([2026, 12, 7]);
    expect(sameCommunityDay('2026-12-06T15:59:00Z', '2026-12-06T16:01:00Z')).toBe(false);
    expect(sameCommunityDay('2026-12-06T16:01:00Z', '2026-12-07T15:59:00Z')).toBe(true);
    expect(new Date(communityMidnight(2026, 12, 7)).toISOString()).toBe('2026-12-06T16:00:00.000Z');
    // Day arithmetic past a month's end, as the dashboard's window does.
    expect(new Date(communityMidnight(2026, 12, 32)).toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });
});

/**
 * Date pickers show epoch ms on the browser's clock; a picker's value is the browser-local moment
 * whose clock reads the community's. The browser's zone is pinned through `localZone` (Node reads
 * TZ once, at startup), and the process's own clock is checked against its local wall reading.
 */
describe('date pickers on the community’s clock', () => {
  const iso = (ms: number) => new Date(ms).toISOString();
  /** The wall clock in `zone` of a moment, as "yyyy-MM-dd HH:mm". */
  const wall = (ms: number, zone: string) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);

  it('a browser on UTC: 09:00 picked is 09:00 in 襄阳 (01:00Z), and 01:00Z shows as 09:00', () => {
    const picked = Date.parse('2026-12-10T09:00:00Z'); // a UTC browser's 2026-12-10 09:00
    expect(iso(fromPickerValue(picked, 'Asia/Shanghai', 'UTC'))).toBe('2026-12-10T01:00:00.000Z');
    expect(iso(toPickerValue('2026-12-10T01:00:00Z', 'Asia/Shanghai', 'UTC'))).toBe('2026-12-10T09:00:00.000Z');
    // The community's day can differ from the browser's: 20:00Z on the 9th is 04:00 on the 10th.
    expect(wall(toPickerValue('2026-12-09T20:00:00Z', 'Asia/Shanghai', 'UTC'), 'UTC')).toBe('2026-12-10 04:00');
  });

  it('a browser in New York, across its DST change: still the community’s wall clock both ways', () => {
    for (const moment of ['2026-03-08T06:30:00Z', '2026-03-08T07:30:00Z', '2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z', '2026-07-01T12:34:56.789Z']) {
      const value = toPickerValue(moment, 'Asia/Shanghai', 'America/New_York');
      expect(wall(value, 'America/New_York')).toBe(wall(Date.parse(moment), 'Asia/Shanghai'));
      expect(iso(fromPickerValue(value, 'Asia/Shanghai', 'America/New_York'))).toBe(new Date(moment).toISOString());
    }
  });

  it('a community zone with DST converts through its offset at that wall time (two passes)', () => {
    // Berlin: 09:00 is 08:00Z in winter and 07:00Z in summer; a UTC browser picks 09:00 on each.
    expect(iso(fromPickerValue(Date.parse('2026-01-15T09:00:00Z'), 'Europe/Berlin', 'UTC'))).toBe('2026-01-15T08:00:00.000Z');
    expect(iso(fromPickerValue(Date.parse('2026-07-15T09:00:00Z'), 'Europe/Berlin', 'UTC'))).toBe('2026-07-15T07:00:00.000Z');
    // The day of the change (29 March, 02:00→03:00): 04:00 is after it, 01:00 before.
    expect(iso(fromPickerValue(Date.parse('2026-03-29T04:00:00Z'), 'Europe/Berlin', 'UTC'))).toBe('2026-03-29T02:00:00.000Z');
    expect(iso(fromPickerValue(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Berlin', 'UTC'))).toBe('2026-03-29T00:00:00.000Z');
    // Wall times either side of the fall-back (25 October, 03:00→02:00) round-trip; 02:30, which
    // happens twice, is one of its two moments.
    for (const moment of ['2026-10-24T23:30:00Z', '2026-10-25T02:30:00Z']) {
      expect(iso(fromPickerValue(toPickerValue(moment, 'Europe/Berlin', 'UTC'), 'Europe/Berlin', 'UTC'))).toBe(new Date(moment).toISOString());
    }
    expect(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']).toContain(iso(fromPickerValue(Date.parse('2026-10-25T02:30:00Z'), 'Europe/Berlin', 'UTC')));
  });

  it('on this process’s own clock: the picker value reads, locally, what 襄阳’s clock reads', () => {
    const moment = Date.parse('2026-12-10T01:00:00Z');
    const value = toPickerValue(moment);
    const d = new Date(value);
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 12, 10, 9, 0]);
    expect(fromPickerValue(value)).toBe(moment);
    expect(pickerValueToIso(new Date(2026, 11, 10, 9, 0).getTime())).toBe('2026-12-10T01:00:00.000Z');
  });

  it('defaults and disabled days follow the community’s calendar, not the browser’s', () => {
    // 20:00Z on 6 December is already 04:00 on the 7th in 襄阳: "tomorrow 19:00" is the 8th.
    const now = Date.parse('2026-12-06T20:00:00Z');
    const d = new Date(pickerValueAt(1, 19, 0, now));
    expect([d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()]).toEqual([12, 8, 19, 0]);
    expect(pickerValueToIso(pickerValueAt(1, 19, 0, now))).toBe('2026-12-08T11:00:00.000Z');
    // The picker's 6 December cell is a day that has ended in 襄阳; the 7th has not.
    expect(pickerDayPast(new Date(2026, 11, 6, 12).getTime(), now)).toBe(true);
    expect(pickerDayPast(new Date(2026, 11, 7, 0).getTime(), now)).toBe(false);
    expect(pickerDayAfter(new Date(2026, 11, 8, 12).getTime(), Date.parse('2026-12-07T16:00:00Z'))).toBe(false);
    expect(pickerDayAfter(new Date(2026, 11, 9, 12).getTime(), Date.parse('2026-12-07T16:00:00Z'))).toBe(true);
  });
});
