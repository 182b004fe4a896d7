import { Migration } from '@mikro-orm/migrations';

/**
 * Issues: whether the reporter shows their name to every reader, and 网格员代登记 for a resident
 * with no account (their name, flat and a private contact number) until they claim it.
 */
export class Migration20261206215100 extends Migration {

  override up(): void {
    this.addSql(`alter table "issues" add column "reporter_named" boolean not null default false, add column "recorded_name" varchar(50) null, add column "recorded_unit_id" uuid null, add column "recorded_phone" varchar(20) null, add column "claimed_at" timestamptz null;`);
    this.addSql(`alter table "issues" add constraint "issues_recorded_unit_id_foreign" foreign key ("recorded_unit_id") references "units" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "issues_recorded_phone_index" on "issues" ("recorded_phone") where "recorded_phone" is not null and "claimed_at" is null;`);
  }

  override down(): void {
    this.addSql(`drop index "issues_recorded_phone_index";`);
    this.addSql(`alter table "issues" drop constraint "issues_recorded_unit_id_foreign";`);
    this.addSql(`alter table "issues" drop column "reporter_named", drop column "recorded_name", drop column "recorded_unit_id", drop column "recorded_phone", drop column "claimed_at";`);
  }

}
