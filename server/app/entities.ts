// Every entity of every module: the one list the ORM, the migrations and the tests share.
import { accountEntities } from '../accounts/index.js';
import { communityEntities } from '../communities/index.js';
import { eventEntities } from '../events/index.js';
import { IdempotencyKey } from '../core/idempotency.entity.js';
import { volunteerEntities } from '../volunteers/index.js';
import { meetingEntities } from '../meetings/index.js';
import { issueEntities } from '../issues/index.js';
import { covenantEntities } from '../covenants/index.js';
import { disputeEntities } from '../disputes/index.js';
import { legalEntities } from '../legal/index.js';
import { regionEntities } from '../regions/index.js';
import { proposalEntities } from '../proposals/index.js';
import { gridEntities } from '../grids/index.js';
import { emergencyEntities } from '../emergencies/index.js';
import { attachmentEntities } from '../attachments/index.js';

export const entities = [
  ...accountEntities(),
  ...communityEntities(),
  ...eventEntities(),
  IdempotencyKey,
  ...issueEntities(),
  ...volunteerEntities(),
  ...meetingEntities(),
  ...covenantEntities(),
  ...disputeEntities(),
  ...legalEntities(),
  ...regionEntities(),
  ...proposalEntities(),
  ...gridEntities(),
  ...emergencyEntities(),
  ...attachmentEntities(),
];
