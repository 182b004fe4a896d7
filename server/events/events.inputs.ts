import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize } from 'class-validator';

@InputType('MarkNotificationsReadInput', { description: 'Notifications of the viewer to mark read.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { description: 'Notification IDs, at most 500.' })
  @ArrayMaxSize(500)
  ids!: string[];
}
