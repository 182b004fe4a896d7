import { Migration } from '@mikro-orm/migrations';

/**
 * Public legal services (issue 12, part 2), 法治大讲堂: lectures with a capacity (`lectures`; the
 * live registrations counted in `registered_count`, never above the capacity: a check) and the
 * registrations (`lecture_registrations`; one live one per person and lecture: a partial unique
 * index). server/legal/README.md has the rules.
 */
export class Migration20261208010300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "lecture_status" as enum ('SCHEDULED', 'CANCELLED');`);
    this.addSql(`create type "lecture_registration_status" as enum ('REGISTERED', 'CANCELLED', 'ATTENDED');`);
    this.addSql(`create table "lectures" (
      "id" uuid not null, "community_id" uuid not null, "organizer_id" uuid not null, "title" varchar(100) not null, "description" text not null,
      "speaker" varchar(100) not null, "location" varchar(200) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null,
      "capacity" int not null, "registered_count" int not null default 0, "status" "lecture_status" not null default 'SCHEDULED',
      "cancel_reason" text null, "created_by_id" uuid not null, "created_at" timestamptz not null, "version" int not null default 1,
      constraint "lectures_pkey" primary key ("id"),
      constraint "lectures_seats_check" check ("registered_count" >= 0 and "registered_count" <= "capacity"),
      constraint "lectures_ends_after_start_check" check ("ends_at" > "starts_at"));`);
    this.addSql(`create index "lectures_community_id_starts_at_index" on "lectures" ("community_id", "starts_at");`);
    this.addSql(`alter table "lectures" add constraint "lectures_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "lectures" add constraint "lectures_organizer_id_foreign" foreign key ("organizer_id") references "organizations" ("id") on update cascade;`);
    this.addSql(`alter table "lectures" add constraint "lectures_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`create table "lecture_registrations" (
      "id" uuid not null, "lecture_id" uuid not null, "user_id" uuid not null, "status" "lecture_registration_status" not null default 'REGISTERED',
      "registered_at" timestamptz not null, "cancelled_at" timestamptz null, "checked_in_at" timestamptz null, "checked_in_by_id" uuid null,
      constraint "lecture_registrations_pkey" primary key ("id"));`);
    this.addSql(`create unique index "lecture_registrations_live_unique" on "lecture_registrations" ("lecture_id", "user_id") where "status" <> 'CANCELLED';`);
    this.addSql(`create index "lecture_registrations_lecture_id_index" on "lecture_registrations" ("lecture_id");`);
    this.addSql(`create index "lecture_registrations_user_id_index" on "lecture_registrations" ("user_id");`);
    this.addSql(`alter table "lecture_registrations" add constraint "lecture_registrations_lecture_id_foreign" foreign key ("lecture_id") references "lectures" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "lecture_registrations" add constraint "lecture_registrations_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "lecture_registrations" add constraint "lecture_registrations_checked_in_by_id_foreign" foreign key ("checked_in_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lecture_registrations" cascade;`);
    this.addSql(`drop table if exists "lectures" cascade;`);
    this.addSql(`drop type "lecture_registration_status";`);
    this.addSql(`drop type "lecture_status";`);
  }
}
