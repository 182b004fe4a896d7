import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

@ObjectType('DisputeSettings', { description: "A community's dispute settings." })
export class DisputeSettingsType {
  @Field(() => Int, { description: 'Days mediation has after acceptance (the clock restarts with the same number on escalation): 1 to 90, 30 unless set.' })
  mediationDays!: number;

  @Field({ description: 'Never set: the default.' })
  isDefault!: boolean;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was last set.' })
  updatedAt!: Date | null;

  communityId!: string;
}
