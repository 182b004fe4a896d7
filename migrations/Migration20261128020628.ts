import { Migration } from '@mikro-orm/migrations';

export class Migration20261128020628 extends Migration {

  override up(): void {
    // Claim order for the waitlist (TaskClaim.seq).
    this.addSql(`create sequence "task_claims_seq";`);
    this.addSql(`create type "volunteer_task_status" as enum ('DRAFT', 'OPEN', 'FULL', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED');`);
    this.addSql(`create type "claim_status" as enum ('CLAIMED', 'WAITLISTED', 'CHECKED_IN', 'COMPLETED', 'WITHDRAWN', 'NO_SHOW');`);
    this.addSql(`create type "hours_status" as enum ('PENDING', 'VERIFIED', 'REJECTED');`);
    this.addSql(`create table "volunteers" ("id" uuid not null, "user_id" uuid not null, "station_id" uuid not null, "community_id" uuid not null, "is_party_member" boolean not null, "skills" text[] not null default '{}', "verified_hours" numeric(10,2) not null default 0, "points" int not null default 0, "created_at" timestamptz not null default now(), constraint "volunteers_pkey" primary key ("id"));`);
    this.addSql(`alter table "volunteers" add constraint "volunteers_user_id_unique" unique ("user_id");`);
    this.addSql(`create index "volunteers_station_id_index" on "volunteers" ("station_id");`);

    this.addSql(`create table "volunteer_tasks" ("id" uuid not null, "station_id" uuid not null, "community_id" uuid not null, "title" varchar(100) not null, "description" text not null, "skills" text[] not null default '{}', "location" varchar(200) null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "slots" int not null, "claimed_count" int not null default 0, "waitlist_count" int not null default 0, "status" "volunteer_task_status" not null default 'DRAFT', "source_issue_id" uuid null, "source_action_item_id" uuid null, "created_by_id" uuid not null, "cancel_reason" text null, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "volunteer_tasks_pkey" primary key ("id"));`);
    this.addSql(`create index "volunteer_tasks_community_id_starts_at_index" on "volunteer_tasks" ("community_id", "starts_at");`);

    this.addSql(`create table "task_claims" ("id" uuid not null, "seq" bigint not null default nextval('task_claims_seq'), "task_id" uuid not null, "volunteer_id" uuid not null, "status" "claim_status" not null, "claimed_at" timestamptz not null, "checked_in_at" timestamptz null, "checked_out_at" timestamptz null, "hours" numeric(6,2) null, "hours_status" "hours_status" null, "verified_by_id" uuid null, "verified_at" timestamptz null, "verify_note" text null, constraint "task_claims_pkey" primary key ("id"));`);
    this.addSql(`create index "task_claims_volunteer_id_index" on "task_claims" ("volunteer_id");`);
    this.addSql(`create index "task_claims_task_id_status_seq_index" on "task_claims" ("task_id", "status", "seq");`);
    this.addSql(`create unique index "task_claims_live_unique" on "task_claims" ("task_id", "volunteer_id") where "status" in ('CLAIMED', 'WAITLISTED', 'CHECKED_IN', 'COMPLETED');`);

    this.addSql(`alter table "volunteers" add constraint "volunteers_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "volunteers" add constraint "volunteers_station_id_foreign" foreign key ("station_id") references "organizations" ("id") on update cascade;`);
    this.addSql(`alter table "volunteers" add constraint "volunteers_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade;`);

    this.addSql(`alter table "volunteer_tasks" add constraint "volunteer_tasks_station_id_foreign" foreign key ("station_id") references "organizations" ("id") on update cascade;`);
    this.addSql(`alter table "volunteer_tasks" add constraint "volunteer_tasks_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade;`);
    this.addSql(`alter table "volunteer_tasks" add constraint "volunteer_tasks_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "task_claims" add constraint "task_claims_task_id_foreign" foreign key ("task_id") references "volunteer_tasks" ("id") on update cascade;`);
    this.addSql(`alter table "task_claims" add constraint "task_claims_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteers" ("id") on update cascade;`);
    this.addSql(`alter table "task_claims" add constraint "task_claims_verified_by_id_foreign" foreign key ("verified_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override down(): void {
    this.addSql(`alter table "task_claims" drop constraint "task_claims_volunteer_id_foreign";`);

    this.addSql(`alter table "task_claims" drop constraint "task_claims_task_id_foreign";`);

    this.addSql(`drop table if exists "volunteers" cascade;`);

    this.addSql(`drop table if exists "volunteer_tasks" cascade;`);

    this.addSql(`drop table if exists "task_claims" cascade;`);

    this.addSql(`drop type "volunteer_task_status";`);
    this.addSql(`drop type "claim_status";`);
    this.addSql(`drop type "hours_status";`);
    this.addSql(`drop sequence if exists "task_claims_seq";`);
  }

}
