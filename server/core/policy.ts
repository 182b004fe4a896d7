import { forbidden, unauthenticated } from './errors.js';
import type { Access } from './access.js';

/** The signed-in person's id, or UNAUTHENTICATED. */
export function requireUser(access: Access): string {
  if (!access.userId) throw unauthenticated();
  return access.userId;
}

/** FORBIDDEN unless the policy allowed it. Policies are pure: `authorize(issuePolicy.canDispatch(a, issue))`. */
export function authorize(allowed: boolean, message?: string): void {
  if (!allowed) throw forbidden(message);
}
