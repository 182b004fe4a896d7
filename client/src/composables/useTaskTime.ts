import { useI18n } from 'vue-i18n';

const DAY = { month: 'short', day: 'numeric' } as const;
const WEEKDAY = { weekday: 'short' } as const;
const TIME = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

/** The time of a task in the current locale: "6月14日 周六 09:00 – 11:30", the end's day only when it differs. */
export function useTaskTime() {
  const { t, locale } = useI18n();

  function sameDay(a: Date, b: Date): boolean {
    return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
  }

  /** "11月29日 周六 09:00" / "Nov 29 Sat 09:00": day, weekday and time apart, which reads well in both locales. */
  function when(iso: string): string {
    const date = new Date(iso);
    const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale.value, options).format(date);
    return `${part(DAY)} ${part(WEEKDAY)} ${part(TIME)}`;
  }

  function clock(iso: string): string {
    return new Intl.DateTimeFormat(locale.value, TIME).format(new Date(iso));
  }

  function range(startsAt: string, endsAt: string): string {
    const start = new Date(startsAt);
    const end = new Date(endsAt);
    return t('volunteers.timeRange', { start: when(startsAt), end: sameDay(start, end) ? clock(endsAt) : when(endsAt) });
  }

  /** Hours as people write them: 2, 2.5, 1.25. */
  function hours(value: number | null | undefined): string {
    return new Intl.NumberFormat(locale.value, { maximumFractionDigits: 2 }).format(value ?? 0);
  }

  return { when, clock, range, hours };
}
