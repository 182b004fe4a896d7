import { Migration } from '@mikro-orm/migrations';

/**
 * Votes that stand up in law: the roll of a vote is made of heads (one per flat, or per owner of
 * several, or the developer's unsold flats together; one per seat taken at a meeting), with the
 * area each weighs; electors vote for their head, and one ballot is cast per head. A vote may be
 * scoped to one building. A meeting carries its attendance quorum; a flat may be the developer's.
 */
export class Migration20261206211000 extends Migration {

  override up(): void {
    this.addSql(`create type "attendance_quorum" as enum ('NONE', 'MAJORITY', 'TWO_THIRDS');`);
    this.addSql(`alter table "meetings" add column "attendance_quorum" "attendance_quorum" null;`);
    this.addSql(`update "meetings" set "attendance_quorum" = (case "kind" when 'REPRESENTATIVES' then 'TWO_THIRDS' when 'OWNERS_ASSEMBLY' then 'NONE' else 'MAJORITY' end)::"attendance_quorum";`);
    this.addSql(`alter table "meetings" alter column "attendance_quorum" set not null;`);

    this.addSql(`alter table "units" add column "developer_held" boolean not null default false;`);

    this.addSql(`alter table "resolutions" add column "building_id" uuid null;`);
    this.addSql(`alter table "resolutions" add constraint "resolutions_building_id_foreign" foreign key ("building_id") references "buildings" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "resolution_heads" ("resolution_id" uuid not null, "head" int not null, "area" numeric(12,2) not null default 0, "developer" boolean not null default false, "unit_ids" uuid[] not null default '{}', constraint "resolution_heads_pkey" primary key ("resolution_id", "head"));`);
    this.addSql(`alter table "resolution_heads" add constraint "resolution_heads_resolution_id_foreign" foreign key ("resolution_id") references "resolutions" ("id") on update cascade;`);

    // The rolls already fixed: one head per elector, weighing what the elector weighed.
    this.addSql(`alter table "resolution_electors" add column "head" int null;`);
    this.addSql(`update "resolution_electors" e set "head" = n."head" from (select "resolution_id", "user_id", row_number() over (partition by "resolution_id" order by "user_id")::int as "head" from "resolution_electors") n where n."resolution_id" = e."resolution_id" and n."user_id" = e."user_id";`);
    this.addSql(`insert into "resolution_heads" ("resolution_id", "head", "area") select "resolution_id", "head", "area" from "resolution_electors";`);
    this.addSql(`alter table "resolution_electors" alter column "head" set not null;`);
    this.addSql(`alter table "resolution_electors" drop column "area";`);
    this.addSql(`alter table "resolution_electors" add constraint "resolution_electors_resolution_id_user_id_head_unique" unique ("resolution_id", "user_id", "head");`);
    this.addSql(`alter table "resolution_electors" add constraint "resolution_electors_head_foreign" foreign key ("resolution_id", "head") references "resolution_heads" ("resolution_id", "head");`);

    // One ballot per head; a ballot with a voter is the ballot of that elector's head.
    this.addSql(`alter table "ballots" add column "head" int null;`);
    this.addSql(`update "ballots" b set "head" = e."head" from "resolution_electors" e where e."resolution_id" = b."resolution_id" and e."user_id" = b."voter_id";`);
    this.addSql(`alter table "ballots" alter column "head" set not null;`);
    this.addSql(`alter table "ballots" drop constraint "ballots_elector_foreign";`);
    this.addSql(`alter table "ballots" drop constraint "ballots_resolution_id_voter_id_unique";`);
    this.addSql(`alter table "ballots" alter column "voter_id" drop not null;`);
    this.addSql(`alter table "ballots" add constraint "ballots_resolution_id_head_unique" unique ("resolution_id", "head");`);
    this.addSql(`alter table "ballots" add constraint "ballots_head_foreign" foreign key ("resolution_id", "head") references "resolution_heads" ("resolution_id", "head");`);
    this.addSql(`alter table "ballots" add constraint "ballots_elector_foreign" foreign key ("resolution_id", "voter_id", "head") references "resolution_electors" ("resolution_id", "user_id", "head");`);
  }

  override down(): void {
    this.addSql(`alter table "ballots" drop constraint "ballots_elector_foreign";`);
    this.addSql(`alter table "ballots" drop constraint "ballots_head_foreign";`);
    this.addSql(`alter table "ballots" drop constraint "ballots_resolution_id_head_unique";`);
    // Ballots a teller recorded for a flat without a registered owner have no voter to keep.
    this.addSql(`delete from "ballots" where "voter_id" is null;`);
    this.addSql(`alter table "ballots" alter column "voter_id" set not null;`);
    this.addSql(`alter table "ballots" add constraint "ballots_resolution_id_voter_id_unique" unique ("resolution_id", "voter_id");`);
    this.addSql(`alter table "ballots" drop column "head";`);

    this.addSql(`alter table "resolution_electors" drop constraint "resolution_electors_head_foreign";`);
    this.addSql(`alter table "resolution_electors" drop constraint "resolution_electors_resolution_id_user_id_head_unique";`);
    this.addSql(`alter table "resolution_electors" add column "area" numeric(12,2) not null default 0;`);
    this.addSql(`update "resolution_electors" e set "area" = h."area" from "resolution_heads" h where h."resolution_id" = e."resolution_id" and h."head" = e."head";`);
    this.addSql(`alter table "resolution_electors" drop column "head";`);
    this.addSql(`alter table "ballots" add constraint "ballots_elector_foreign" foreign key ("resolution_id", "voter_id") references "resolution_electors" ("resolution_id", "user_id");`);
    this.addSql(`drop table if exists "resolution_heads" cascade;`);

    this.addSql(`alter table "resolutions" drop constraint "resolutions_building_id_foreign";`);
    this.addSql(`alter table "resolutions" drop column "building_id";`);
    this.addSql(`alter table "units" drop column "developer_held";`);
    this.addSql(`alter table "meetings" drop column "attendance_quorum";`);
    this.addSql(`drop type "attendance_quorum";`);
  }

}
