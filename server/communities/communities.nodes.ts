import type { Context, NodeLoader } from '../core/context.js';
import { User, UserType } from '../accounts/index.js';
import { Community } from './community.entity.js';
import { Organization } from './organization.entity.js';
import { Building } from './building.entity.js';
import { BuildingType, CommunityType, OrganizationType } from './community.types.js';

const UUID = /^[0-9a-f-]{36}$/;

/** Loaders of this module's node types for `node(id:)`: the directory is visible to signed-in people. */
function signedIn<T>(load: (ctx: Context, key: string) => Promise<T | null>): NodeLoader {
  return async (ctx, key) => (ctx.userId && UUID.test(key) ? ((await load(ctx, key)) as object | null) : null);
}

export const communityNodes: Record<string, NodeLoader> = {
  User: signedIn(async (ctx, key) => {
    const u = await ctx.em.findOne(User, key);
    return u && UserType.from(u);
  }),
  Community: signedIn(async (ctx, key) => {
    const c = await ctx.em.findOne(Community, key);
    return c && CommunityType.from(c);
  }),
  Organization: signedIn(async (ctx, key) => {
    const o = await ctx.em.findOne(Organization, key);
    return o && OrganizationType.from(o);
  }),
  Building: signedIn(async (ctx, key) => {
    const b = await ctx.em.findOne(Building, key);
    return b && BuildingType.from(b);
  }),
};
