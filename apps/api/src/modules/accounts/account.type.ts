import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** GraphQL names the domain's roles in capitals; the values are the domain's. */
export enum RoleValue {
  APPLICANT = 'applicant',
  SCHOOL_COORDINATOR = 'school_coordinator',
  MENTOR = 'mentor',
  UNIVERSITY_COORDINATOR = 'university_coordinator',
  OFFICE_STAFF = 'office_staff',
  ANALYST = 'analyst',
  ADMIN = 'admin',
}
registerEnumType(RoleValue, { name: 'Role', description: 'A role of RULES.md\'s actors; an account may hold several' });

export enum AccountStatusValue {
  UNVERIFIED = 'unverified',
  ACTIVE = 'active',
  DISABLED = 'disabled',
}
registerEnumType(AccountStatusValue, { name: 'AccountStatus' });

@ObjectType('RoleGrant', { simpleResolvers: true, description: 'A role, bound to a school, mentor or university where the role is bound' })
export class RoleGrantType {
  @Field(() => RoleValue)
  role!: RoleValue;

  @Field(() => ID, { nullable: true })
  scopeId!: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the school, mentor or university' })
  scopeName!: string | null;
}

@ObjectType('GuardianConsent', { simpleResolvers: true, description: 'R-CONSENT-1' })
export class GuardianConsentType {
  @Field(() => String)
  dateOfBirth!: string;

  @Field(() => String)
  guardianName!: string;

  @Field(() => String, { description: 'Masked, e.g. 138****5678' })
  guardianPhone!: string;

  @Field(() => String)
  consentVersion!: string;

  @Field(() => DateTimeISOResolver)
  consentedAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Issue 23: when the guardian withdrew it; null while it is in force' })
  withdrawnAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether the applicant is under 18 today, so this consent is required' })
  required!: boolean;
}

@ObjectType('Me', { description: 'The signed-in account, as its owner sees it' })
export class MeType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => AccountStatusValue)
  status!: AccountStatusValue;

  @Field(() => [RoleGrantType])
  roles!: RoleGrantType[];

  @Field(() => GuardianConsentType, { nullable: true })
  guardianConsent!: GuardianConsentType | null;
}

@ObjectType('SessionInfo', { simpleResolvers: true, description: 'A browser signed in to my account' })
export class SessionInfoType {
  @Field(() => ID)
  handle!: string;

  @Field(() => DateTimeISOResolver)
  createdAt!: Date;

  @Field(() => DateTimeISOResolver)
  lastSeenAt!: Date;

  @Field(() => DateTimeISOResolver)
  expiresAt!: Date;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  @Field(() => Boolean, { description: 'The session of this request' })
  current!: boolean;
}

@ObjectType('AccountRow', { simpleResolvers: true, description: 'An account in the admin list: contact details masked by the server' })
export class AccountRowType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Masked, e.g. z******n@example.com' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Masked, e.g. 138****5678' })
  phone!: string | null;

  @Field(() => AccountStatusValue)
  status!: AccountStatusValue;

  @Field(() => [RoleGrantType])
  roles!: RoleGrantType[];

  @Field(() => DateTimeISOResolver)
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  lastLoginAt!: Date | null;
}

@ObjectType('AccountPage', { simpleResolvers: true })
export class AccountPageType {
  @Field(() => [AccountRowType])
  rows!: AccountRowType[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('RevealedContact', { simpleResolvers: true, description: 'Full contact details, revealed for a stated reason (audited)' })
export class RevealedContactType {
  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;
}

@ObjectType('InvitationInfo', { simpleResolvers: true, description: 'What an invitation link offers, shown before it is accepted' })
export class InvitationInfoType {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [RoleGrantType])
  roles!: RoleGrantType[];

  @Field(() => DateTimeISOResolver)
  expiresAt!: Date;
}

@ObjectType('InvitationSent', { simpleResolvers: true })
export class InvitationSentType {
  @Field(() => String)
  email!: string;

  @Field(() => DateTimeISOResolver)
  expiresAt!: Date;
}

@ObjectType('ConsentText', { simpleResolvers: true, description: 'The guardian consent text in force' })
export class ConsentTextType {
  @Field(() => String)
  version!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType('CodeSent', { simpleResolvers: true, description: 'Where a one-time code went, masked' })
export class CodeSentType {
  @Field(() => String)
  sentTo!: string;
}

@ObjectType('PrivacyNoticeSection', { simpleResolvers: true })
export class PrivacyNoticeSectionType {
  @Field(() => String)
  heading!: string;

  @Field(() => String)
  body!: string;
}

@ObjectType('PrivacyNotice', { simpleResolvers: true, description: 'Issue 23: the rules under which personal information is handled (个人信息处理规则), in force' })
export class PrivacyNoticeType {
  @Field(() => String, { description: 'Send it back with register: the version the registrant read' })
  version!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [PrivacyNoticeSectionType])
  sections!: PrivacyNoticeSectionType[];
}
