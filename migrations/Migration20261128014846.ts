import { Migration } from '@mikro-orm/migrations';

export class Migration20261128014846 extends Migration {

  override up(): void {
    // Character bigrams for searching Chinese text (see Issue.searchGrams). Immutable, so a
    // generated column and its GIN index can use it.
    this.addSql(`create function gz_bigrams(t text) returns text[] language sql immutable parallel safe as $$
      select coalesce(array_agg(distinct substr(t, i, 2)), '{}') from generate_series(1, greatest(length(t) - 1, 0)) as i
    $$;`);
    this.addSql(`create type "issue_category" as enum ('ENVIRONMENT', 'FACILITY', 'PARKING', 'SAFETY', 'NEIGHBOR_DISPUTE', 'PROPERTY_SERVICE', 'ELDERLY_CARE', 'OTHER');`);
    this.addSql(`create type "issue_priority" as enum ('URGENT', 'HIGH', 'NORMAL', 'LOW');`);
    this.addSql(`create type "visibility" as enum ('PUBLIC', 'PARTIES');`);
    this.addSql(`create type "issue_status" as enum ('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'RESOLVED', 'REOPENED', 'CLOSED', 'WITHDRAWN', 'DUPLICATE');`);
    this.addSql(`create table "issues" ("id" uuid not null, "community_id" uuid not null, "number" varchar(20) not null, "title" varchar(100) not null, "body" text not null, "category" "issue_category" not null, "priority" "issue_priority" not null, "visibility" "visibility" not null, "location" varchar(200) null, "building_id" uuid null, "status" "issue_status" not null default 'SUBMITTED', "reporter_id" uuid not null, "submitted_by_id" uuid null, "assignee_id" uuid null, "desk_id" uuid null, "involved_org_ids" uuid[] not null default '{}', "accept_by" timestamptz null, "resolve_by" timestamptz null, "submitted_at" timestamptz not null, "first_dispatched_at" timestamptz null, "dispatched_at" timestamptz null, "first_accepted_at" timestamptz null, "accepted_at" timestamptz null, "first_resolved_at" timestamptz null, "resolved_at" timestamptz null, "closed_at" timestamptz null, "resolution" text null, "rating_score" smallint null, "rating_comment" text null, "rated_at" timestamptz null, "reopen_count" int not null default 0, "duplicate_of_id" uuid null, "support_count" int not null default 0, "follower_count" int not null default 0, "comments_text" text not null default '', "search_grams" text[] generated always as (gz_bigrams(lower(number || ' ' || title || ' ' || body || ' ' || comments_text))) stored null, "version" int not null default 1, constraint "issues_pkey" primary key ("id"));`);
    this.addSql(`create index "issues_reporter_id_index" on "issues" ("reporter_id");`);
    this.addSql(`create index "issues_search_grams_index" on "issues" using gin ("search_grams");`);
    this.addSql(`create index "issues_assignee_id_status_index" on "issues" ("assignee_id", "status");`);
    this.addSql(`create index "issues_community_id_submitted_at_index" on "issues" ("community_id", "submitted_at");`);
    this.addSql(`create index "issues_community_id_status_index" on "issues" ("community_id", "status");`);
    this.addSql(`alter table "issues" add constraint "issues_community_id_number_unique" unique ("community_id", "number");`);

    this.addSql(`create table "issue_supports" ("issue_id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null default now(), constraint "issue_supports_pkey" primary key ("issue_id", "user_id"));`);

    this.addSql(`create table "issue_ratings" ("id" uuid not null, "issue_id" uuid not null, "organization_id" uuid null, "score" smallint not null, "comment" text null, "rated_at" timestamptz not null, constraint "issue_ratings_pkey" primary key ("id"));`);
    this.addSql(`create index "issue_ratings_issue_id_index" on "issue_ratings" ("issue_id");`);

    this.addSql(`create table "issue_follows" ("issue_id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null default now(), constraint "issue_follows_pkey" primary key ("issue_id", "user_id"));`);
    this.addSql(`create index "issue_follows_user_id_index" on "issue_follows" ("user_id");`);

    this.addSql(`create table "issue_comments" ("id" uuid not null, "issue_id" uuid not null, "author_id" uuid not null, "body" text not null, "internal" boolean not null default false, "created_at" timestamptz not null, constraint "issue_comments_pkey" primary key ("id"));`);
    this.addSql(`create index "issue_comments_issue_id_created_at_index" on "issue_comments" ("issue_id", "created_at");`);

    this.addSql(`create table "issue_assignments" ("id" uuid not null, "issue_id" uuid not null, "organization_id" uuid not null, "dispatched_at" timestamptz not null, "accept_by" timestamptz null, "accepted_at" timestamptz null, "resolved_at" timestamptz null, "ended_as" varchar(20) null, constraint "issue_assignments_pkey" primary key ("id"));`);
    this.addSql(`create index "issue_assignments_issue_id_index" on "issue_assignments" ("issue_id");`);
    this.addSql(`create index "issue_assignments_organization_id_dispatched_at_index" on "issue_assignments" ("organization_id", "dispatched_at");`);

    this.addSql(`alter table "issues" add constraint "issues_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade;`);
    this.addSql(`alter table "issues" add constraint "issues_building_id_foreign" foreign key ("building_id") references "buildings" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "issues" add constraint "issues_reporter_id_foreign" foreign key ("reporter_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "issues" add constraint "issues_submitted_by_id_foreign" foreign key ("submitted_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "issues" add constraint "issues_assignee_id_foreign" foreign key ("assignee_id") references "organizations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "issues" add constraint "issues_desk_id_foreign" foreign key ("desk_id") references "organizations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "issues" add constraint "issues_duplicate_of_id_foreign" foreign key ("duplicate_of_id") references "issues" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "issue_supports" add constraint "issue_supports_issue_id_foreign" foreign key ("issue_id") references "issues" ("id") on update cascade;`);
    this.addSql(`alter table "issue_supports" add constraint "issue_supports_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "issue_ratings" add constraint "issue_ratings_issue_id_foreign" foreign key ("issue_id") references "issues" ("id") on update cascade;`);
    this.addSql(`alter table "issue_ratings" add constraint "issue_ratings_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "issue_follows" add constraint "issue_follows_issue_id_foreign" foreign key ("issue_id") references "issues" ("id") on update cascade;`);
    this.addSql(`alter table "issue_follows" add constraint "issue_follows_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "issue_comments" add constraint "issue_comments_issue_id_foreign" foreign key ("issue_id") references "issues" ("id") on update cascade;`);
    this.addSql(`alter table "issue_comments" add constraint "issue_comments_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "issue_assignments" add constraint "issue_assignments_issue_id_foreign" foreign key ("issue_id") references "issues" ("id") on update cascade;`);
    this.addSql(`alter table "issue_assignments" add constraint "issue_assignments_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade;`);

    this.addSql(`alter table "communities" add column "issue_seq" int not null default 0;`);

    this.addSql(`alter table "domain_events" alter column "xid" type bigint using ("xid"::bigint);`);
    this.addSql(`alter table "domain_events" alter column "xid" set default (pg_current_xact_id()::text)::bigint;`);

    this.addSql(`alter table "notifications" alter column "xid" type bigint using ("xid"::bigint);`);
    this.addSql(`alter table "notifications" alter column "xid" set default (pg_current_xact_id()::text)::bigint;`);
  }

