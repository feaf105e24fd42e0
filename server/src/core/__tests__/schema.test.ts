import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../schema.js';

function missingDescriptions(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (!roots.has(type as never) && !type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        if ('args' in field) {
          for (const arg of field.args)
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type))
      for (const value of type.getValues())
        if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('the GraphQL schema', () => {
  it('describes every type, field, argument and enum value', async () => {
    expect(missingDescriptions(await createSchema())).toEqual([]);
  });
});
