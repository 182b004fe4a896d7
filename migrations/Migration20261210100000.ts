import { Migration } from '@mikro-orm/migrations';

/**
 * The city view's top categories (issue 13, part 2) from counters, like the other figures
 * (Migration20261207001000): per community, day of submission (UTC) and category, the issues
 * submitted. A trigger on issues takes a row's old contribution away and adds its new one in the
 * same transaction as the change; it fires on insert and delete, and on an update only when the
 * community, the moment of submission or the category changed (never on a transition, so an
 * issue transition's cost does not grow). The migration backfills from the existing issues.
 * server/regions/regions.stats.ts reads it through server/issues/issue-stats.service.ts
 * (`issueFiguresByGroup`); tests/integration/region-stats.test.ts holds it to a recount.
 */
export class Migration20261210100000 extends Migration {
  override up(): void {
    this.addSql(`create table "issue_stats_category_daily" (
      "community_id" uuid not null, "day" date not null, "category" varchar(40) not null, "submitted" int not null default 0,
      constraint "issue_stats_category_daily_pkey" primary key ("community_id", "day", "category"));`);
    this.addSql(`create function gz_stats_category_apply(c uuid, t timestamptz, cat text, sign int) returns void language plpgsql as $$
      begin
        insert into issue_stats_category_daily as s (community_id, day, category, submitted) values (c, gz_stats_day(t), cat, sign)
        on conflict (community_id, day, category) do update set submitted = s.submitted + excluded.submitted;
      end $$;`);
    this.addSql(`create function gz_stats_category_trigger() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform gz_stats_category_apply(old.community_id, old.submitted_at, old.category::text, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform gz_stats_category_apply(new.community_id, new.submitted_at, new.category::text, 1); end if;
        return null;
      end $$;`);
    this.addSql(`create trigger gz_stats_category_insert_delete after insert or delete on issues for each row execute function gz_stats_category_trigger();`);
    this.addSql(`create trigger gz_stats_category_update after update on issues for each row
      when ((old.community_id, old.submitted_at, old.category) is distinct from (new.community_id, new.submitted_at, new.category))
      execute function gz_stats_category_trigger();`);
    // Backfill, in the same transaction as the triggers (no change slips between).
    this.addSql(`insert into issue_stats_category_daily (community_id, day, category, submitted)
      select community_id, gz_stats_day(submitted_at), category::text, count(*) from issues group by 1, 2, 3;`);
  }

  override down(): void {
    this.addSql(`drop trigger gz_stats_category_update on issues;`);
    this.addSql(`drop trigger gz_stats_category_insert_delete on issues;`);
    this.addSql(`drop function gz_stats_category_trigger(); drop function gz_stats_category_apply(uuid, timestamptz, text, int);`);
    this.addSql(`drop table "issue_stats_category_daily";`);
  }
}
