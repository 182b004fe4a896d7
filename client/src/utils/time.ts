/**
 * Times are shown in the community's time zone, whatever the browser's (a phone set to UTC, a
 * laptop abroad): 19:00 at the meeting is 19:00 on every screen. Communities carry no zone of their
 * own; every one is in China, so this is the one place that names it.
 */
export const COMMUNITY_TIME_ZONE = 'Asia/Shanghai';

const formats = new Map<string, Intl.DateTimeFormat>();

/** `Intl.DateTimeFormat` in the community's zone, cached per locale and options. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: COMMUNITY_TIME_ZONE });
    formats.set(key, format);
  }
  return format;
}

/** A moment (ISO string, epoch ms or Date) formatted in the community's zone. */
export function formatInCommunity(value: string | number | Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  return formatter(locale, options).format(typeof value === 'string' ? new Date(value) : value);
}

/** The community's calendar date of a moment: [year, month 1–12, day]. */
export function communityDate(value: string | number | Date): [number, number, number] {
  const parts = formatter('en-US', { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(typeof value === 'string' ? new Date(value) : value);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [part('year'), part('month'), part('day')];
}

/** Whether two moments fall on the same day in the community. */
export function sameCommunityDay(a: string | number | Date, b: string | number | Date): boolean {
  return communityDate(a).join('-') === communityDate(b).join('-');
}

/** The moment a community calendar day begins (midnight there), as epoch ms. */
export function communityMidnight(year: number, month: number, day: number): number {
  const guess = Date.UTC(year, month - 1, day);
  // The zone's offset at that moment: what the community's clock reads minus UTC.
  const parts = formatter('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(guess);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const offset = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) - guess;
  return guess - offset;
}
