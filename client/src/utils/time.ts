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

/*
 * Date pickers. naive-ui's pickers take and give epoch ms and show them on the browser's clock, so
 * a picker's value is not the moment meant: it is the browser-local timestamp whose local wall
 * clock reads what the community's clock reads at that moment. These two convert, both ways, in
 * this one place; forms keep picker values in their refs and convert on submit and when comparing
 * with now. `zone` is the community's and `localZone` the browser's (its own clock when omitted);
 * both are parameters so tests can pin them.
 */

/** Wall-clock reading in `zone` of a moment, encoded as if that reading were UTC. */
function wallClock(ms: number, zone: string): number {
  const seconds = Math.floor(ms / 1000) * 1000;
  const parts = zoneParts(zone).formatToParts(seconds);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'), part('second')) + (ms - seconds);
}

const partFormats = new Map<string, Intl.DateTimeFormat>();
function zoneParts(zone: string): Intl.DateTimeFormat {
  let format = partFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    partFormats.set(zone, format);
  }
  return format;
}

/**
 * The moment at which `zone`'s clock reads `wall` (a reading encoded as UTC). Two passes: the
 * offset is taken at a first guess, then again at the moment that guess gives, so a wall time just
 * past a DST change uses the offset in force then. A reading that a spring-forward skips lands on
 * the moment an hour later; one a fall-back repeats picks one of its two moments.
 */
function momentOfWall(wall: number, zone: string): number {
  const first = wall - (wallClock(wall, zone) - wall);
  return wall - (wallClock(first, zone) - first);
}

/** Wall-clock reading on the browser's clock (or `localZone`'s), encoded as UTC. */
function localWall(ms: number, localZone?: string): number {
  if (localZone) return wallClock(ms, localZone);
  const d = new Date(ms);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
}

/** The browser-local (or `localZone`) moment whose clock reads `wall` (a reading encoded as UTC). */
function localMoment(wall: number, localZone?: string): number {
  if (localZone) return momentOfWall(wall, localZone);
  const w = new Date(wall);
  const d = new Date(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds(), w.getUTCMilliseconds());
  d.setFullYear(w.getUTCFullYear()); // years 0–99 are not taken as 19xx
  return d.getTime();
}

const toMs = (value: string | number | Date) => (typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : value.getTime());

/** A moment (ISO string, epoch ms or Date) as a picker value: the picker shows the community's clock. */
export function toPickerValue(instant: string | number | Date, zone: string = COMMUNITY_TIME_ZONE, localZone?: string): number {
  return localMoment(wallClock(toMs(instant), zone), localZone);
}

/** The moment a picker value means: the community's clock reading what the picker shows. */
export function fromPickerValue(ms: number, zone: string = COMMUNITY_TIME_ZONE, localZone?: string): number {
  return momentOfWall(localWall(ms, localZone), zone);
}

/** A picker value as the ISO moment sent to the server. */
export function pickerValueToIso(ms: number): string {
  return new Date(fromPickerValue(ms)).toISOString();
}

/** The picker value showing `hour:minute` on the community's calendar day `daysAhead` days after now's. */
export function pickerValueAt(daysAhead: number, hour: number, minute = 0, now: number = Date.now()): number {
  const [year, month, day] = communityDate(now);
  return localMoment(Date.UTC(year, month - 1, day + daysAhead, hour, minute));
}

/**
 * For `is-date-disabled`: whether the community day a picker cell shows (`ts` is a moment in that
 * browser-local day) has already ended.
 */
export function pickerDayPast(ts: number, now: number = Date.now()): boolean {
  const day = new Date(localWall(ts));
  return communityMidnight(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate() + 1) <= now;
}

/** For `is-date-disabled`: whether the community day a picker cell shows begins after `limit`. */
export function pickerDayAfter(ts: number, limit: number): boolean {
  const day = new Date(localWall(ts));
  return communityMidnight(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()) > limit;
}
