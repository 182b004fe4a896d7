/**
 * The covenants module's public surface: what server/app and other modules may use. Importing
 * this file also registers the module's event handler (`resolution.closed`: a covenant version put
 * to the vote is adopted or rejected with its resolution), so the app imports it, not the files
 * behind it.
 */
import { onEvent } from '../events/index.js';
import { Covenant, CovenantAcknowledgement, CovenantComment, CovenantVersion } from './covenant.entity.js';
import { CovenantCommentResolver, CovenantCommunityResolver, CovenantLegalReviewResolver, CovenantResolver, CovenantVersionResolver } from './covenants.resolver.js';
import { onResolutionClosed } from './covenants.service.js';

export { Covenant, CovenantAcknowledgement, CovenantComment, CovenantKind, CovenantRejection, CovenantVersion, CovenantVersionStatus } from './covenant.entity.js';
export type { ArticleDraft } from './covenant.content.js';
export { covenantPolicy, type CovenantFacts } from './covenant.policy.js';
export { covenantNodes } from './covenants.resolver.js';
/** The steps, as the demo data plays them. */
export {
  acknowledgeCovenant,
  commentOnCovenant,
  draftCovenant,
  fileCovenant,
  openPublicComment,
  putCovenantToVote,
  recordLegalReview,
  repealCovenant,
  reviseCovenant,
  submitForLegalReview,
} from './covenants.service.js';

// The lists are functions, as the other barrels' (server/README.md, "Import cycles"): server/app
// calls them once every module has loaded.

/** The module's entities, for the ORM's one list (server/app/entities.ts). */
export function covenantEntities() {
  return [Covenant, CovenantVersion, CovenantComment, CovenantAcknowledgement] as const;
}

/** The module's resolvers, for the schema (server/app/schema.ts); Community.draftableCovenantKinds included. */
export function covenantResolvers() {
  return [CovenantResolver, CovenantVersionResolver, CovenantCommentResolver, CovenantLegalReviewResolver, CovenantCommunityResolver] as const;
}

onEvent('resolution.closed', onResolutionClosed);
