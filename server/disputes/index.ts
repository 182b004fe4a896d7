// The disputes module's public surface (矛盾纠纷排查化解): what server/app and other modules may
// use. Anything not exported here is the module's own.
export { Dispute, DisputeParty, DisputeCategory, DisputePartyRole, DisputeReferral, DisputeRiskLevel, DisputeSource, DisputeStatus, PartyConsent } from './dispute.entity.js';
export { DisputeType, DisputePartyType, DisputeConnection } from './dispute.types.js';
export { DisputeAction, MediationSessionAction } from './dispute.actions.js';
export { disputePolicy, type DisputeFacts } from './dispute.policy.js';
export { MEDIATION_DAYS, isOverdue } from './dispute.state.js';
export { AgreementConfirmation, AgreementForm, ConfirmationMethod, MediationAgreement, MediationSession, MediationSessionStatus, SessionInvitee, SessionInviteeRole } from './mediation.entity.js';
export { AgreementConfirmationType, MediationAgreementType, MediationSessionType, SessionInviteeType } from './mediation.types.js';
export {
  AgreementConfirmationResolver,
  DisputePartyResolver,
  DisputeResolver,
  IssueDisputeResolver,
  MediationAgreementResolver,
  MediationSessionResolver,
  SessionInviteeResolver,
  disputeNodes,
  visibleDispute,
} from './disputes.resolver.js';
export * as disputeService from './disputes.service.js';
export * as mediationService from './mediation.service.js';
export * as consentService from './consent.service.js';
export { ScreeningRound } from './screening.entity.js';
export { ScreeningRoundType, ScreeningCoverageType } from './screening.types.js';
export { DisputeScreeningResolver, ScreeningRoundResolver, screeningNodes } from './screening.resolver.js';
export * as screeningService from './screening.service.js';
export { DisputeSettings } from './settings.entity.js';
export { DisputeSettingsType } from './settings.types.js';
export { CommunityDisputeSettingsResolver, DisputeSettingsResolver } from './settings.resolver.js';
export { mediationDaysOf } from './settings.service.js';
export { DisputeStatsResolver, DisputeStatsType, disputeStats, disputeStatsByGroup, noDisputes, regionDisputeStats } from './stats.js';

import { Dispute, DisputeParty } from './dispute.entity.js';
import { AgreementConfirmation, MediationAgreement, MediationSession, SessionInvitee } from './mediation.entity.js';
import { ScreeningRound } from './screening.entity.js';
import { DisputeScreeningResolver, ScreeningRoundResolver } from './screening.resolver.js';
import { DisputeSettings } from './settings.entity.js';
import { CommunityDisputeSettingsResolver, DisputeSettingsResolver } from './settings.resolver.js';
import { DisputeStatsResolver } from './stats.js';
import {
  AgreementConfirmationResolver,
  DisputePartyResolver,
  DisputeResolver,
  IssueDisputeResolver,
  MediationAgreementResolver,
  MediationSessionResolver,
  SessionInviteeResolver,
} from './disputes.resolver.js';

// Functions, as the other barrels' lists: the body reads nothing while an import cycle is still loading.
/** The module's entities, for the ORM's one list (server/app/entities.ts). */
export function disputeEntities() {
  return [Dispute, DisputeParty, MediationSession, SessionInvitee, MediationAgreement, AgreementConfirmation, ScreeningRound, DisputeSettings] as const;
}
/** The module's resolvers, for the schema (server/app/schema.ts); `Issue.dispute` included. */
export function disputeResolvers() {
  return [DisputeResolver, DisputePartyResolver, IssueDisputeResolver, MediationSessionResolver, SessionInviteeResolver, MediationAgreementResolver, AgreementConfirmationResolver, ScreeningRoundResolver, DisputeScreeningResolver, DisputeSettingsResolver, CommunityDisputeSettingsResolver, DisputeStatsResolver] as const;
}
