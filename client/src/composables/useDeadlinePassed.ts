import { onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';

/** setTimeout's ceiling (about 24.8 days): a later deadline is checked again when the page is next opened. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Whether a deadline (an ISO time) has passed by this screen's clock, turning true at the moment
 * it passes (a timer, not a polling clock). No deadline counts as passed.
 */
export function useDeadlinePassed(deadline: MaybeRefOrGetter<string | null | undefined>) {
  const passed = ref(true);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(
    () => toValue(deadline),
    (iso) => {
      clearTimeout(timer);
      const left = iso ? new Date(iso).getTime() - Date.now() : 0;
      passed.value = left <= 0;
      if (left > 0 && left < MAX_DELAY) timer = setTimeout(() => (passed.value = true), left + 50);
    },
    { immediate: true },
  );
  onScopeDispose(() => clearTimeout(timer));
  return passed;
}
