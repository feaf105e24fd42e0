import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../core/user-error.js';
import { Membership } from './membership.entity.js';
import { User } from './user.entity.js';

@ObjectType({ description: 'The signed-in user, what they may act as, and what they act as now.' })
export class Me {
  @Field(() => User, { description: 'The signed-in user.' })
  user!: User;

  @Field(() => [Membership], { description: 'Every membership the user holds.' })
  memberships!: Membership[];

  @Field(() => Membership, {
    nullable: true,
    description: 'The membership the user is acting in; null if they hold none.',
  })
  activeMembership!: Membership | null;
}

@InputType({ description: 'Credentials to sign in with.' })
export class SignInInput {
  @Field(() => String, { description: 'Email address (case is ignored).' })
  email!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;
}

@ObjectType({ description: 'The result of signing in.' })
export class SignInPayload {
  @Field(() => Me, { nullable: true, description: 'Who is now signed in; null if signing in failed.' })
  me!: Me | null;

  @Field(() => [UserError], { description: 'Why signing in failed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of signing out.' })
export class SignOutPayload {
  @Field(() => Boolean, { description: 'Whether a session was ended (false if there was none).' })
  signedOut!: boolean;

  @Field(() => [UserError], { description: 'Always empty: signing out cannot fail.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Which membership to act in.' })
export class SwitchMembershipInput {
  @Field(() => ID, { description: 'Id of one of your memberships.' })
  membershipId!: string;
}

@ObjectType({ description: 'The result of switching membership.' })
export class SwitchMembershipPayload {
  @Field(() => Me, {
    nullable: true,
    description: 'The signed-in user, now acting in the chosen membership.',
  })
  me!: Me | null;

  @Field(() => [UserError], { description: 'Why the switch failed; empty on success.' })
  userErrors!: UserError[];
}
