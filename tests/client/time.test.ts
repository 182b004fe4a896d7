import { describe, expect, it } from 'vitest';
import { COMMUNITY_TIME_ZONE, communityDate, communityMidnight, formatInCommunity, sameCommunityDay } from '../../client/src/utils/time.js';

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
