import { Field, ID, InterfaceType } from 'type-graphql';

/** Anything with a global ID that `node(id:)` resolves. */
@InterfaceType('Node', { description: 'An object with an opaque global ID; `node(id:)` resolves any of them.' })
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;
}
