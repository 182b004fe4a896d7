import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize } from 'class-validator';
import { MAX_ITEMS } from '../../common/limits.js';

@InputType('MarkNotificationsReadInput', { description: 'Notifications of the viewer to mark read.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { description: `Notification IDs, at most ${MAX_ITEMS.notificationsMarked}.` })
  @ArrayMaxSize(MAX_ITEMS.notificationsMarked)
  ids!: string[];
}
