import { useI18n } from 'vue-i18n';
import { formatInCommunity } from '@/utils/time';
import { useNow } from './useNow';

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['minute', 60],
  ['hour', 3600],
  ['day', 86_400],
];

/** `relativeTime(iso)` → "3 分钟前" / "3 minutes ago", re-rendered as the clock ticks; `absoluteTime` for a tooltip. */
export function useRelativeTime() {
  const { t, locale } = useI18n();
  const now = useNow();

  function relativeTime(iso: string): string {
    const seconds = (new Date(iso).getTime() - now.value) / 1000;
    const ago = Math.abs(seconds);
    if (ago < 45) return t('common.justNow');
    if (ago >= 7 * 86_400) {
      return formatInCommunity(iso, locale.value, { month: 'short', day: 'numeric' });
    }
    const format = new Intl.RelativeTimeFormat(locale.value, { numeric: 'auto' });
    let [unit, size] = UNITS[0]!;
    for (const candidate of UNITS) if (ago >= candidate[1]) [unit, size] = candidate;
    return format.format(Math.round(seconds / size), unit);
  }

  /** The date and time in the community's zone (utils/time.ts), whatever the browser's. */
  function absoluteTime(iso: string): string {
    return formatInCommunity(iso, locale.value, { dateStyle: 'medium', timeStyle: 'short' });
  }

  return { relativeTime, absoluteTime };
}
