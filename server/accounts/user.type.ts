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

  /**
   * A stand-in for a person the viewer may not see (e.g. an issue's reporter who did not show their
   * name): no row behind it, so every field resolver of User answers nothing for it (no
   * memberships, residencies, volunteer or consent) and never queries by its id. Not in the schema.
   */
  redacted?: true;

  /** A stand-in: `id` resolves to nothing through `node(id:)`, `name` is what readers are shown. */
  static redactedAs(id: string, name: string): UserType {
    return Object.assign(new UserType(), { id, name, redacted: true as const });
  }

  static from(this: void, user: User): UserType {
    return Object.assign(new UserType(), { id: toGlobalId('User', user.id), name: user.name, entity: user });
  }

  /** From a row already read: `entity` is made (by `entity()`) only when a field resolver reads it. */
  static lazy(id: string, name: string, entity: () => User): UserType {
    let made: User | undefined;
    return Object.defineProperty(Object.assign(new UserType(), { id: toGlobalId('User', id), name }), 'entity', {
      configurable: true,
      enumerable: false,
      get: () => (made ??= entity()),
      set: (v: User) => void (made = v),
    });
  }
}
