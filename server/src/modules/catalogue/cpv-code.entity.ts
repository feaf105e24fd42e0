import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';

/** `48180000-3`: eight digits, a hyphen and the check digit. */
export const CPV_CODE = /^\d{8}-\d$/;

@ObjectType({
  description: 'A Common Procurement Vocabulary (CPV 2008) code from the ICT part of the vocabulary.',
})
@Entity({ tableName: 'cpv_code' })
export class CpvCode {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String, { description: 'The code with its check digit, e.g. 48180000-3.' })
  @PrimaryKey({ type: 'string', length: 10 })
  code!: string;

  @Field(() => String, { description: 'What the code covers, in English.' })
  @Property({ type: 'string', length: 300 })
  label!: string;
}
