import { Migration } from '@mikro-orm/migrations';

export class Migration20261128011923 extends Migration {

  override up(): void {
    this.addSql(`create type "organization_kind" as enum ('PARTY_COMMITTEE', 'RESIDENTS_COMMITTEE', 'OWNERS_COMMITTEE', 'PROPERTY_MANAGER', 'SUPERVISORY_COMMITTEE', 'PARTY_STATION', 'GOVERNANCE_CENTER', 'DEPARTMENT');`);
    this.addSql(`create type "region_level" as enum ('COMMUNITY', 'TOWNSHIP', 'COUNTY', 'CITY');`);
    this.addSql(`create type "residency_kind" as enum ('OWNER', 'TENANT');`);
    this.addSql(`create type "member_role" as enum ('CHAIR', 'MEMBER', 'STAFF', 'GRID_WORKER', 'COORDINATOR');`);
    this.addSql(`create table "communities" ("id" uuid not null, "name" varchar(100) not null, "township" varchar(100) not null, "county" varchar(100) not null, "city" varchar(100) not null, "created_at" timestamptz not null default now(), constraint "communities_pkey" primary key ("id"));`);

    this.addSql(`create table "buildings" ("id" uuid not null, "community_id" uuid not null, "name" varchar(50) not null, constraint "buildings_pkey" primary key ("id"));`);
    this.addSql(`alter table "buildings" add constraint "buildings_community_id_name_unique" unique ("community_id", "name");`);

    this.addSql(`create table "idempotency_keys" ("user_id" uuid not null, "operation" varchar(40) not null, "key" varchar(100) not null, "result_id" varchar(64) not null, "created_at" timestamptz not null default now(), constraint "idempotency_keys_pkey" primary key ("user_id", "operation", "key"));`);

    this.addSql(`create table "organizations" ("id" uuid not null, "community_id" uuid null, "kind" "organization_kind" not null, "name" varchar(100) not null, "level" "region_level" not null, "created_at" timestamptz not null default now(), constraint "organizations_pkey" primary key ("id"));`);
    this.addSql(`create index "organizations_community_id_index" on "organizations" ("community_id");`);

    this.addSql(`create table "units" ("id" uuid not null, "building_id" uuid not null, "number" varchar(20) not null, "floor_area" numeric(10,2) not null, constraint "units_pkey" primary key ("id"));`);
    this.addSql(`alter table "units" add constraint "units_building_id_number_unique" unique ("building_id", "number");`);

    this.addSql(`create table "users" ("id" uuid not null, "phone" varchar(20) not null, "name" varchar(50) not null, "password_hash" text not null, "is_platform_admin" boolean not null default false, "created_at" timestamptz not null default now(), constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_phone_unique" unique ("phone");`);
    this.addSql(`create index "users_created_at_index" on "users" ("created_at");`);

    this.addSql(`create table "sessions" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "sessions_pkey" primary key ("id"));`);
    this.addSql(`alter table "sessions" add constraint "sessions_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "residencies" ("id" uuid not null, "user_id" uuid not null, "community_id" uuid not null, "unit_id" uuid null, "kind" "residency_kind" not null, "verified" boolean not null default false, "verified_at" timestamptz null, "verified_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "residencies_pkey" primary key ("id"));`);
    this.addSql(`create index "residencies_user_id_index" on "residencies" ("user_id");`);
    this.addSql(`create index "residencies_unit_id_index" on "residencies" ("unit_id");`);
    this.addSql(`create index "residencies_community_id_verified_index" on "residencies" ("community_id", "verified");`);

    this.addSql(`create table "memberships" ("id" uuid not null, "user_id" uuid not null, "organization_id" uuid not null, "role" "member_role" not null, "created_at" timestamptz not null default now(), constraint "memberships_pkey" primary key ("id"));`);
    this.addSql(`create index "memberships_user_id_index" on "memberships" ("user_id");`);
    this.addSql(`alter table "memberships" add constraint "memberships_organization_id_user_id_unique" unique ("organization_id", "user_id");`);

    this.addSql(`create table "domain_events" ("id" bigserial primary key, "xid" bigint not null default (pg_current_xact_id()::text)::bigint, "type" varchar(60) not null, "community_id" uuid not null, "subject_type" varchar(40) null, "subject_id" varchar(64) null, "actor_id" uuid null, "data" jsonb not null, "audience_public" boolean not null default false, "audience_org_ids" uuid[] not null default '{}', "audience_user_ids" uuid[] not null default '{}', "occurred_at" timestamptz not null default now());`);
    this.addSql(`create index "domain_events_subject_id_xid_id_index" on "domain_events" ("subject_id", "xid", "id");`);
    this.addSql(`create index "domain_events_community_id_xid_id_index" on "domain_events" ("community_id", "xid", "id");`);

    this.addSql(`create table "notifications" ("id" bigserial primary key, "xid" bigint not null default (pg_current_xact_id()::text)::bigint, "user_id" uuid not null, "event_id" bigint not null, "title" varchar(200) not null, "read_at" timestamptz null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "notifications_user_id_xid_id_index" on "notifications" ("user_id", "xid", "id");`);

    this.addSql(`alter table "buildings" add constraint "buildings_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade;`);

    this.addSql(`alter table "organizations" add constraint "organizations_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "units" add constraint "units_building_id_foreign" foreign key ("building_id") references "buildings" ("id") on update cascade;`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "residencies" add constraint "residencies_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "residencies" add constraint "residencies_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade;`);
    this.addSql(`alter table "residencies" add constraint "residencies_unit_id_foreign" foreign key ("unit_id") references "units" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "residencies" add constraint "residencies_verified_by_id_foreign" foreign key ("verified_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "memberships" add constraint "memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "memberships" add constraint "memberships_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade;`);

    this.addSql(`alter table "domain_events" add constraint "domain_events_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade;`);
    this.addSql(`alter table "domain_events" add constraint "domain_events_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "notifications" add constraint "notifications_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notifications" add constraint "notifications_event_id_foreign" foreign key ("event_id") references "domain_events" ("id") on update cascade on delete cascade;`);
  }

}
