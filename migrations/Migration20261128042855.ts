import { Migration } from '@mikro-orm/migrations';

export class Migration20261128042855 extends Migration {

  override up(): void {
    this.addSql(`create type "covenant_kind" as enum ('RESIDENTS_CONVENTION', 'PROPERTY_RULES', 'VILLAGE_RULES', 'PROCEDURE_RULES');`);
    this.addSql(`create type "covenant_version_status" as enum ('DRAFT', 'PUBLIC_COMMENT', 'LEGAL_REVIEW', 'VOTING', 'ADOPTED', 'FILED', 'SUPERSEDED', 'REJECTED', 'REPEALED');`);
    this.addSql(`create type "covenant_rejection" as enum ('LEGAL_REVIEW', 'VOTE_FAILED', 'NO_QUORUM', 'CONTENT_CHANGED');`);
    this.addSql(`create table "covenants" ("id" uuid not null, "community_id" uuid not null, "kind" "covenant_kind" not null, "title" varchar(100) not null, "created_by_id" uuid not null, "created_at" timestamptz not null, constraint "covenants_pkey" primary key ("id"));`);
    this.addSql(`create index "covenants_community_id_created_at_index" on "covenants" ("community_id", "created_at");`);

    this.addSql(`create table "covenant_versions" ("id" uuid not null, "covenant_id" uuid not null, "number" int not null, "status" "covenant_version_status" not null default 'DRAFT', "articles" jsonb not null, "content_hash" varchar(64) not null, "change_summary" text null, "created_by_id" uuid not null, "created_at" timestamptz not null, "comments_open_until" timestamptz null, "review_approved" boolean null, "review_note" text null, "reviewed_by_id" uuid null, "reviewed_at" timestamptz null, "resolution_id" uuid null, "adopted_at" timestamptz null, "filed_at" timestamptz null, "filing_reference" varchar(100) null, "rejected_at" timestamptz null, "rejection" "covenant_rejection" null, "superseded_at" timestamptz null, "repealed_at" timestamptz null, "repeal_resolution_id" uuid null, constraint "covenant_versions_pkey" primary key ("id"));`);
    this.addSql(`create index "covenant_versions_resolution_id_index" on "covenant_versions" ("resolution_id");`);
    this.addSql(`create index "covenant_versions_repeal_resolution_id_index" on "covenant_versions" ("repeal_resolution_id");`);
    this.addSql(`create unique index "covenant_versions_one_in_force" on "covenant_versions" ("covenant_id") where "status" in ('ADOPTED', 'FILED');`);
    this.addSql(`create unique index "covenant_versions_one_in_progress" on "covenant_versions" ("covenant_id") where "status" in ('DRAFT', 'PUBLIC_COMMENT', 'LEGAL_REVIEW', 'VOTING');`);
    this.addSql(`alter table "covenant_versions" add constraint "covenant_versions_covenant_id_number_unique" unique ("covenant_id", "number");`);

    this.addSql(`create table "covenant_comments" ("id" uuid not null, "version_id" uuid not null, "author_id" uuid not null, "article_number" int null, "body" text not null, "created_at" timestamptz not null, constraint "covenant_comments_pkey" primary key ("id"));`);
    this.addSql(`create index "covenant_comments_version_id_created_at_index" on "covenant_comments" ("version_id", "created_at");`);

    this.addSql(`create table "covenant_acknowledgements" ("version_id" uuid not null, "user_id" uuid not null, "acknowledged_at" timestamptz not null, constraint "covenant_acknowledgements_pkey" primary key ("version_id", "user_id"));`);

    this.addSql(`alter table "covenants" add constraint "covenants_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade;`);
    this.addSql(`alter table "covenants" add constraint "covenants_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "covenant_versions" add constraint "covenant_versions_covenant_id_foreign" foreign key ("covenant_id") references "covenants" ("id") on update cascade;`);
    this.addSql(`alter table "covenant_versions" add constraint "covenant_versions_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "covenant_versions" add constraint "covenant_versions_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "covenant_versions" add constraint "covenant_versions_resolution_id_foreign" foreign key ("resolution_id") references "resolutions" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "covenant_versions" add constraint "covenant_versions_repeal_resolution_id_foreign" foreign key ("repeal_resolution_id") references "resolutions" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "covenant_comments" add constraint "covenant_comments_version_id_foreign" foreign key ("version_id") references "covenant_versions" ("id") on update cascade;`);
    this.addSql(`alter table "covenant_comments" add constraint "covenant_comments_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "covenant_acknowledgements" add constraint "covenant_acknowledgements_version_id_foreign" foreign key ("version_id") references "covenant_versions" ("id") on update cascade;`);
    this.addSql(`alter table "covenant_acknowledgements" add constraint "covenant_acknowledgements_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);
  }

  override down(): void {
    this.addSql(`alter table "covenant_versions" drop constraint "covenant_versions_covenant_id_foreign";`);

    this.addSql(`alter table "covenant_comments" drop constraint "covenant_comments_version_id_foreign";`);

    this.addSql(`alter table "covenant_acknowledgements" drop constraint "covenant_acknowledgements_version_id_foreign";`);

    this.addSql(`drop table if exists "covenants" cascade;`);

    this.addSql(`drop table if exists "covenant_versions" cascade;`);

    this.addSql(`drop table if exists "covenant_comments" cascade;`);

    this.addSql(`drop table if exists "covenant_acknowledgements" cascade;`);

    this.addSql(`drop type "covenant_kind";`);
    this.addSql(`drop type "covenant_version_status";`);
    this.addSql(`drop type "covenant_rejection";`);
  }

}
