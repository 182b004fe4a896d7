import { FieldResolver, Resolver, Root } from 'type-graphql';
import { OrganizationType } from '../communities/index.js';
import { MeetingKind } from './meeting.entity.js';
import { CONVENERS } from './meeting.policy.js';

/** What the meetings module adds to an organization: the kinds of meeting it convenes. */
@Resolver(() => OrganizationType)
export class OrganizationConvenerResolver {
  @FieldResolver(() => [MeetingKind], {
    description: 'The kinds of meeting it convenes (scheduleMeeting accepts it as their convener), in the order to offer them; none for organizations that convene none. Whether the viewer may: `viewerCan` SCHEDULE_MEETING.',
  })
  convenes(@Root() o: OrganizationType): MeetingKind[] {
    return o.entity.community ? Object.values(MeetingKind).filter((kind) => CONVENERS[kind].includes(o.kind)) : [];
  }
}
