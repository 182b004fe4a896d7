import 'reflect-metadata';
import { ArgumentValidationError, buildSchema } from 'type-graphql';
import { getMetadataStorage, validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { createPubSub } from '@graphql-yoga/subscription';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { NodeResolver } from './node.resolver.js';
import { accountResolvers } from '../accounts/index.js';
import { communityResolvers } from '../communities/index.js';
import { eventResolvers } from '../events/index.js';
import { issueResolvers } from '../issues/index.js';
import { meetingResolvers } from '../meetings/index.js';
import { volunteerResolvers } from '../volunteers/index.js';
import { covenantResolvers } from '../covenants/index.js';
import { disputeResolvers } from '../disputes/index.js';
import { legalResolvers } from '../legal/index.js';
import { regionResolvers } from '../regions/index.js';
import { proposalResolvers } from '../proposals/index.js';
import { gridResolvers } from '../grids/index.js';
import { emergencyResolvers } from '../emergencies/index.js';

export const resolvers = [
  NodeResolver,
  ...accountResolvers(),
  ...communityResolvers(),
  ...eventResolvers(),
  ...issueResolvers(),
  ...volunteerResolvers(),
  ...meetingResolvers(),
  ...covenantResolvers(),
  ...disputeResolvers(),
  ...legalResolvers(),
  ...regionResolvers(),
  ...proposalResolvers(),
  ...gridResolvers(),
  ...emergencyResolvers(),
] as const;

/** type-graphql's defaults for class-validator, with unknown values allowed (as before). */
const VALIDATOR: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };
const validatable = (v: unknown): v is object => v !== null && typeof v === 'object';

/**
 * Whether class-validator has any rule for the value's class (its own or inherited, in any group).
 * Without one it finds nothing to check (unknown values are allowed), yet it looked through every
 * class's rules on each call: for `comments(first: 1)` on each of a board's 50 issues. Known per
 * class once: the rules are decorators, all registered when the modules load.
 */
const ruled = new WeakMap<object, boolean>();
function constrained(value: unknown): value is object {
  if (!validatable(value)) return false;
  const type = (value as { constructor?: unknown }).constructor;
  if (typeof type !== 'function') return true;
  let has = ruled.get(type);
  if (has === undefined) {
    has = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    ruled.set(type, has);
  }
  return has;
}

/**
 * Whether type-graphql's validation of an argument would run class-validator (an object or array
 * of objects whose class has a rule): executor.ts's direct field calls send those calls through
 * type-graphql, and skip the validation of the others, which finds nothing to check.
 */
export function argumentNeedsValidation(value: unknown): boolean {
  if (!validatable(value)) return false;
  return Array.isArray(value) ? value.some(constrained) : constrained(value);
}

/**
 * What type-graphql does for every argument and input (class-validator on objects, nothing on
 * scalars), with class-validator imported once: its own validator awaits `import("class-validator")`
 * on every argument of every field, which went through the module loader each time (a third of
 * a 50-issue board's execution time under the TypeScript loader).
 */
async function validateArgument(value: unknown): Promise<void> {
  if (!validatable(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(constrained).map((v) => validateOrReject(v, VALIDATOR)));
    else if (constrained(value)) await validateOrReject(value, VALIDATOR);
  } catch (err) {
    throw new ArgumentValidationError(err as ValidationError[]);
  }
}

let cached: Promise<GraphQLSchema> | null = null;

/** The schema, built once per process (type-graphql's metadata is global). */
export function appSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: { forbidUnknownValues: false },
    validateFn: validateArgument,
    // type-graphql insists on a PubSub once any subscription exists. Ours never publish to it:
    // every subscription has its own `subscribe` that reads the event table (events/live.ts).
    pubSub: createPubSub(),
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql: sorted, so it changes only when the API does. */
export async function printAppSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await appSchema())) + '\n';
}
