import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { UserType } from '../accounts/index.js';
import { OrganizationType } from '../communities/index.js';
import { AttendanceAction, AttendanceType } from './meeting.types.js';
import { attendanceActions } from './meeting.actions.js';

/** One seat on a meeting's roll. */
@Resolver(() => AttendanceType)
export class AttendanceResolver {
  @FieldResolver(() => UserType, { description: 'Who sits in the seat (the proxy, when held by proxy).' })
  async user(@Root() a: AttendanceType): Promise<UserType> {
    return UserType.from(await a.entity.attendee.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: 'The organization the seat belongs to; none for invitees and owners.' })
  async organization(@Root() a: AttendanceType): Promise<OrganizationType | null> {
    return a.entity.organization ? OrganizationType.from(await a.entity.organization.loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Whose seat it is, when someone else holds it by proxy.' })
  async proxyFor(@Root() a: AttendanceType): Promise<UserType | null> {
    if (a.entity.principal.id === a.entity.attendee.id) return null;
    return UserType.from(await a.entity.principal.loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => [AttendanceAction], { description: 'The steps the viewer may take on this seat now (the policy and the state machine together): offer exactly these.' })
  async viewerActions(@Root() a: AttendanceType, @Ctx() ctx: Context): Promise<AttendanceAction[]> {
    return attendanceActions(ctx, a.entity, await a.entity.meeting.loadOrFail({ dataloader: true }));
  }
}
