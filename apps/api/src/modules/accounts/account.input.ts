import { guardianConsentRequest, registerRequest, resetPasswordRequest, verifyContactRequest } from '@yingcai/domain/requests';
import { Field, ID, InputType } from 'type-graphql';
import { checkedBy } from '../../graphql/request-schemas.js';
import { AccountStatusValue, RoleValue } from './account.type.js';

@InputType()
@checkedBy(registerRequest)
export class RegisterInput {
  @Field(() => String, { description: 'An e-mail address or an 11-digit mainland mobile number' })
  contact!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { description: 'Issue 23: the version of the privacy notice (privacyNotice) the registrant read and accepts' })
  privacyNoticeVersion!: string;
}

@InputType()
@checkedBy(verifyContactRequest)
export class VerifyContactInput {
  @Field(() => String)
  contact!: string;

  @Field(() => String)
  code!: string;
}

@InputType()
export class LoginInput {
  @Field(() => String, { description: 'E-mail address or mobile number' })
  login!: string;

  @Field(() => String)
  password!: string;
}

@InputType()
@checkedBy(resetPasswordRequest)
export class ResetPasswordInput {
  @Field(() => String)
  contact!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String)
  newPassword!: string;
}

@InputType()
export class RoleGrantInput {
  @Field(() => RoleValue)
  role!: RoleValue;

  @Field(() => ID, { nullable: true, description: 'The school, mentor or university id for a bound role; the province (山西省) for the office' })
  scopeId?: string | null;
}

@InputType()
export class InviteStaffInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [RoleGrantInput])
  roles!: RoleGrantInput[];
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String)
  token!: string;

  @Field(() => String)
  password!: string;
}

@InputType()
export class AccountFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the name, e-mail or phone' })
  search?: string | null;

  @Field(() => RoleValue, { nullable: true })
  role?: RoleValue | null;

  @Field(() => AccountStatusValue, { nullable: true })
  status?: AccountStatusValue | null;
}

@InputType()
@checkedBy(guardianConsentRequest)
export class GuardianConsentInput {
  @Field(() => String, { description: 'The applicant\'s date of birth, YYYY-MM-DD' })
  dateOfBirth!: string;

  @Field(() => String)
  guardianName!: string;

  @Field(() => String)
  guardianPhone!: string;

  @Field(() => String, { description: 'The version of the text the guardian agreed to' })
  consentVersion!: string;

  @Field(() => String, { description: "Issue 23: the code sent to the guardian's phone (sendGuardianCode), as the guardian told it" })
  guardianCode!: string;
}
