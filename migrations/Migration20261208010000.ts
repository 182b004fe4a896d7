import { Migration } from '@mikro-orm/migrations';

/**
 * Public legal services (issue 12, part 2), the seats: 一社区一民警一律师. `legal_seats`: a person
 * (by account) holding the POLICE_OFFICER or LEGAL_ADVISER seat of a community, with what the
 * directory shows (office hours as written, an introduction). server/legal/README.md has the rules.
 */
export class Migration20261208010000 extends Migration {
  override up(): void {
    this.addSql(`create type "legal_seat_role" as enum ('POLICE_OFFICER', 'LEGAL_ADVISER');`);
    this.addSql(`create table "legal_seats" (
      "id" uuid not null, "community_id" uuid not null, "role" "legal_seat_role" not null, "user_id" uuid not null,
      "office_hours" varchar(200) null, "intro" varchar(500) null, "appointed_by_id" uuid not null, "appointed_at" timestamptz not null,
      constraint "legal_seats_pkey" primary key ("id"));`);
    this.addSql(`alter table "legal_seats" add constraint "legal_seats_community_id_role_user_id_unique" unique ("community_id", "role", "user_id");`);
    this.addSql(`create index "legal_seats_user_id_index" on "legal_seats" ("user_id");`);
    this.addSql(`alter table "legal_seats" add constraint "legal_seats_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "legal_seats" add constraint "legal_seats_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "legal_seats" add constraint "legal_seats_appointed_by_id_foreign" foreign key ("appointed_by_id") references "users" ("id") on update cascade;`);
  }

  override down(): void {
    this.addSql(`drop table if exists "legal_seats" cascade;`);
    this.addSql(`drop type "legal_seat_role";`);
  }
}
