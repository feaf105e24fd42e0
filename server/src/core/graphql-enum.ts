import { registerEnumType } from 'type-graphql';

/**
 * Declares an enum once for TypeScript, the database and GraphQL: every value with its description.
 * Use the result as a value (`OrganisationKind.TRUST`) and, with `EnumValue<typeof X>`, as a type.
 */
export function defineEnum<const K extends string>(
  name: string,
  description: string,
  values: Record<K, string>,
): { readonly [Key in K]: Key } {
  const enumObject = Object.fromEntries(Object.keys(values).map((key) => [key, key])) as { [Key in K]: Key };
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.entries(values).map(([key, text]) => [key, { description: text as string }]),
    ) as Record<K, { description: string }>,
  });
  return enumObject;
}

export type EnumValue<E> = E[keyof E];
