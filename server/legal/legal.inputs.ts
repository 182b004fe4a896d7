import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { NOT_BLANK } from '../../common/limits.js';
import { LEGAL_MAX_LENGTH as L } from '../../common/legal-limits.js';
import { LegalSeatRole } from './legal.entity.js';

// ── seats ───────────────────────────────────────────────────────────────────────────────────

@InputType('AppointLegalSeatInput', { description: "Gives a person a seat of public legal services in a community (the community's administrators)." })
export class AppointLegalSeatInput {
  @Field(() => ID, { description: 'The community.' })
  communityId!: string;

  @Field(() => LegalSeatRole, { description: 'The seat.' })
  role!: LegalSeatRole;

  @Field(() => ID, { description: 'The person (a User).' })
  userId!: string;

  @Field(() => String, { nullable: true, description: `Office hours as written, 1 to ${L.officeHours} characters.` })
  @IsOptional()
  @Length(1, L.officeHours)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  officeHours?: string | null;

  @Field(() => String, { nullable: true, description: `An introduction, 1 to ${L.intro} characters.` })
  @IsOptional()
  @Length(1, L.intro)
  @Matches(NOT_BLANK.pattern, NOT_BLANK)
  intro?: string | null;
}

@InputType('UpdateLegalSeatInput', { description: 'What the directory shows of a seat (its holder, or the community\'s administrators). A field not given is kept; an empty string clears it.' })
export class UpdateLegalSeatInput {
  @Field(() => ID, { description: 'The seat.' })
  seatId!: string;

  @Field(() => String, { nullable: true, description: `Office hours as written, up to ${L.officeHours} characters.` })
  @IsOptional()
  @Length(0, L.officeHours)
  officeHours?: string | null;

  @Field(() => String, { nullable: true, description: `An introduction, up to ${L.intro} characters.` })
  @IsOptional()
  @Length(0, L.intro)
  intro?: string | null;
}

@InputType('LegalSeatRefInput', { description: 'A seat.' })
export class LegalSeatRefInput {
  @Field(() => ID, { description: 'The seat.' })
  seatId!: string;
}
