import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from './role.js';
import type { Context } from '../../core/context.js';
import {
  AddMembershipInput,
  AddMembershipPayload,
  CreateUserInput,
  CreateUserPayload,
  RemoveMembershipInput,
  RemoveMembershipPayload,
  SetUserActivePayload,
  UserConnection,
  UserIdInput,
  UsersArgs,
} from './admin.types.js';
import { AdminService } from './admin.service.js';
import { Membership } from './membership.entity.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class AdminResolver {
  @Authorized([Role.ADMIN])
  @Query(() => UserConnection, { description: 'Users, by name. ADMIN only.' })
  users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: Context) {
    return new AdminService(ctx).users(args);
  }

  @Authorized([Role.ADMIN])
  @Query(() => User, { nullable: true, description: 'One user by id; null if there is none. ADMIN only.' })
  user(@Arg('id', () => String, { description: 'The user’s id.' }) id: string, @Ctx() ctx: Context) {
    return new AdminService(ctx).user(id);
  }

  @Mutation(() => CreateUserPayload, {
    description: 'Creates a user, optionally with memberships. ADMIN only.',
  })
  createUser(
    @Arg('input', () => CreateUserInput, { description: 'The new user.' }) input: CreateUserInput,
    @Ctx() ctx: Context,
  ) {
    return new AdminService(ctx).createUser(input);
  }

  @Mutation(() => AddMembershipPayload, {
    description: 'Grants a user a role at an organisation. ADMIN only.',
  })
  addMembership(
    @Arg('input', () => AddMembershipInput, { description: 'The membership.' }) input: AddMembershipInput,
    @Ctx() ctx: Context,
  ) {
    return new AdminService(ctx).addMembership(input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => RemoveMembershipPayload, { description: 'Removes a membership. ADMIN only.' })
  removeMembership(
    @Arg('input', () => RemoveMembershipInput, { description: 'The membership.' })
    input: RemoveMembershipInput,
    @Ctx() ctx: Context,
  ) {
    return new AdminService(ctx).removeMembership(input.membershipId);
  }

  @Mutation(() => SetUserActivePayload, {
    description: 'Stops a user signing in and ends their sessions. ADMIN only.',
  })
  deactivateUser(
    @Arg('input', () => UserIdInput, { description: 'The user.' }) input: UserIdInput,
    @Ctx() ctx: Context,
  ) {
    return new AdminService(ctx).setActive(input.userId, false);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => SetUserActivePayload, { description: 'Lets a deactivated user sign in again. ADMIN only.' })
  reactivateUser(
    @Arg('input', () => UserIdInput, { description: 'The user.' }) input: UserIdInput,
    @Ctx() ctx: Context,
  ) {
    return new AdminService(ctx).setActive(input.userId, true);
  }

  @FieldResolver(() => [Membership], { description: 'Every membership the user holds.' })
  memberships(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.loaders.membershipsByUser.load(user.id);
  }
}
