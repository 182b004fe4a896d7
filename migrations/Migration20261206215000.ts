import { Migration } from '@mikro-orm/migrations';

/** A residency request the residents' committee declined, with who, when and why. */
export class Migration20261206215000 extends Migration {

  override up(): void {
    this.addSql(`alter table "residencies" add column "declined_at" timestamptz null, add column "declined_by_id" uuid null, add column "decline_reason" text null;`);
    this.addSql(`alter table "residencies" add constraint "residencies_declined_by_id_foreign" foreign key ("declined_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override down(): void {
    this.addSql(`alter table "residencies" drop constraint "residencies_declined_by_id_foreign";`);
    this.addSql(`alter table "residencies" drop column "declined_at", drop column "declined_by_id", drop column "decline_reason";`);
  }

}
