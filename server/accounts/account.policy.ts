import type { Access } from '../core/access.js';

/** Who may see accounts and end their sessions. Pure functions over the viewer's `Access`. */
export const accountPolicy = {
  /** Platform admins list every account (name, masked phone, sessions) and revoke sessions. */
  canManage: (a: Access) => a.isAdmin,
  /** Ending one's own sessions is `signOut`; an admin cannot lock themselves out from here. */
  canRevokeSessionsOf: (a: Access, userId: string) => a.isAdmin && a.userId !== userId,
};
