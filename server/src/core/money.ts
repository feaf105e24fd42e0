import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An amount of money: an exact decimal string and its currency. Never a float.' })
export class Money {
  @Field(() => String, {
    description: 'The amount as a decimal string, e.g. "1234.5600" (up to 4 decimal places).',
  })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 currency code; always GBP today.' })
  currency!: string;
}

/** A sterling amount as GraphQL shows it. */
export const gbp = (amount: string): Money => ({ amount, currency: 'GBP' });
