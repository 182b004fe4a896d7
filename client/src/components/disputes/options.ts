import { ENUM_VALUES } from '@common/enums';
import type { DisputeCategory, DisputePartyInput, DisputeReferral, DisputeRiskLevel, DisputeStatus, AgreementForm } from '@/gql/graphql';

/*
 * Display tables only. Who may take which step, and when, is the server's (`Dispute.viewerActions`,
 * `Community.viewerCan`): nothing here decides what to offer.
 */

/** Enum values in the order the forms and filters show them: common/enums.ts, typed as the schema's. */
export const DISPUTE_CATEGORIES: readonly DisputeCategory[] = ENUM_VALUES.DisputeCategory;
export const DISPUTE_RISK_LEVELS: readonly DisputeRiskLevel[] = ENUM_VALUES.DisputeRiskLevel;
export const DISPUTE_REFERRALS: readonly DisputeReferral[] = ENUM_VALUES.DisputeReferral;
export const AGREEMENT_FORMS: readonly AgreementForm[] = ENUM_VALUES.AgreementForm;

/** The desk's filters: statuses still on the way, or everything. */
export const OPEN_STATUSES: DisputeStatus[] = ['REGISTERED', 'ACCEPTED', 'MEDIATING', 'AGREED', 'FAILED'];

type TagType = 'default' | 'info' | 'success' | 'warning' | 'error' | 'primary';
export const DISPUTE_STATUS_TAG: Record<DisputeStatus, TagType> = {
  REGISTERED: 'warning',
  ACCEPTED: 'info',
  MEDIATING: 'info',
  AGREED: 'success',
  FULFILLED: 'success',
  BREACHED: 'error',
  FAILED: 'error',
  REFERRED: 'default',
  DECLINED: 'default',
};

/** The first 12 hex digits of the agreement's hash: enough to compare by eye. */
export const shortHash = (hash: string) => hash.slice(0, 12);

/** A party named by hand (`DisputePartyFields`): the name, and the phone only when given. */
export const partyInput = (name: string, phone: string): DisputePartyInput => ({ name: name.trim(), ...(phone.trim() ? { phone: phone.trim() } : {}) });
