import { Migration } from '@mikro-orm/migrations';

/**
 * The mediation agreement (issue 12, part 1: 人民调解协议书). One per dispute, numbered per
 * mediating organization and year (`mediation_agreement_numbers`: one row updated in place, so two
 * agreements never get one number); its text bound by hash; each party's confirmation once
 * (in the app, or recorded on paper or oral). server/disputes/README.md has the rules.
 */
export class Migration20261208000200 extends Migration {
  override up(): void {
    this.addSql(`create type "agreement_form" as enum ('WRITTEN', 'ORAL');`);
    this.addSql(`create type "confirmation_method" as enum ('APP', 'PAPER', 'ORAL');`);
    this.addSql(`create table "mediation_agreements" (
      "id" uuid not null, "dispute_id" uuid not null, "organization_id" uuid not null, "number" varchar(32) not null,
      "form" "agreement_form" not null, "terms" text not null, "text_hash" varchar(64) not null, "revision" int not null,
      "drafted_by_id" uuid not null, "drafted_at" timestamptz not null, "revised_at" timestamptz not null,
      "first_confirmed_at" timestamptz null, "signed_by_id" uuid null, "effective_at" timestamptz null,
      constraint "mediation_agreements_pkey" primary key ("id"));`);
    this.addSql(`alter table "mediation_agreements" add constraint "mediation_agreements_dispute_id_unique" unique ("dispute_id");`);
    this.addSql(`alter table "mediation_agreements" add constraint "mediation_agreements_organization_id_number_unique" unique ("organization_id", "number");`);
    this.addSql(`alter table "mediation_agreements" add constraint "mediation_agreements_dispute_id_foreign" foreign key ("dispute_id") references "disputes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mediation_agreements" add constraint "mediation_agreements_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade;`);
    this.addSql(`alter table "mediation_agreements" add constraint "mediation_agreements_drafted_by_id_foreign" foreign key ("drafted_by_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "mediation_agreements" add constraint "mediation_agreements_signed_by_id_foreign" foreign key ("signed_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "mediation_agreement_confirmations" (
      "id" uuid not null, "agreement_id" uuid not null, "party_id" uuid not null, "method" "confirmation_method" not null,
      "text_hash" varchar(64) not null, "confirmed_by_id" uuid not null, "confirmed_at" timestamptz not null,
      constraint "mediation_agreement_confirmations_pkey" primary key ("id"));`);
    this.addSql(`alter table "mediation_agreement_confirmations" add constraint "mediation_agreement_confirmations_agreement_id_party_id_unique" unique ("agreement_id", "party_id");`);
    this.addSql(`alter table "mediation_agreement_confirmations" add constraint "mediation_agreement_confirmations_agreement_id_foreign" foreign key ("agreement_id") references "mediation_agreements" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mediation_agreement_confirmations" add constraint "mediation_agreement_confirmations_party_id_foreign" foreign key ("party_id") references "dispute_parties" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mediation_agreement_confirmations" add constraint "mediation_agreement_confirmations_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`create table "mediation_agreement_numbers" ("organization_id" uuid not null, "year" int not null, "last" int not null,
      constraint "mediation_agreement_numbers_pkey" primary key ("organization_id", "year"));`);
    this.addSql(`alter table "mediation_agreement_numbers" add constraint "mediation_agreement_numbers_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
  }

  override down(): void {
    this.addSql(`drop table if exists "mediation_agreement_numbers" cascade;`);
    this.addSql(`drop table if exists "mediation_agreement_confirmations" cascade;`);
    this.addSql(`drop table if exists "mediation_agreements" cascade;`);
    this.addSql(`drop type "confirmation_method";`);
    this.addSql(`drop type "agreement_form";`);
  }
}
