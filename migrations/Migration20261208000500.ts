import { Migration } from '@mikro-orm/migrations';

/**
 * The dispute figures (issue 12, part 1): when a mediation's outcome was recorded, kept through a
 * referral and a follow-up (`closed_at` moves on referral), so 化解率 counts each dispute once, in
 * the window its mediation ended. Existing rows take `closed_at` (for a referred one, the best known).
 */
export class Migration20261208000500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "disputes" add column "outcome_at" timestamptz null;`);
    this.addSql(`update "disputes" set "outcome_at" = "closed_at" where "status" in ('AGREED', 'FAILED', 'REFERRED', 'FULFILLED', 'BREACHED');`);
    this.addSql(`create index "disputes_community_id_outcome_at_index" on "disputes" ("community_id", "outcome_at") where "outcome_at" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "disputes_community_id_outcome_at_index";`);
    this.addSql(`alter table "disputes" drop column if exists "outcome_at";`);
  }
}
