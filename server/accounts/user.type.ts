import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import type { User } from './user.entity.js';

/** The public shape of a person: a name, never a phone number. */
@ObjectType('User', { implements: NodeInterface, description: 'A person with an account.' })
export class UserType extends NodeInterface {
  @Field({ description: 'Display name.' })
  name!: string;

  /** The storage row, for field resolvers; not part of the schema. */
  entity!: User;

  static from(user: User): UserType {
    return Object.assign(new UserType(), { id: toGlobalId('User', user.id), name: user.name, entity: user });
  }
}
