import { useI18n } from 'vue-i18n';
import { formatInCommunity, sameCommunityDay } from '@/utils/time';

const DAY = { month: 'short', day: 'numeric' } as const;
const WEEKDAY = { weekday: 'short' } as const;
const TIME = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

/**
 * The time of a task in the current locale and the community's zone: "6月14日 周六 09:00 – 11:30",
 * the end's day only when it differs.
 */
export function useTaskTime() {
  const { t, locale } = useI18n();

  /** "11月29日 周六 09:00" / "Nov 29 Sat 09:00": day, weekday and time apart, which reads well in both locales. */
  function when(iso: string): string {
    const part = (options: Intl.DateTimeFormatOptions) => formatInCommunity(iso, locale.value, options);
    return `${part(DAY)} ${part(WEEKDAY)} ${part(TIME)}`;
  }

  function clock(iso: string): string {
    return formatInCommunity(iso, locale.value, TIME);
  }

  function range(startsAt: string, endsAt: string): string {
    return t('volunteers.timeRange', { start: when(startsAt), end: sameCommunityDay(startsAt, endsAt) ? clock(endsAt) : when(endsAt) });
  }

  /** Hours as people write them: 2, 2.5, 1.25. */
  function hours(value: number | null | undefined): string {
    return new Intl.NumberFormat(locale.value, { maximumFractionDigits: 2 }).format(value ?? 0);
  }

  return { when, clock, range, hours };
}
