import { Migration } from '@mikro-orm/migrations';

/**
 * Grids (网格, issue 13 part 1; server/grids). A community's buildings are divided into grids:
 * `grids` (name unique per community, its 网格党支部 `party_branch_id`), `grid_buildings` (the
 * building is the key: a building is in at most one grid; both the grid and the building are tied
 * to the same community by composite foreign keys), `grid_workers` (a GRID_WORKER seat of the
 * residents' committee, in at most one grid: the seat is the key), `building_party_groups` (楼栋党小组,
 * one per building) and `party_member_registrations` (党员下沉报到: one live registration per
 * person and community). Two organization kinds: GRID_PARTY_BRANCH, BUILDING_PARTY_GROUP.
 */
export class Migration20261210200000 extends Migration {
  override up(): void {
    this.addSql(`alter type "organization_kind" add value if not exists 'GRID_PARTY_BRANCH';`);
    this.addSql(`alter type "organization_kind" add value if not exists 'BUILDING_PARTY_GROUP';`);
    this.addSql(`alter table "buildings" add constraint "buildings_id_community_id_unique" unique ("id", "community_id");`);
    this.addSql(
      `create table "grids" ("id" uuid not null, "community_id" uuid not null, "name" varchar(50) not null, "party_branch_id" uuid null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
        constraint "grids_pkey" primary key ("id"),
        constraint "grids_community_id_name_unique" unique ("community_id", "name"),
        constraint "grids_id_community_id_unique" unique ("id", "community_id"),
        constraint "grids_party_branch_id_unique" unique ("party_branch_id"),
        constraint "grids_name_check" check (length(btrim("name")) > 0),
        constraint "grids_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade,
        constraint "grids_party_branch_id_foreign" foreign key ("party_branch_id") references "organizations" ("id") on update cascade on delete set null);`,
    );
    this.addSql(
      `create table "grid_buildings" ("building_id" uuid not null, "grid_id" uuid not null, "community_id" uuid not null,
        constraint "grid_buildings_pkey" primary key ("building_id"),
        constraint "grid_buildings_grid_foreign" foreign key ("grid_id", "community_id") references "grids" ("id", "community_id") on update cascade on delete cascade,
        constraint "grid_buildings_building_foreign" foreign key ("building_id", "community_id") references "buildings" ("id", "community_id") on update cascade on delete cascade);`,
    );
    this.addSql(`create index "grid_buildings_grid_id_index" on "grid_buildings" ("grid_id");`);
    this.addSql(
      `create table "grid_workers" ("membership_id" uuid not null, "grid_id" uuid not null, "assigned_at" timestamptz not null default now(),
        constraint "grid_workers_pkey" primary key ("membership_id"),
        constraint "grid_workers_membership_id_foreign" foreign key ("membership_id") references "memberships" ("id") on update cascade on delete cascade,
        constraint "grid_workers_grid_id_foreign" foreign key ("grid_id") references "grids" ("id") on update cascade on delete cascade);`,
    );
    this.addSql(`create index "grid_workers_grid_id_index" on "grid_workers" ("grid_id");`);
    this.addSql(
      `create table "building_party_groups" ("building_id" uuid not null, "organization_id" uuid not null,
        constraint "building_party_groups_pkey" primary key ("building_id"),
        constraint "building_party_groups_organization_id_unique" unique ("organization_id"),
        constraint "building_party_groups_building_id_foreign" foreign key ("building_id") references "buildings" ("id") on update cascade on delete cascade,
        constraint "building_party_groups_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade);`,
    );
    this.addSql(`create type "party_member_registration_status" as enum ('PENDING', 'VERIFIED', 'DECLINED');`);
    this.addSql(
      `create table "party_member_registrations" ("id" uuid not null, "user_id" uuid not null, "community_id" uuid not null, "station_id" uuid not null,
        "party_organization" varchar(100) not null, "status" "party_member_registration_status" not null default 'PENDING',
        "registered_at" timestamptz not null, "decided_at" timestamptz null, "decided_by_id" uuid null, "decline_reason" text null,
        constraint "party_member_registrations_pkey" primary key ("id"),
        constraint "party_member_registrations_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade,
        constraint "party_member_registrations_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade,
        constraint "party_member_registrations_station_id_foreign" foreign key ("station_id") references "organizations" ("id") on update cascade on delete restrict,
        constraint "party_member_registrations_decided_by_id_foreign" foreign key ("decided_by_id") references "users" ("id") on update cascade on delete set null,
        constraint "party_member_registrations_decided_check" check (("status" = 'PENDING') = ("decided_at" is null)),
        constraint "party_member_registrations_reason_check" check (("status" = 'DECLINED') = ("decline_reason" is not null)));`,
    );
    this.addSql(`create unique index "party_member_registrations_live_unique" on "party_member_registrations" ("user_id", "community_id") where "status" <> 'DECLINED';`);
    this.addSql(`create index "party_member_registrations_community_id_status_index" on "party_member_registrations" ("community_id", "status", "registered_at");`);
  }

  override down(): void {
    this.addSql(`drop table if exists "party_member_registrations" cascade;`);
    this.addSql(`drop type if exists "party_member_registration_status";`);
    this.addSql(`drop table if exists "building_party_groups" cascade;`);
    this.addSql(`drop table if exists "grid_workers" cascade;`);
    this.addSql(`drop table if exists "grid_buildings" cascade;`);
    this.addSql(`drop table if exists "grids" cascade;`);
    this.addSql(`alter table "buildings" drop constraint if exists "buildings_id_community_id_unique";`);
    // PostgreSQL cannot drop an enum value: GRID_PARTY_BRANCH and BUILDING_PARTY_GROUP stay in organization_kind.
  }
}
