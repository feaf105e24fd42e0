import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../core/context.js';
import { UserError } from '../../core/user-error.js';
import { ApiToken } from './api-token.entity.js';
import { ApiTokenService } from './api-token.service.js';
import { Me } from './identity.types.js';
import { Membership } from './membership.entity.js';

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What it is for, e.g. "Finance system".' })
  name!: string;

  @Field(() => ID, { description: 'Which of your memberships the token acts in.' })
  membershipId!: string;
}

@ObjectType({ description: 'The result of creating an API token.' })
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The token’s record; null if none was created.' })
  apiToken!: ApiToken | null;

  @Field(() => String, {
    nullable: true,
    description: 'The token itself, shown this once only: send it as `Authorization: Bearer <token>`.',
  })
  token!: string | null;

  @Field(() => [UserError], { description: 'Why no token was created; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'A token to revoke.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'The token’s id.' })
  id!: string;
}

@ObjectType({ description: 'The result of revoking an API token.' })
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The revoked token; null if nothing was revoked.' })
  apiToken!: ApiToken | null;

  @Field(() => [UserError], { description: 'Why nothing was revoked; empty on success.' })
  userErrors!: UserError[];
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized()
  @Mutation(() => CreateApiTokenPayload, { description: 'Creates an API token for one of your memberships.' })
  createApiToken(
    @Arg('input', () => CreateApiTokenInput, { description: 'The token.' }) input: CreateApiTokenInput,
    @Ctx() ctx: Context,
  ) {
    return new ApiTokenService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes a token at once. Yours, or any for ADMIN.' })
  revokeApiToken(
    @Arg('input', () => RevokeApiTokenInput, { description: 'The token.' }) input: RevokeApiTokenInput,
    @Ctx() ctx: Context,
  ) {
    return new ApiTokenService(ctx).revoke(input.id);
  }

  @FieldResolver(() => Membership, { description: 'The membership the token acts in.' })
  membership(@Root() apiToken: ApiToken) {
    return apiToken.membership.load();
  }
}

@Resolver(() => Me)
export class MeApiTokensResolver {
  @FieldResolver(() => [ApiToken], { description: 'Your API tokens, newest first, revoked ones included.' })
  apiTokens(@Ctx() ctx: Context) {
    return new ApiTokenService(ctx).mine();
  }
}
