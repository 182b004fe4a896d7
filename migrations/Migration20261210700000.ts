import { Migration } from '@mikro-orm/migrations';

/**
 * 责任清单 for disputes (server/regions, issue 13 part 1): an entry names the department
 * responsible for a category of issues (subject ISSUE, every entry so far) or of disputes
 * (DISPUTE). One entry per region, subject and category. Down drops the dispute entries.
 */
export class Migration20261210700000 extends Migration {
  override up(): void {
    this.addSql(`alter table "responsibilities" add column "subject" varchar(10) not null default 'ISSUE';`);
    this.addSql(`alter table "responsibilities" add constraint "responsibilities_subject_check" check ("subject" in ('ISSUE', 'DISPUTE'));`);
    this.addSql(`alter table "responsibilities" drop constraint "responsibilities_region_id_category_unique";`);
    this.addSql(`alter table "responsibilities" add constraint "responsibilities_region_id_subject_category_unique" unique ("region_id", "subject", "category");`);
  }

  override down(): void {
    this.addSql(`delete from "responsibilities" where "subject" <> 'ISSUE';`);
    this.addSql(`alter table "responsibilities" drop constraint "responsibilities_region_id_subject_category_unique";`);
    this.addSql(`alter table "responsibilities" add constraint "responsibilities_region_id_category_unique" unique ("region_id", "category");`);
    this.addSql(`alter table "responsibilities" drop constraint "responsibilities_subject_check";`);
    this.addSql(`alter table "responsibilities" drop column "subject";`);
  }
}
