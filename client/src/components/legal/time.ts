import { useI18n } from 'vue-i18n';
import { formatInCommunity } from '@/utils/time';

/** The legal pages' times, on the community's clock (utils/time.ts): a day, a time of day, both. */
export function useLegalTime() {
  const { locale } = useI18n();
  return {
    day: (iso: string) => formatInCommunity(iso, locale.value, { month: 'short', day: 'numeric', weekday: 'short' }),
    clock: (iso: string) => formatInCommunity(iso, locale.value, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    at: (iso: string) => formatInCommunity(iso, locale.value, { dateStyle: 'medium', timeStyle: 'short' }),
  };
}
