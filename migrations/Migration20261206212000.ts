import { Migration } from '@mikro-orm/migrations';

/**
 * The area an organization above communities serves (server/communities/region.ts). Existing ones
 * get the area whose name their own name begins with, when exactly one area fits (檀溪街道综治中心 →
 * 檀溪街道); the others serve nobody until an admin gives them one.
 */
export class Migration20261206212000 extends Migration {

  override up(): void {
    this.addSql(`alter table "organizations" add column "area_city" varchar(100) null, add column "area_county" varchar(100) null, add column "area_township" varchar(100) null;`);
    this.addSql(`update "organizations" o set "area_city" = a.city, "area_county" = a.county, "area_township" = a.township
      from (select distinct city, county, township from communities) a
      where o.community_id is null and o.level = 'TOWNSHIP' and starts_with(o.name, a.township)
        and (select count(distinct (c.city, c.county, c.township)) from communities c where starts_with(o.name, c.township)) = 1;`);
    this.addSql(`update "organizations" o set "area_city" = a.city, "area_county" = a.county
      from (select distinct city, county from communities) a
      where o.community_id is null and o.level = 'COUNTY' and starts_with(o.name, a.county)
        and (select count(distinct (c.city, c.county)) from communities c where starts_with(o.name, c.county)) = 1;`);
    this.addSql(`update "organizations" o set "area_city" = a.city
      from (select distinct city from communities) a
      where o.community_id is null and o.level = 'CITY' and starts_with(o.name, a.city);`);
  }

  override down(): void {
    this.addSql(`alter table "organizations" drop column "area_city", drop column "area_county", drop column "area_township";`);
  }

}
