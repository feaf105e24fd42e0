import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed SDL, never a live server: the schema file is the contract.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      // Apollo Client 4 masks fragments itself; codegen's masking would clash with it.
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        // A scalar added to the schema without a mapping here fails generation instead of becoming `unknown`.
        strictScalars: true,
        scalars: {
          LocalDate: 'string',
          Date: 'string',
          DateTime: 'string',
          JSONObject: '{ [key: string]: unknown }',
        },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
