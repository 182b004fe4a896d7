import { Field, ID, InputType, Int } from 'type-graphql';
import { MAX_VALUE } from '../../common/limits.js';

@InputType('SetMediationDaysInput', { description: "How many days a community gives mediation after acceptance (or escalation)." })
export class SetMediationDaysInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  // Checked by the service (BAD_USER_INPUT naming `days`), so that the rule is in one place.
  @Field(() => Int, { description: `1 to ${MAX_VALUE.dispute.mediationDays}; the default is 30.` })
  days!: number;
}
