import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../core/context.js';
import { NodeInterface } from '../core/node.js';
import { parseGlobalId } from '../core/ids.js';

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, { nullable: true, description: 'Any object by its global ID; null when missing or not visible to the viewer.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
    const parsed = parseGlobalId(id);
    const load = parsed ? ctx.services.nodes[parsed.type] : undefined;
    return load && parsed ? load(ctx, parsed.key) : null;
  }
}
