import { useI18n } from 'vue-i18n';
import { CombinedError } from '@urql/core';
import { useErrorText } from '@/composables/useErrorText';

/** One flat another record still refers to, as the server's UNIT_IN_USE / BUILDING_IN_USE names it. */
interface FlatInUse {
  building: string;
  number: string;
  residencies: number;
  issues: number;
  votes: number;
}

/** What an error's first GraphQL error says in `extensions` beyond its code. */
function extensionsOf(error: unknown): Record<string, unknown> {
  if (!(error instanceof CombinedError)) return {};
  return error.graphQLErrors[0]?.extensions ?? {};
}

/**
 * The administration's refusals in words: a coded `extensions.reason` (ROLE_NOT_OF_KIND,
 * SAME_ROLE, LAST_CHAIR, UNIT_IN_USE, BUILDING_IN_USE) as `admin.refusals.<reason>`, with what
 * still uses a flat or a building; any other error as useErrorText says it.
 */
export function useRefusalText() {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- vue-i18n's composer functions are closures: destructuring them is its documented use.
  const { t, te } = useI18n();
  const errorText = useErrorText();

  function uses(counts: { residencies?: number; issues?: number; votes?: number; screenings?: number }): string {
    return (['residencies', 'issues', 'votes', 'screenings'] as const)
      .filter((k) => (counts[k] ?? 0) > 0)
      .map((k) => t(`admin.refusals.uses.${k}`, { count: counts[k] }))
      .join(t('common.listSeparator'));
  }

  return function refusalText(error: unknown): string {
    const ext = extensionsOf(error);
    const reason = typeof ext.reason === 'string' ? ext.reason : null;
    if (!reason || !te(`admin.refusals.${reason}`)) return errorText(error);
    const flats = (Array.isArray(ext.inUse) ? (ext.inUse as FlatInUse[]) : []).map((f) => t('admin.refusals.flat', { flat: `${f.building} ${f.number}`, uses: uses(f) }));
    const building = (ext.buildingUse ?? {}) as { issues?: number; votes?: number; screenings?: number };
    return t(`admin.refusals.${reason}`, { flats: flats.join(t('admin.refusals.flatSeparator')), uses: uses(building) });
  };
}
