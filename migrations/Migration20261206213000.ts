import { Migration } from '@mikro-orm/migrations';

/** Privacy consent on the account, and one-time password reset codes issued by a residents' committee. */
export class Migration20261206213000 extends Migration {

  override up(): void {
    this.addSql(`alter table "users" add column "privacy_consent_at" timestamptz null, add column "privacy_notice_version" varchar(20) null;`);

    this.addSql(`create table "password_reset_codes" ("id" uuid not null, "user_id" uuid not null, "community_id" uuid not null, "issued_by_id" uuid not null, "code_hash" text not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "used_at" timestamptz null, "failed_attempts" int not null default 0, constraint "password_reset_codes_pkey" primary key ("id"));`);
    this.addSql(`create index "password_reset_codes_user_id_expires_at_index" on "password_reset_codes" ("user_id", "expires_at");`);
    this.addSql(`alter table "password_reset_codes" add constraint "password_reset_codes_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "password_reset_codes" add constraint "password_reset_codes_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade;`);
    this.addSql(`alter table "password_reset_codes" add constraint "password_reset_codes_issued_by_id_foreign" foreign key ("issued_by_id") references "users" ("id") on update cascade;`);
  }

  override down(): void {
    this.addSql(`drop table if exists "password_reset_codes" cascade;`);
    this.addSql(`alter table "users" drop column "privacy_consent_at", drop column "privacy_notice_version";`);
  }

}
