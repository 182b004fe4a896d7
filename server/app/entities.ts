// Every entity of every module: the one list the ORM, the migrations and the tests share.
import { accountEntities } from '../accounts/index.js';
import { communityEntities } from '../communities/index.js';
import { DomainEvent } from '../events/domain-event.entity.js';
import { Notification } from '../events/notification.entity.js';
import { IdempotencyKey } from '../core/idempotency.entity.js';
import { volunteerEntities } from '../volunteers/index.js';
import { meetingEntities } from '../meetings/index.js';
import { Issue, IssueAssignment, IssueComment, IssueFollow, IssueRatingRecord, IssueSupport } from '../issues/issue.entity.js';
import { covenantEntities } from '../covenants/index.js';
import { disputeEntities } from '../disputes/index.js';
import { legalEntities } from '../legal/index.js';

export const entities = [
  ...accountEntities(),
  ...communityEntities(),
  DomainEvent,
  Notification,
  IdempotencyKey,
  Issue,
  IssueComment,
  IssueSupport,
  IssueFollow,
  IssueAssignment,
  IssueRatingRecord,
  ...volunteerEntities(),
  ...meetingEntities,
  ...covenantEntities,
  ...disputeEntities(),
  ...legalEntities(),
];
