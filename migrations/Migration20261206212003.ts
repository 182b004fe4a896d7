import { Migration } from '@mikro-orm/migrations';

/** The communities of an area (server/communities/region.ts) by index: city, county, township. */
export class Migration20261206212003 extends Migration {

  override up(): void {
    this.addSql(`create index "communities_city_county_township_index" on "communities" ("city", "county", "township");`);
  }

  override down(): void {
    this.addSql(`drop index "communities_city_county_township_index";`);
  }

}
