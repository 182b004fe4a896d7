import { Migration } from '@mikro-orm/migrations';

/**
 * Per-community dispute settings (issue 12, part 1): the days mediation has after acceptance,
 * 1 to 90 (no row: 30). One row per community, updated in place.
 */
export class Migration20261208000400 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "community_dispute_settings" (
      "community_id" uuid not null, "mediation_days" int not null, "updated_by_id" uuid not null, "updated_at" timestamptz not null,
      constraint "community_dispute_settings_pkey" primary key ("community_id"),
      constraint "community_dispute_settings_days_check" check ("mediation_days" between 1 and 90));`);
    this.addSql(`alter table "community_dispute_settings" add constraint "community_dispute_settings_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_dispute_settings" add constraint "community_dispute_settings_updated_by_id_foreign" foreign key ("updated_by_id") references "users" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "community_dispute_settings" cascade;`);
  }
}