  override down(): void {
    this.addSql(`drop function if exists gz_bigrams(text) cascade;`);
    this.addSql(`alter table "issues" drop constraint "issues_duplicate_of_id_foreign";`);

    this.addSql(`alter table "issue_supports" drop constraint "issue_supports_issue_id_foreign";`);

    this.addSql(`alter table "issue_ratings" drop constraint "issue_ratings_issue_id_foreign";`);

    this.addSql(`alter table "issue_follows" drop constraint "issue_follows_issue_id_foreign";`);

    this.addSql(`alter table "issue_comments" drop constraint "issue_comments_issue_id_foreign";`);

    this.addSql(`alter table "issue_assignments" drop constraint "issue_assignments_issue_id_foreign";`);

    this.addSql(`drop table if exists "issues" cascade;`);

    this.addSql(`drop table if exists "issue_supports" cascade;`);

    this.addSql(`drop table if exists "issue_ratings" cascade;`);

    this.addSql(`drop table if exists "issue_follows" cascade;`);

    this.addSql(`drop table if exists "issue_comments" cascade;`);

    this.addSql(`drop table if exists "issue_assignments" cascade;`);

    this.addSql(`alter table "communities" drop column "issue_seq";`);

    this.addSql(`alter table "domain_events" alter column "xid" type int8 using ("xid"::int8);`);
    this.addSql(`alter table "domain_events" alter column "xid" set default ((pg_current_xact_id())::text)::bigint;`);

    this.addSql(`alter table "notifications" alter column "xid" type int8 using ("xid"::int8);`);
    this.addSql(`alter table "notifications" alter column "xid" set default ((pg_current_xact_id())::text)::bigint;`);

    this.addSql(`drop type "issue_category";`);
    this.addSql(`drop type "issue_priority";`);
    this.addSql(`drop type "visibility";`);
    this.addSql(`drop type "issue_status";`);
  }

}
