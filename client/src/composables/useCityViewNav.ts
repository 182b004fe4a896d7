import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useQuery } from '@urql/vue';
import type { MenuOption } from 'naive-ui';
import { CityViewRegionsDocument } from '@/gql/graphql';

/**
 * The navigation entry of the city view (城市大脑), on the server's word: shown when
 * `cityViewRegions` names a region the viewer may open (the staff of a township, county or city
 * governance center; platform admins).
 */
export function useCityViewNav() {
  const { t } = useI18n();
  const regions = useQuery({ query: CityViewRegionsDocument, requestPolicy: 'cache-and-network' });
  return computed<MenuOption[]>(() => ((regions.data.value?.cityViewRegions.length ?? 0) > 0 ? [{ key: '/city', label: t('nav.cityView') }] : []));
}
