import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, parse, visit, type ASTNode, type DocumentNode, type GraphQLSchema, type ParseOptions } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE } from '../core/pagination.js';

/**
 * The limits every operation meets, over HTTP and WebSocket alike. graphql-armor's rules plug into
 * Apollo's HTTP path only; the socket path (ws.ts) applies the same rules and token limit itself.
 */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxCost: 10_000,
  maxTokens: 3_000,
} as const;

/**
 * The token limit, counted by graphql-js's own parser (as armor's MaxTokensParserWLexer counts):
 * Apollo's `parseOptions` and the socket's parse. Over the limit is a plain syntax error, 400
 * GRAPHQL_PARSE_FAILED.
 */
export const PARSE_OPTIONS: ParseOptions = { maxTokens: LIMITS.maxTokens };

export function createArmor(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Armor's cost multiplies by a literal `first` only: `first: $n` would count as 1. operationCost
    // below counts with the variables' values, on both transports.
    costLimit: { enabled: false, maxCost: LIMITS.maxCost },
    // Armor's Apollo plugin parses again in `parsingDidStart`, where a throw is an unexpected error:
    // every syntax error (and the limit itself) came back as a 500. PARSE_OPTIONS sets the limit instead.
    maxTokens: { enabled: false, n: LIMITS.maxTokens },
    // Armor's mask misses "Did you mean the enum value …?" and works on HTTP only: see hideSuggestions.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // Armor's plugins are typed against the CommonJS build of @apollo/server: the same plugin, another declaration.
  const hidden = (production ? [hideSuggestionsPlugin()] : []) as unknown as typeof armor.plugins;
  return { ...armor, plugins: [...armor.plugins, ...hidden] };
}

/** Drops graphql-js's "Did you mean …?" hints, which tell the schema when introspection is off. */
export function hideSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/** Apollo plugin for production: no error message suggests a field, argument, type or enum value. */
export function hideSuggestionsPlugin(): ApolloServerPlugin {
  return {
    // Apollo's hooks return promises; these do no I/O, so they return settled ones.
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors }) {
          for (const error of errors) error.message = hideSuggestions(error.message);
          return Promise.resolve();
        },
      });
    },
  };
}

export type Protection = ReturnType<typeof createArmor>;

/** Parses with the token limit, as the HTTP path does. */
export function parseWithLimits(query: string): DocumentNode {
  return parse(query, PARSE_OPTIONS);
}

/**
 * Every field costs 1; a page costs its size (`first`, from a literal or a variable; the default
 * page when omitted) times its selection. So nested pages multiply, as they do in the database.
 */
const pageEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const paged = field.args.some((a) => a.name === 'first');
  const size = typeof args.first === 'number' ? Math.max(0, args.first) : paged ? DEFAULT_PAGE : 1;
  return 1 + childComplexity * size;
};

/**
 * Whether a document's cost can depend on its variables: a `first` given by a variable (the only
 * argument pageEstimator reads), or a `@skip`/`@include` given by one. Known once per document.
 */
const readsVariables = new WeakMap<DocumentNode, boolean>();
function costReadsVariables(document: DocumentNode): boolean {
  let reads = readsVariables.get(document);
  if (reads === undefined) {
    let found = false;
    const hasVariable = (node: ASTNode) => {
      let seen = false;
      visit(node, { Variable: () => void (seen = true) });
      return seen;
    };
    visit(document, {
      Argument: (node) => {
        if (node.name.value === 'first' && hasVariable(node)) found = true;
      },
      Directive: (node) => {
        if ((node.name.value === 'skip' || node.name.value === 'include') && hasVariable(node)) found = true;
      },
    });
    readsVariables.set(document, (reads = found));
  }
  return reads;
}

/** Costs within the limit of documents whose cost does not depend on their variables, per operation name. */
const knownCosts = new WeakMap<DocumentNode, Map<string, number>>();

/**
 * The cost of the operation that will run, with its variables; null when it cannot be computed
 * (then execution reports the problem). A list read with `$communityId` and a literal `first`
 * costs the same whatever the community: its cost within the limit is remembered with the
 * document (which Apollo's document cache keeps for the same text), and not walked again. Only
 * a computed cost is remembered, so variables that do not coerce still go on to execution.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number | null {
  const name = operationName ?? '';
  const known = knownCosts.get(document)?.get(name);
  if (known !== undefined) return known;
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: [pageEstimator] });
  } catch {
    return null;
  }
  if (cost <= LIMITS.maxCost && !costReadsVariables(document)) {
    let byName = knownCosts.get(document);
    if (!byName) knownCosts.set(document, (byName = new Map<string, number>()));
    byName.set(name, cost);
  }
  return cost;
}

/** The refusal of an operation over the cost limit: the same on HTTP (400) and WebSocket. */
export function costError(cost: number): GraphQLError {
  return new GraphQLError(`Query cost ${Math.ceil(cost)} exceeds the limit of ${LIMITS.maxCost}: ask for smaller pages or fewer fields`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost: Math.ceil(cost), maxCost: LIMITS.maxCost, http: { status: 400 } },
  });
}

/** Apollo plugin: refuses an operation over the cost limit once its variables are known. */
export function costLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    // Apollo's hooks return promises; these do no I/O, so they return settled ones.
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          const cost = operationCost(schema, document, request.variables, request.operationName);
          return cost !== null && cost > LIMITS.maxCost ? Promise.reject(costError(cost)) : Promise.resolve();
        },
      });
    },
  };
}
