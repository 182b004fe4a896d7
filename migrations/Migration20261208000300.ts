import { Migration } from '@mikro-orm/migrations';

/**
 * Screening rounds (issue 12, part 1: 排查). A round over buildings of a community, found nothing
 * or not; the buildings also as rows (`screening_round_buildings`) for the coverage per building
 * and month; the disputes registered from a round name it (`disputes.screening_round_id`).
 */
export class Migration20261208000300 extends Migration {
  override up(): void {
    this.addSql(`create table "screening_rounds" (
      "id" uuid not null, "community_id" uuid not null, "held_at" timestamptz not null, "building_ids" uuid[] not null default '{}',
      "nothing_found" boolean not null, "note" text null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null,
      constraint "screening_rounds_pkey" primary key ("id"));`);
    this.addSql(`create index "screening_rounds_community_id_held_at_index" on "screening_rounds" ("community_id", "held_at");`);
    this.addSql(`alter table "screening_rounds" add constraint "screening_rounds_community_id_foreign" foreign key ("community_id") references "communities" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "screening_rounds" add constraint "screening_rounds_recorded_by_id_foreign" foreign key ("recorded_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`create table "screening_round_buildings" ("round_id" uuid not null, "building_id" uuid not null,
      constraint "screening_round_buildings_pkey" primary key ("round_id", "building_id"));`);
    this.addSql(`create index "screening_round_buildings_building_id_index" on "screening_round_buildings" ("building_id");`);
    this.addSql(`alter table "screening_round_buildings" add constraint "screening_round_buildings_round_id_foreign" foreign key ("round_id") references "screening_rounds" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "screening_round_buildings" add constraint "screening_round_buildings_building_id_foreign" foreign key ("building_id") references "buildings" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "disputes" add column "screening_round_id" uuid null;`);
    this.addSql(`alter table "disputes" add constraint "disputes_screening_round_id_foreign" foreign key ("screening_round_id") references "screening_rounds" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "disputes_screening_round_id_index" on "disputes" ("screening_round_id") where "screening_round_id" is not null;`);
  }

  override down(): void {
    this.addSql(`alter table "disputes" drop constraint if exists "disputes_screening_round_id_foreign";`);
    this.addSql(`alter table "disputes" drop column if exists "screening_round_id";`);
    this.addSql(`drop table if exists "screening_round_buildings" cascade;`);
    this.addSql(`drop table if exists "screening_rounds" cascade;`);
  }
}
