import { Migration } from '@mikro-orm/migrations';

/**
 * The Region tree (server/regions, issue 13 part 1): city → county/district → township/street,
 * replacing the plain strings. Regions are made from the distinct names already in use — the
 * communities' city, county and township, and the areas of the organizations above communities
 * (`area_city`, `area_county`, `area_township`) — each community is linked to its township
 * (`communities.region_id`) and each organization above communities to the region of its level
 * (`organizations.region_id`); then the strings go. One without an area keeps no region and, as
 * before, serves nobody. `path` lists the ids from the city down to the region itself.
 * Communities also get their kind (社区 or 村), COMMUNITY for every existing one.
 */
export class Migration20261209100000 extends Migration {
  override up(): void {
    this.addSql(`create table "regions" (
      "id" uuid not null,
      "parent_id" uuid null,
      "level" "region_level" not null,
      "name" varchar(100) not null,
      "path" uuid[] not null,
      "created_at" timestamptz not null default now(),
      constraint "regions_pkey" primary key ("id"),
      constraint "regions_parent_id_foreign" foreign key ("parent_id") references "regions" ("id") on update cascade on delete restrict,
      constraint "regions_level_check" check ("level" <> 'COMMUNITY' and ("parent_id" is null) = ("level" = 'CITY')),
      constraint "regions_path_check" check (cardinality("path") >= 1 and "path"[cardinality("path")] = "id"));`);
    this.addSql(`create unique index "regions_parent_id_name_unique" on "regions" ("parent_id", "name") nulls not distinct;`);
    this.addSql(`create index "regions_parent_id_index" on "regions" ("parent_id");`);
    this.addSql(`create index "regions_path_index" on "regions" using gin ("path");`);

    // Every place named today, by community or by organization.
    this.addSql(`create temporary table gz_places as
      select distinct city, county, township from communities
      union select distinct area_city, area_county, area_township from organizations where area_city is not null;`);
    this.addSql(`insert into regions (id, parent_id, level, name, path)
      select g.id, null, 'CITY', g.name, array[g.id] from (select gen_random_uuid() as id, name from (select distinct city as name from gz_places) n) g;`);
    this.addSql(`insert into regions (id, parent_id, level, name, path)
      select g.id, ci.id, 'COUNTY', g.county, array[ci.id, g.id]
        from (select gen_random_uuid() as id, city, county from (select distinct city, county from gz_places where county is not null) n) g
        join regions ci on ci.parent_id is null and ci.name = g.city;`);
    this.addSql(`insert into regions (id, parent_id, level, name, path)
      select g.id, co.id, 'TOWNSHIP', g.township, co.path || g.id
        from (select gen_random_uuid() as id, city, county, township from (select distinct city, county, township from gz_places where county is not null and township is not null) n) g
        join regions ci on ci.parent_id is null and ci.name = g.city
        join regions co on co.parent_id = ci.id and co.name = g.county;`);
    this.addSql(`drop table gz_places;`);

    this.addSql(`create type "community_kind" as enum ('COMMUNITY', 'VILLAGE');`);
    this.addSql(`alter table "communities" add column "kind" "community_kind" not null default 'COMMUNITY', add column "region_id" uuid null;`);
    this.addSql(`update communities c set region_id = t.id
      from regions ci join regions co on co.parent_id = ci.id join regions t on t.parent_id = co.id
      where ci.parent_id is null and ci.name = c.city and co.name = c.county and t.name = c.township;`);
    this.addSql(`alter table "communities" alter column "region_id" set not null,
      add constraint "communities_region_id_foreign" foreign key ("region_id") references "regions" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "communities_region_id_index" on "communities" ("region_id");`);
    this.addSql(`drop index if exists "communities_city_county_township_index";`);
    this.addSql(`alter table "communities" drop column "township", drop column "county", drop column "city";`);

    this.addSql(`alter table "organizations" add column "region_id" uuid null;`);
    this.addSql(`update organizations o set region_id = r.id from regions r
      where o.community_id is null and o.area_city is not null and r.level = o.level and r.name = coalesce(o.area_township, o.area_county, o.area_city)
        and r.path[1] = (select ci.id from regions ci where ci.parent_id is null and ci.name = o.area_city)
        and (o.area_county is null or r.path[2] = (select co.id from regions co where co.parent_id = r.path[1] and co.name = o.area_county));`);
    this.addSql(`alter table "organizations"
      add constraint "organizations_region_id_foreign" foreign key ("region_id") references "regions" ("id") on update cascade on delete restrict,
      add constraint "organizations_region_check" check ("community_id" is null or "region_id" is null);`);
    this.addSql(`create index "organizations_region_id_index" on "organizations" ("region_id");`);
    this.addSql(`alter table "organizations" drop column "area_city", drop column "area_county", drop column "area_township";`);
  }

  override down(): void {
    this.addSql(`alter table "organizations" add column "area_city" varchar(100) null, add column "area_county" varchar(100) null, add column "area_township" varchar(100) null;`);
    this.addSql(`update organizations o set
        area_city = (select r.name from regions r where r.id = x.path[1]),
        area_county = (select r.name from regions r where r.id = x.path[2]),
        area_township = (select r.name from regions r where r.id = x.path[3])
      from regions x where x.id = o.region_id;`);
    this.addSql(`alter table "organizations" drop constraint "organizations_region_check", drop column "region_id";`);

    this.addSql(`alter table "communities" add column "township" varchar(100) null, add column "county" varchar(100) null, add column "city" varchar(100) null;`);
    this.addSql(`update communities c set
        city = (select r.name from regions r where r.id = t.path[1]),
        county = (select r.name from regions r where r.id = t.path[2]),
        township = t.name
      from regions t where t.id = c.region_id;`);
    this.addSql(`alter table "communities" alter column "township" set not null, alter column "county" set not null, alter column "city" set not null;`);
    this.addSql(`create index "communities_city_county_township_index" on "communities" ("city", "county", "township");`);
    this.addSql(`alter table "communities" drop column "region_id", drop column "kind";`);
    this.addSql(`drop type "community_kind";`);
    this.addSql(`drop table "regions";`);
  }
}
