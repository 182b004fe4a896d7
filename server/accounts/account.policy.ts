import type { Access } from '../core/access.js';
import { adminPolicy } from '../communities/index.js';

/** Who may see accounts and end their sessions. Pure functions over the viewer's `Access`. */
export const accountPolicy = {
  /** Platform admins list every account (name, masked phone, sessions) and revoke sessions. */
  canManage: (a: Access) => a.isAdmin,
  /**
   * Whoever administers communities (the staff of a governance center above them) finds a person
   * to seat by their whole phone number, as the person tells it; browsing is for platform admins.
   */
  canFindByPhone: (a: Access) => adminPolicy.mayAdministerAny(a),
  /** Ending one's own sessions is `signOut`; an admin cannot lock themselves out from here. */
  canRevokeSessionsOf: (a: Access, userId: string) => a.isAdmin && a.userId !== userId,
};
