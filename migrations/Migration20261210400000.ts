import { Migration } from '@mikro-orm/migrations';

/**
 * 应急管理 (issue 15): incidents declared by a governance center (its desk) for an area, their
 * timeline, one alert per person in the area (acknowledgement and answer: once per person, the
 * primary key), the register of vulnerable residents (重点人群) and each incident's roll call.
 */
export class Migration20261210400000 extends Migration {
  override up(): void {
    this.addSql(`create type "incident_kind" as enum ('RAINSTORM', 'FIRE', 'OUTAGE', 'GAS_LEAK', 'PUBLIC_HEALTH', 'OTHER');`);
    this.addSql(`create type "incident_level" as enum ('IV', 'III', 'II', 'I');`);
    this.addSql(`create type "incident_status" as enum ('DECLARED', 'RESPONDING', 'RECOVERING', 'CLOSED');`);
    this.addSql(`create type "incident_answer" as enum ('SAFE', 'NEED_HELP');`);
    this.addSql(`create type "vulnerable_category" as enum ('ELDERLY_ALONE', 'DISABLED', 'PREGNANT', 'SERIOUSLY_ILL');`);
    this.addSql(`create type "roll_call_status" as enum ('UNREACHED', 'SAFE', 'HELPED', 'MOVED');`);

    this.addSql(`create table "incidents" (
      "id" uuid not null, "desk_id" uuid not null, "community_id" uuid not null,
      "community_ids" uuid[] not null, "building_ids" uuid[] not null default '{}',
      "kind" "incident_kind" not null, "level" "incident_level" not null,
      "title" varchar(100) not null, "instructions" text not null,
      "status" "incident_status" not null default 'DECLARED', "alert_seq" int not null default 1, "alerted_count" int not null default 0,
      "declared_at" timestamptz not null, "declared_by_id" uuid not null, "closed_at" timestamptz null, "close_note" text null,
      constraint "incidents_pkey" primary key ("id"),
      constraint "incidents_area_check" check (cardinality("community_ids") >= 1 and (cardinality("building_ids") = 0 or cardinality("community_ids") = 1)),
      constraint "incidents_closed_check" check (("status" = 'CLOSED') = ("closed_at" is not null)));`);
    this.addSql(`create index "incidents_desk_id_declared_at_index" on "incidents" ("desk_id", "declared_at");`);
    this.addSql(`create index "incidents_community_ids_index" on "incidents" using gin ("community_ids");`);
    this.addSql(`alter table "incidents" add constraint "incidents_desk_id_foreign" foreign key ("desk_id") references "organizations" ("id") on update cascade;`);
    this.addSql(`alter table "incidents" add constraint "incidents_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "incidents" add constraint "incidents_declared_by_id_foreign" foreign key ("declared_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`create table "incident_updates" (
      "id" uuid not null, "incident_id" uuid not null, "at" timestamptz not null, "by_id" uuid not null,
      "status_before" "incident_status" null, "status" "incident_status" not null, "note" text not null, "alert_seq" int not null,
      constraint "incident_updates_pkey" primary key ("id"));`);
    this.addSql(`create index "incident_updates_incident_id_at_index" on "incident_updates" ("incident_id", "at");`);
    this.addSql(`alter table "incident_updates" add constraint "incident_updates_incident_id_foreign" foreign key ("incident_id") references "incidents" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "incident_updates" add constraint "incident_updates_by_id_foreign" foreign key ("by_id") references "users" ("id") on update cascade;`);

    this.addSql(`create table "incident_alerts" (
      "incident_id" uuid not null, "user_id" uuid not null, "community_id" uuid not null, "building_id" uuid null,
      "alerted_at" timestamptz not null, "ack_seq" int not null default 0, "first_ack_at" timestamptz null,
      "answer" "incident_answer" null, "answered_at" timestamptz null, "note" text null, "issue_id" uuid null,
      constraint "incident_alerts_pkey" primary key ("incident_id", "user_id"),
      constraint "incident_alerts_ack_check" check (("ack_seq" > 0) = ("first_ack_at" is not null)));`);
    this.addSql(`create index "incident_alerts_user_id_index" on "incident_alerts" ("user_id");`);
    this.addSql(`alter table "incident_alerts" add constraint "incident_alerts_incident_id_foreign" foreign key ("incident_id") references "incidents" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "incident_alerts" add constraint "incident_alerts_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "incident_alerts" add constraint "incident_alerts_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "incident_alerts" add constraint "incident_alerts_building_id_foreign" foreign key ("building_id") references "buildings" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "incident_alerts" add constraint "incident_alerts_issue_id_foreign" foreign key ("issue_id") references "issues" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "vulnerable_residents" (
      "id" uuid not null, "community_id" uuid not null, "building_id" uuid not null, "unit_id" uuid null,
      "name" varchar(50) not null, "category" "vulnerable_category" not null, "phone" varchar(20) null, "note" varchar(200) null,
      "consent_at" timestamptz not null, "registered_by_id" uuid not null,
      constraint "vulnerable_residents_pkey" primary key ("id"));`);
    this.addSql(`create index "vulnerable_residents_community_id_building_id_index" on "vulnerable_residents" ("community_id", "building_id");`);
    this.addSql(`alter table "vulnerable_residents" add constraint "vulnerable_residents_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "vulnerable_residents" add constraint "vulnerable_residents_building_id_foreign" foreign key ("building_id") references "buildings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "vulnerable_residents" add constraint "vulnerable_residents_unit_id_foreign" foreign key ("unit_id") references "units" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "vulnerable_residents" add constraint "vulnerable_residents_registered_by_id_foreign" foreign key ("registered_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`create table "incident_roll_calls" (
      "id" uuid not null, "incident_id" uuid not null, "vulnerable_id" uuid null, "community_id" uuid not null, "building_id" uuid not null,
      "status" "roll_call_status" not null default 'UNREACHED', "reached_at" timestamptz null, "reached_by_id" uuid null, "note" varchar(200) null,
      constraint "incident_roll_calls_pkey" primary key ("id"),
      constraint "incident_roll_calls_reached_check" check (("status" = 'UNREACHED') = ("reached_at" is null)));`);
    this.addSql(`create index "incident_roll_calls_incident_id_status_index" on "incident_roll_calls" ("incident_id", "status");`);
    this.addSql(`create unique index "incident_roll_calls_incident_id_vulnerable_id_unique" on "incident_roll_calls" ("incident_id", "vulnerable_id") where "vulnerable_id" is not null;`);
    this.addSql(`alter table "incident_roll_calls" add constraint "incident_roll_calls_incident_id_foreign" foreign key ("incident_id") references "incidents" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "incident_roll_calls" add constraint "incident_roll_calls_vulnerable_id_foreign" foreign key ("vulnerable_id") references "vulnerable_residents" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "incident_roll_calls" add constraint "incident_roll_calls_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "incident_roll_calls" add constraint "incident_roll_calls_building_id_foreign" foreign key ("building_id") references "buildings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "incident_roll_calls" add constraint "incident_roll_calls_reached_by_id_foreign" foreign key ("reached_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override down(): void {
    for (const t of ['incident_roll_calls', 'vulnerable_residents', 'incident_alerts', 'incident_updates', 'incidents']) this.addSql(`drop table if exists "${t}" cascade;`);
    for (const e of ['roll_call_status', 'vulnerable_category', 'incident_answer', 'incident_status', 'incident_level', 'incident_kind']) this.addSql(`drop type if exists "${e}";`);
  }
}
