import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../core/pagination.js';
import { UserError } from '../../core/user-error.js';
import { Supplier } from './supplier.entity.js';

@ObjectType({ description: 'A page of suppliers.' })
export class SupplierConnection extends Connection(Supplier, 'Supplier', 'supplier') {}

@InputType({ description: 'Narrows the list of suppliers.' })
export class SupplierFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, or the Companies House number.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only SMEs (true) or only larger companies (false).' })
  sme?: boolean | null;
}

@ArgsType()
export class SuppliersArgs extends ConnectionArgs {
  @Field(() => SupplierFilter, { nullable: true, description: 'Conditions every listed supplier meets.' })
  filter?: SupplierFilter | null;
}

@InputType({ description: 'A supplier’s details.' })
export class SupplierInput {
  @Field(() => String, { description: 'Trading name.' })
  name!: string;

  @Field(() => String, {
    description: 'Companies House number: 8 digits, or 2 letters and 6 digits (e.g. SC123456).',
  })
  companiesHouseNumber!: string;

  @Field(() => Boolean, { description: 'Whether it is a small or medium-sized enterprise.' })
  sme!: boolean;

  @Field(() => String, { nullable: true, description: 'Website address (https://…).' })
  website?: string | null;
}

@InputType({ description: 'A new supplier.' })
export class CreateSupplierInput extends SupplierInput {}

@InputType({ description: 'A supplier’s details, edited.' })
export class UpdateSupplierInput extends SupplierInput {
  @Field(() => ID, { description: 'The supplier.' })
  id!: string;

  @Field(() => Int, { description: 'The `rowVersion` you loaded.' })
  expectedRowVersion!: number;
}

@ObjectType({ description: 'The supplier as saved, or why nothing was saved.' })
export class SupplierPayload {
  @Field(() => Supplier, { nullable: true, description: 'The supplier; null if nothing was saved.' })
  supplier!: Supplier | null;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The new supplier, or why nothing was saved.' })
export class CreateSupplierPayload extends SupplierPayload {}

@ObjectType({ description: 'The edited supplier, or why nothing was saved.' })
export class UpdateSupplierPayload extends SupplierPayload {}
