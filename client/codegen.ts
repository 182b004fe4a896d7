import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the repository root: `npm run codegen`. The schema is the one the server emits
// (committed); the output (client/src/gql/) is generated and committed, never edited by hand.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['client/src/graphql/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: {
        // Documents are plain .graphql files and components read whole results: no fragment masking.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
