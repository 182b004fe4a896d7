/**
 * The accounts module's public surface: what server/app composes and what other modules may use.
 * Anything not exported here is the module's own. Files that other modules' classes reference
 * while they are defined (UserType in decorator metadata) come first: an import cycle through
 * this file then finds them already evaluated.
 */
export { UserType } from './user.type.js';
export { PRIVACY_NOTICE_VERSION } from './privacy.js';
export { User } from './user.entity.js';
export { Session } from './session.entity.js';
export { PasswordResetCode } from './reset-code.entity.js';
export { accountPolicy } from './account.policy.js';
/** The session on every request and socket (server/app/http.ts, ws.ts) and live subscription (events/live.ts). */
export { resolveRequestSession, resolveSession, sessionIsLive, tokenFrom } from './session.service.js';
/** For the demo data, which creates its accounts directly. */
export { hashPassword } from './accounts.service.js';

import { User } from './user.entity.js';
import { Session } from './session.entity.js';
import { PasswordResetCode } from './reset-code.entity.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountAdminResolver } from './admin.resolver.js';

// The lists are functions: this file's body reads nothing, so an import cycle that reaches it
// while one of the module's files is still loading finds nothing half-built. server/app calls
// them once every module has loaded.

/** The module's entities, for the ORM's one list (server/app/entities.ts). */
export function accountEntities() {
  return [User, Session, PasswordResetCode] as const;
}

/** The module's resolvers, for the schema (server/app/schema.ts). */
export function accountResolvers() {
  return [AccountsResolver, AccountAdminResolver] as const;
}
