import { Field, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from './graphql-enum.js';

export const UserErrorCode = defineEnum('UserErrorCode', 'Why a mutation did not do what was asked.', {
  INVALID: 'A value is not acceptable; `field` names it.',
  INVALID_CREDENTIALS: 'The email address and password do not match an active account.',
  TOO_MANY_ATTEMPTS: 'Too many failed attempts: wait before trying again.',
  NOT_FOUND: 'A record the input refers to does not exist or is not yours to use.',
  CONFLICT: 'The change conflicts with existing data (for example a duplicate).',
  STALE_VERSION: 'Someone else changed the record since you loaded it: reload and try again.',
});
export type UserErrorCode = EnumValue<typeof UserErrorCode>;

@ObjectType({ description: 'An expected reason a mutation changed nothing, to show to the person.' })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault, if one is.' })
  field!: string[] | null;

  @Field(() => UserErrorCode, { description: 'What kind of problem this is.' })
  code!: UserErrorCode;

  @Field(() => String, { description: 'What went wrong and what to do, in plain English.' })
  message!: string;
}

export const userError = (
  code: UserErrorCode,
  message: string,
  field: string[] | null = null,
): UserError => ({
  code,
  message,
  field,
});
