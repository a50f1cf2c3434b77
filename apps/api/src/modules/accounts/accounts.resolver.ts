import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { describeGrants, toAccountRows, toMe } from './account-views.js';
import { PageInput } from '../../graphql/page.js';
import { AcceptInvitationInput, AccountFilterInput, InviteStaffInput, RoleGrantInput } from './account.input.js';
import { AccountPageType, AccountRowType, InvitationInfoType, InvitationSentType, MeType, RevealedContactType } from './account.type.js';
import * as staff from './staff.service.js';
import { BindingTargetType, ScopeKindValue } from './binding-target.type.js';
import { listBindingTargets } from './binding-targets.js';

const grantsFromInput = (roles: RoleGrantInput[]) => roles.map((r) => ({ role: r.role, scopeId: r.scopeId ?? null }));

@Resolver()
export class AccountsResolver {
  @Authorized('account.list')
  @Query(() => AccountPageType, { description: 'Accounts, newest first; contact details masked' })
  async accounts(
    @Ctx() ctx: Context,
    @Arg('filter', () => AccountFilterInput, { nullable: true }) filter: AccountFilterInput | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
  ): Promise<AccountPageType> {
    const { rows, total } = await staff.listAccounts(ctx.em, filter ?? {}, page);
    return { rows: await toAccountRows(ctx.em, rows), total };
  }

  @Authorized('account.grant_roles')
  @Query(() => [BindingTargetType], { description: 'Schools, mentors or universities a role can be bound to' })
  bindingTargets(@Ctx() ctx: Context, @Arg('kind', () => ScopeKindValue) kind: ScopeKindValue): Promise<BindingTargetType[]> {
    return listBindingTargets(ctx.em, kind);
  }

  @Authorized('account.invite')
  @Mutation(() => InvitationSentType, { description: 'Sends a one-time link (72 h) that creates a staff account with these roles' })
  inviteStaff(@Ctx() ctx: Context, @Arg('input', () => InviteStaffInput) input: InviteStaffInput): Promise<InvitationSentType> {
    return staff.inviteStaff(ctx, { ...input, roles: grantsFromInput(input.roles) });
  }

  @Query(() => InvitationInfoType, { description: 'What an invitation link offers. Public: the token is the secret.' })
  async invitation(@Ctx() ctx: Context, @Arg('token', () => String) token: string): Promise<InvitationInfoType> {
    const invitation = await staff.openInvitation(ctx.em, token, ctx.now);
    return { ...invitation, roles: await describeGrants(ctx.em, invitation.grants) };
  }

  @Mutation(() => MeType, { description: 'Sets the password, creates the account and signs it in' })
  async acceptInvitation(@Ctx() ctx: Context, @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput): Promise<MeType> {
    return toMe(ctx.em, await staff.acceptInvitation(ctx, input), ctx.now);
  }

  @Authorized('account.disable')
  @Mutation(() => AccountRowType, { description: 'Disabling ends every session of the account' })
  async setAccountDisabled(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('disabled', () => Boolean) disabled: boolean,
    @Arg('reason', () => String) reason: string,
  ): Promise<AccountRowType> {
    const [row] = await toAccountRows(ctx.em, [await staff.setAccountDisabled(ctx, { accountId, disabled, reason })]);
    return row!;
  }

  @Authorized('account.grant_roles')
  @Mutation(() => AccountRowType, { description: 'Replaces the staff roles of an account (an applicant keeps their own)' })
  async setAccountRoles(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('roles', () => [RoleGrantInput]) roles: RoleGrantInput[],
  ): Promise<AccountRowType> {
    const [row] = await toAccountRows(ctx.em, [await staff.setAccountRoles(ctx, { accountId, roles: grantsFromInput(roles) })]);
    return row!;
  }

  @Authorized('account.reveal_contact')
  @Mutation(() => RevealedContactType, { description: 'The full e-mail and phone of an account, for a reason that is audited' })
  revealAccountContact(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<RevealedContactType> {
    return staff.revealContact(ctx, { accountId, reason });
  }
}
