import { Migration } from '@mikro-orm/migrations';

/**
 * 责任清单 (server/regions, issue 13 part 1): per region and category of issues, the department
 * responsible. One entry per region and category; the nearest region's entry wins for a community.
 */
export class Migration20261209100100 extends Migration {
  override up(): void {
    this.addSql(`create table "responsibilities" (
      "id" uuid not null,
      "region_id" uuid not null,
      "category" varchar(40) not null,
      "department_id" uuid not null,
      "updated_at" timestamptz not null default now(),
      constraint "responsibilities_pkey" primary key ("id"),
      constraint "responsibilities_region_id_foreign" foreign key ("region_id") references "regions" ("id") on update cascade on delete cascade,
      constraint "responsibilities_department_id_foreign" foreign key ("department_id") references "organizations" ("id") on update cascade on delete cascade);`);
    this.addSql(`alter table "responsibilities" add constraint "responsibilities_region_id_category_unique" unique ("region_id", "category");`);
    this.addSql(`create index "responsibilities_department_id_index" on "responsibilities" ("department_id");`);
  }

  override down(): void {
    this.addSql(`drop table if exists "responsibilities";`);
  }
}
