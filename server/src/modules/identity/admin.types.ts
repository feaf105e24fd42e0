import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionArgs, Connection } from '../../core/pagination.js';
import { UserError } from '../../core/user-error.js';
import { Membership } from './membership.entity.js';
import { Role } from './role.js';
import { User } from './user.entity.js';

@ObjectType({ description: 'A page of users.' })
export class UserConnection extends Connection(User, 'User', 'user') {}

@InputType({ description: 'Narrows the list of users.' })
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or email address.' })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only active (true) or only deactivated (false) users.',
  })
  active?: boolean | null;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => UserFilter, { nullable: true, description: 'Conditions every listed user meets.' })
  filter?: UserFilter | null;
}

@InputType({ description: 'A role at an organisation.' })
export class MembershipInput {
  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The supplier, for SUPPLIER; none for every other role.' })
  supplierId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'ODS code of the organisation: a trust for trust roles, a central body for CENTRAL_COMMERCIAL; none for ADMIN.',
  })
  organisationOdsCode?: string | null;
}

@InputType({ description: 'A new user.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Email address; must not belong to another user.' })
  email!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { description: 'Initial password, at least 12 characters.' })
  password!: string;

  @Field(() => [MembershipInput], { nullable: true, description: 'Memberships to grant at once.' })
  memberships?: MembershipInput[] | null;
}

@ObjectType({ description: 'The result of creating a user.' })
export class CreateUserPayload {
  @Field(() => User, { nullable: true, description: 'The new user; null if nothing was created.' })
  user!: User | null;

  @Field(() => [UserError], { description: 'Why nothing was created; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'A membership to grant.' })
export class AddMembershipInput extends MembershipInput {
  @Field(() => ID, { description: 'The user to grant it to.' })
  userId!: string;
}

@ObjectType({ description: 'The result of granting a membership.' })
export class AddMembershipPayload {
  @Field(() => Membership, {
    nullable: true,
    description: 'The new membership; null if nothing was granted.',
  })
  membership!: Membership | null;

  @Field(() => [UserError], { description: 'Why nothing was granted; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'A membership to remove.' })
export class RemoveMembershipInput {
  @Field(() => ID, { description: 'The membership.' })
  membershipId!: string;
}

@ObjectType({ description: 'The result of removing a membership.' })
export class RemoveMembershipPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'Id of the removed membership; null if nothing was removed.',
  })
  removedMembershipId!: string | null;

  @Field(() => [UserError], { description: 'Why nothing was removed; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'A user whose access changes.' })
export class UserIdInput {
  @Field(() => ID, { description: 'The user.' })
  userId!: string;
}

@ObjectType({ description: 'The result of deactivating or reactivating a user.' })
export class SetUserActivePayload {
  @Field(() => User, { nullable: true, description: 'The user as now stored; null if nothing changed.' })
  user!: User | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
