import { Migration } from '@mikro-orm/migrations';

/**
 * Disputes (issue 12, part 1: 矛盾纠纷排查化解). The organization kind MEDIATION_COMMITTEE
 * (人民调解委员会); `disputes` with their parties (`dispute_parties`: a user by account, or an
 * outsider by name) and the per-community, per-year numbering (`dispute_numbers`, one row updated
 * in place, so two disputes never get one number). server/disputes/README.md has the rules.
 *
 * `add value` runs in the migration's transaction (PostgreSQL 12+); nothing here uses the value.
 */
export class Migration20261207130000 extends Migration {
  override up(): void {
    this.addSql(`alter type "organization_kind" add value if not exists 'MEDIATION_COMMITTEE';`);
    this.addSql(`create type "dispute_category" as enum ('NEIGHBOR', 'PROPERTY_SERVICE', 'MARRIAGE_FAMILY', 'LABOR_PAY', 'LAND_FOREST', 'CONSUMER', 'OTHER');`);
    this.addSql(`create type "dispute_source" as enum ('SCREENING', 'VISIT', 'ISSUE');`);
    this.addSql(`create type "dispute_risk_level" as enum ('GENERAL', 'SERIOUS', 'MAJOR');`);
    this.addSql(`create type "dispute_status" as enum ('REGISTERED', 'ACCEPTED', 'DECLINED', 'MEDIATING', 'AGREED', 'FAILED', 'REFERRED', 'FULFILLED', 'BREACHED');`);
    this.addSql(`create type "dispute_party_role" as enum ('APPLICANT', 'RESPONDENT');`);
    this.addSql(`create type "dispute_referral" as enum ('LITIGATION', 'ARBITRATION', 'PETITION');`);

    this.addSql(`create table "disputes" (
      "id" uuid not null, "community_id" uuid not null, "number" varchar(32) not null, "title" varchar(100) not null, "description" text not null,
      "category" "dispute_category" not null, "source" "dispute_source" not null, "risk_level" "dispute_risk_level" not null,
      "handling_level" "region_level" not null, "registered_level" "region_level" not null, "status" "dispute_status" not null,
      "issue_id" uuid null, "registered_by_id" uuid not null, "registered_at" timestamptz not null,
      "accepted_at" timestamptz null, "mediation_deadline" timestamptz null, "mediation_started_at" timestamptz null, "closed_at" timestamptz null,
      "decline_reason" text null, "outcome_note" text null, "referred_to" "dispute_referral" null, "referral_reason" text null,
      "followed_up_at" timestamptz null, "follow_up_note" text null, "escalation_count" int not null default 0, "last_escalation_reason" text null,
      "version" int not null default 1,
      constraint "disputes_pkey" primary key ("id"));`);
    this.addSql(`alter table "disputes" add constraint "disputes_community_id_number_unique" unique ("community_id", "number");`);
    this.addSql(`alter table "disputes" add constraint "disputes_issue_id_unique" unique ("issue_id");`);
    this.addSql(`create index "disputes_community_id_registered_at_index" on "disputes" ("community_id", "registered_at");`);
    // The overdue list: accepted and not settled, by deadline.
    this.addSql(`create index "disputes_clocked_index" on "disputes" ("community_id", "mediation_deadline") where "status" in ('ACCEPTED', 'MEDIATING');`);
    this.addSql(`alter table "disputes" add constraint "disputes_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade;`);
    this.addSql(`alter table "disputes" add constraint "disputes_issue_id_foreign" foreign key ("issue_id") references "issues" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "disputes" add constraint "disputes_registered_by_id_foreign" foreign key ("registered_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`create table "dispute_parties" (
      "id" uuid not null, "dispute_id" uuid not null, "role" "dispute_party_role" not null, "user_id" uuid null,
      "name" varchar(50) null, "phone" varchar(20) null, "position" int not null,
      constraint "dispute_parties_pkey" primary key ("id"),
      constraint "dispute_parties_who_check" check (("user_id" is null) <> ("name" is null)));`);
    this.addSql(`create index "dispute_parties_dispute_id_index" on "dispute_parties" ("dispute_id");`);
    this.addSql(`create index "dispute_parties_user_id_index" on "dispute_parties" ("user_id");`);
    this.addSql(`create unique index "dispute_parties_user_unique" on "dispute_parties" ("dispute_id", "user_id") where "user_id" is not null;`);
    this.addSql(`alter table "dispute_parties" add constraint "dispute_parties_dispute_id_foreign" foreign key ("dispute_id") references "disputes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "dispute_parties" add constraint "dispute_parties_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);

    this.addSql(`create table "dispute_numbers" ("community_id" uuid not null, "year" int not null, "last" int not null,
      constraint "dispute_numbers_pkey" primary key ("community_id", "year"));`);
    this.addSql(`alter table "dispute_numbers" add constraint "dispute_numbers_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade;`);
  }

  override down(): void {
    this.addSql(`drop table if exists "dispute_numbers" cascade;`);
    this.addSql(`drop table if exists "dispute_parties" cascade;`);
    this.addSql(`drop table if exists "disputes" cascade;`);
    this.addSql(`drop type "dispute_referral";`);
    this.addSql(`drop type "dispute_party_role";`);
    this.addSql(`drop type "dispute_status";`);
    this.addSql(`drop type "dispute_risk_level";`);
    this.addSql(`drop type "dispute_source";`);
    this.addSql(`drop type "dispute_category";`);
    // PostgreSQL cannot drop an enum value: MEDIATION_COMMITTEE stays in organization_kind.
  }
}
