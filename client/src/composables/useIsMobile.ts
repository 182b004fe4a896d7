import { onScopeDispose, ref } from 'vue';

/** True below the desktop breakpoint (a phone is 390 px wide): compact header and a drawer. */
export function useIsMobile(query = '(max-width: 767px)') {
  const media = window.matchMedia(query);
  const isMobile = ref(media.matches);
  const update = (event: MediaQueryListEvent) => (isMobile.value = event.matches);
  media.addEventListener('change', update);
  onScopeDispose(() => media.removeEventListener('change', update));
  return isMobile;
}
