import { Field, InputType, ObjectType } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { UserType } from './user.type.js';

const PHONE = /^1[3-9]\d{9}$/;

@InputType('SignUpInput', { description: 'A new account, signed in at once.' })
export class SignUpInput {
  @Field({ description: 'Mainland mobile number, 11 digits: the sign-in name.' })
  @Matches(PHONE, { message: 'must be an 11-digit mobile number' })
  phone!: string;

  @Field({ description: '8 to 128 characters.' })
  @Length(8, 128, { message: 'must be 8 to 128 characters' })
  password!: string;

  @Field({ description: 'Display name, 1 to 50 characters.' })
  @Length(1, 50, { message: 'must be 1 to 50 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  name!: string;
}

@InputType('SignInInput', { description: 'Phone and password.' })
export class SignInInput {
  @Field({ description: 'The mobile number signed up with.' })
  @Length(1, 20, { message: 'must be 1 to 20 characters' })
  phone!: string;

  @Field({ description: 'The password.' })
  @Length(1, 128, { message: 'must be 1 to 128 characters' })
  password!: string;
}

@ObjectType('AuthPayload', { description: 'A new session.' })
export class AuthPayload {
  @Field({ description: 'Session token: send it as `Authorization: Bearer <token>` or in `connectionParams`. Also set as an HttpOnly cookie.' })
  token!: string;

  @Field(() => UserType, { description: 'Who signed in.' })
  user!: UserType;
}
