// Every entity of every module: the one list the ORM, the migrations and the tests share.
import { User } from '../accounts/user.entity.js';
import { Session } from '../accounts/session.entity.js';
import { PasswordResetCode } from '../accounts/reset-code.entity.js';
import { Community } from '../communities/community.entity.js';
import { Organization } from '../communities/organization.entity.js';
import { Membership } from '../communities/membership.entity.js';
import { Building } from '../communities/building.entity.js';
import { Unit } from '../communities/unit.entity.js';
import { Residency } from '../communities/residency.entity.js';
import { DomainEvent } from '../events/domain-event.entity.js';
import { Notification } from '../events/notification.entity.js';
import { IdempotencyKey } from '../core/idempotency.entity.js';
import { TaskClaim, Volunteer, VolunteerTask } from '../volunteers/volunteer.entity.js';
import { meetingEntities } from '../meetings/index.js';
import { Issue, IssueAssignment, IssueComment, IssueFollow, IssueRatingRecord, IssueSupport } from '../issues/issue.entity.js';
import { Covenant, CovenantAcknowledgement, CovenantComment, CovenantVersion } from '../covenants/covenant.entity.js';

export const entities = [
  User,
  Session,
  PasswordResetCode,
  Community,
  Organization,
  Membership,
  Building,
  Unit,
  Residency,
  DomainEvent,
  Notification,
  IdempotencyKey,
  Issue,
  IssueComment,
  IssueSupport,
  IssueFollow,
  IssueAssignment,
  IssueRatingRecord,
  Volunteer,
  VolunteerTask,
  TaskClaim,
  ...meetingEntities,
  Covenant,
  CovenantVersion,
  CovenantComment,
  CovenantAcknowledgement,
];
