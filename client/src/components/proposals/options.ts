import type { ProposalStatus } from '@/gql/graphql';

/** The tag colour of each status. */
export const PROPOSAL_STATUS_TAG: Record<ProposalStatus, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  OPEN: 'info',
  SUBMITTED: 'warning',
  ACCEPTED: 'success',
  DECLINED: 'error',
  WITHDRAWN: 'default',
};
