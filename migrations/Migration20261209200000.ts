import { Migration } from '@mikro-orm/migrations';

/**
 * 说事议事室 (issue 13, part 3): residents' proposals, their supporters (联名, once per person: the
 * primary key), followers and thread, each community's threshold, and the link both ways with the
 * matter a proposal is accepted as (`proposals.matter_id`, `matters.proposal_id`).
 */
export class Migration20261209200000 extends Migration {
  override up(): void {
    this.addSql(`create type "proposal_status" as enum ('OPEN', 'SUBMITTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');`);
    this.addSql(`create type "proposal_threshold_mode" as enum ('COUNT', 'PERCENT');`);
    this.addSql(`create table "proposals" (
      "id" uuid not null, "community_id" uuid not null, "proposer_id" uuid not null,
      "title" varchar(100) not null, "body" text not null, "status" "proposal_status" not null default 'OPEN',
      "support_count" int not null default 0, "follower_count" int not null default 0,
      "created_at" timestamptz not null, "submitted_at" timestamptz null, "submitted_threshold" int null,
      "decided_at" timestamptz null, "decided_by_id" uuid null, "decline_reason" text null, "matter_id" uuid null,
      constraint "proposals_pkey" primary key ("id"),
      constraint "proposals_support_count_check" check ("support_count" >= 0),
      constraint "proposals_declined_with_reason" check ("status" <> 'DECLINED' or length(btrim("decline_reason")) > 0),
      constraint "proposals_accepted_with_matter" check ("status" <> 'ACCEPTED' or "matter_id" is not null));`);
    this.addSql(`create index "proposals_community_id_created_at_index" on "proposals" ("community_id", "created_at");`);
    this.addSql(`create index "proposals_community_id_status_index" on "proposals" ("community_id", "status");`);
    this.addSql(`alter table "proposals" add constraint "proposals_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "proposals" add constraint "proposals_proposer_id_foreign" foreign key ("proposer_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "proposals" add constraint "proposals_decided_by_id_foreign" foreign key ("decided_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "proposals" add constraint "proposals_matter_id_foreign" foreign key ("matter_id") references "matters" ("id") on update cascade on delete set null;`);

    for (const t of ['proposal_supports', 'proposal_follows']) {
      const created = t === 'proposal_supports' ? `"created_at" timestamptz not null` : `"created_at" timestamptz not null default now()`;
      this.addSql(`create table "${t}" ("proposal_id" uuid not null, "user_id" uuid not null, ${created}, constraint "${t}_pkey" primary key ("proposal_id", "user_id"));`);
      this.addSql(`create index "${t}_user_id_index" on "${t}" ("user_id");`);
      this.addSql(`alter table "${t}" add constraint "${t}_proposal_id_foreign" foreign key ("proposal_id") references "proposals" ("id") on update cascade on delete cascade;`);
      this.addSql(`alter table "${t}" add constraint "${t}_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    }

    this.addSql(`create table "proposal_comments" (
      "id" uuid not null, "proposal_id" uuid not null, "author_id" uuid not null, "body" text not null, "created_at" timestamptz not null,
      constraint "proposal_comments_pkey" primary key ("id"));`);
    this.addSql(`create index "proposal_comments_proposal_id_created_at_index" on "proposal_comments" ("proposal_id", "created_at");`);
    this.addSql(`alter table "proposal_comments" add constraint "proposal_comments_proposal_id_foreign" foreign key ("proposal_id") references "proposals" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "proposal_comments" add constraint "proposal_comments_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade;`);

    this.addSql(`create table "community_proposal_settings" (
      "community_id" uuid not null, "mode" "proposal_threshold_mode" not null, "value" int not null,
      "updated_by_id" uuid not null, "updated_at" timestamptz not null,
      constraint "community_proposal_settings_pkey" primary key ("community_id"),
      constraint "community_proposal_settings_value_check" check ("value" >= 1 and ("mode" = 'COUNT' and "value" <= 1000 or "mode" = 'PERCENT' and "value" <= 100)));`);
    this.addSql(`alter table "community_proposal_settings" add constraint "community_proposal_settings_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_proposal_settings" add constraint "community_proposal_settings_updated_by_id_foreign" foreign key ("updated_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "matters" add column "proposal_id" uuid null;`);
    this.addSql(`create unique index "matters_proposal_id_unique" on "matters" ("proposal_id") where "proposal_id" is not null;`);
    this.addSql(`alter table "matters" add constraint "matters_proposal_id_foreign" foreign key ("proposal_id") references "proposals" ("id") on update cascade on delete set null;`);
  }

  override down(): void {
    this.addSql(`alter table "matters" drop constraint if exists "matters_proposal_id_foreign";`);
    this.addSql(`drop index if exists "matters_proposal_id_unique";`);
    this.addSql(`alter table "matters" drop column if exists "proposal_id";`);
    for (const t of ['community_proposal_settings', 'proposal_comments', 'proposal_follows', 'proposal_supports', 'proposals']) this.addSql(`drop table if exists "${t}" cascade;`);
    this.addSql(`drop type if exists "proposal_threshold_mode";`);
    this.addSql(`drop type if exists "proposal_status";`);
  }
}
