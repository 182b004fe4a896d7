import { Field, InputType, ObjectType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { MAX_LENGTH, MOBILE_PHONE, NOT_BLANK, PASSWORD_LENGTH } from '../../common/limits.js';
import { UserType } from './user.type.js';

const { min: PW_MIN, max: PW_MAX } = PASSWORD_LENGTH;
const NEW_PASSWORD = `${PW_MIN} to ${PW_MAX} characters; not the phone number, nor one of the most common or easily guessed passwords (zxcvbn score 2 or more).`;

@InputType('SignUpInput', { description: 'A new account, signed in at once.' })
export class SignUpInput {
  @Field({ description: 'Mainland mobile number, 11 digits: the sign-in name.' })
  @Matches(MOBILE_PHONE, { message: 'must be an 11-digit mobile number' })
  phone!: string;

  @Field({ description: NEW_PASSWORD })
  @Length(PW_MIN, PW_MAX, { message: `must be ${PW_MIN} to ${PW_MAX} characters` })
  password!: string;

  @Field({ description: `Display name, 1 to ${MAX_LENGTH.account.name} characters.` })
  @Length(1, MAX_LENGTH.account.name, { message: `must be 1 to ${MAX_LENGTH.account.name} characters` })
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The version of the privacy notice the person read and agreed to (`privacyNotice { version }`): what is collected (phone, name, flat) and why. Recorded on the account with the time; a version other than the current one is BAD_USER_INPUT on this field. Optional: without it the account is created with no consent recorded (`User.privacyConsent` is null), and the person must agree with `consentToPrivacyNotice` before using the product (the client asks at once).',
  })
  @IsOptional()
  @Length(1, MAX_LENGTH.account.privacyNoticeVersion, { message: `must be 1 to ${MAX_LENGTH.account.privacyNoticeVersion} characters` })
  privacyNoticeVersion?: string | null;
}

@InputType('SignInInput', { description: 'Phone and password.' })
export class SignInInput {
  @Field({ description: 'The mobile number signed up with.' })
  @Length(1, MAX_LENGTH.account.signInPhone, { message: `must be 1 to ${MAX_LENGTH.account.signInPhone} characters` })
  phone!: string;

  @Field({ description: 'The password.' })
  @Length(1, PW_MAX, { message: `must be 1 to ${PW_MAX} characters` })
  password!: string;
}

@ObjectType('AuthPayload', { description: 'A new session.' })
export class AuthPayload {
  @Field({ description: 'Session token: send it as `Authorization: Bearer <token>` or in `connectionParams`. Also set as an HttpOnly cookie.' })
  token!: string;

  @Field(() => UserType, { description: 'Who signed in.' })
  user!: UserType;
}

@InputType('ChangePasswordInput', { description: 'The current password and a new one.' })
export class ChangePasswordInput {
  @Field({ description: 'The current password.' })
  @Length(1, PW_MAX, { message: `must be 1 to ${PW_MAX} characters` })
  currentPassword!: string;

  @Field({ description: NEW_PASSWORD })
  @Length(PW_MIN, PW_MAX, { message: `must be ${PW_MIN} to ${PW_MAX} characters` })
  newPassword!: string;
}

@InputType('ResetPasswordInput', { description: "A new password with a one-time code from the residents' committee." })
export class ResetPasswordInput {
  @Field({ description: 'The mobile number of the account.' })
  @Matches(MOBILE_PHONE, { message: 'must be an 11-digit mobile number' })
  phone!: string;

  @Field({ description: 'The 8-digit code the committee member gave.' })
  @Matches(/^\d{8}$/, { message: 'must be 8 digits' })
  code!: string;

  @Field({ description: NEW_PASSWORD })
  @Length(PW_MIN, PW_MAX, { message: `must be ${PW_MIN} to ${PW_MAX} characters` })
  newPassword!: string;
}

@ObjectType('PasswordResetCode', { description: 'A one-time password reset code, shown once to the committee member who issued it.' })
export class PasswordResetCodeType {
  @Field({ description: 'Eight digits, to give the resident in person. Only its hash is kept.' })
  code!: string;

  @Field(() => GraphQLDateTime, { description: 'When it stops working (15 minutes after issue).' })
  expiresAt!: Date;

  @Field(() => UserType, { description: 'Whose password it resets.' })
  user!: UserType;
}

@ObjectType('PrivacyNotice', { description: 'The privacy notice every account must consent to (个人信息保护法).' })
export class PrivacyNoticeType {
  @Field({ description: 'Its current version: pass it as `SignUpInput.privacyNoticeVersion` or to `consentToPrivacyNotice`.' })
  version!: string;
}

@ObjectType('PrivacyConsent', { description: "A person's consent to the privacy notice." })
export class PrivacyConsentType {
  @Field({ description: 'The version of the notice agreed to; other than `privacyNotice { version }` when the notice changed since.' })
  version!: string;

  @Field(() => GraphQLDateTime, { description: 'When.' })
  at!: Date;
}
