import type { RouteLocationRaw } from 'vue-router';
import { useRouter } from 'vue-router';
import { eventTarget, type TargetableEvent } from '@/utils/eventTarget';

/**
 * `eventTarget` for this client's router: where an event leads, or null when that page is not
 * among the routes (a page only some builds have).
 */
export function useEventTarget() {
  const router = useRouter();
  return (event: TargetableEvent): RouteLocationRaw | null => {
    const target = eventTarget(event);
    if (target && typeof target === 'object' && 'name' in target && typeof target.name === 'string' && !router.hasRoute(target.name)) return null;
    return target;
  };
}
