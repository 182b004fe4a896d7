import { Migration } from '@mikro-orm/migrations';

const COUNTS = ['submitted', 'open', 'open_undated', 'dispatched', 'accepted', 'accepted_on_time', 'resolved_clean', 'ratings', 'good_ratings'];

/**
 * The city's figures (issue 13, part 5: regionStats of the city under 100 ms at its size). A
 * city's window of two years read 114 townships × 730 days of counters, and 238,000 township,
 * category and day rows for its top categories. Here the township counters are kept per week as
 * well (Monday to Sunday, the weeks of the city view's trend): a trigger on each township-level
 * daily table adds every change of a row (new − old) to the row of its week, in the same
 * transaction, so a week's row is always the sum of its days' rows (the test holds them to that
 * recount). server/issues `issueFiguresByGroup` reads the whole weeks of a window from these and
 * only the days at its edges from the daily rows.
 */
export class Migration20261211600000 extends Migration {
  override up(): void {
    this.addSql(`create table "issue_stats_township_weekly" (
      "township_id" uuid not null, "week" date not null,
      ${COUNTS.map((c) => `"${c}" int not null default 0`).join(', ')},
      constraint "issue_stats_township_weekly_pkey" primary key ("township_id", "week"));`);
    this.addSql(`create table "issue_stats_township_category_weekly" (
      "township_id" uuid not null, "week" date not null, "category" varchar(40) not null, "submitted" int not null default 0,
      constraint "issue_stats_township_category_weekly_pkey" primary key ("township_id", "week", "category"));`);

    const week = (day: string) => `date_trunc('week', ${day}::timestamp)::date`;
    const upsert = (row: string, value: (c: string) => string) =>
      `insert into issue_stats_township_weekly as s (township_id, week, ${COUNTS.join(', ')})
          values (${row}.township_id, ${week(`${row}.day`)}, ${COUNTS.map(value).join(', ')})
          on conflict (township_id, week) do update set ${COUNTS.map((c) => `${c} = s.${c} + excluded.${c}`).join(', ')};`;
    this.addSql(`create function gz_stats_township_weekly_trigger() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and (new.township_id, ${week('new.day')}) = (old.township_id, ${week('old.day')}) then
          ${upsert('new', (c) => `new.${c} - old.${c}`)}
          return null;
        end if;
        if tg_op in ('UPDATE', 'DELETE') then
          ${upsert('old', (c) => `-old.${c}`)}
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          ${upsert('new', (c) => `new.${c}`)}
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger gz_stats_township_weekly after insert or update or delete on issue_stats_township_daily for each row execute function gz_stats_township_weekly_trigger();`);

    const upsertCategory = (row: string, value: string) =>
      `insert into issue_stats_township_category_weekly as s (township_id, week, category, submitted)
          values (${row}.township_id, ${week(`${row}.day`)}, ${row}.category, ${value})
          on conflict (township_id, week, category) do update set submitted = s.submitted + excluded.submitted;`;
    this.addSql(`create function gz_stats_township_category_weekly_trigger() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          ${upsertCategory('old', '-old.submitted')}
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          ${upsertCategory('new', 'new.submitted')}
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger gz_stats_township_category_weekly after insert or update or delete on issue_stats_township_category_daily for each row execute function gz_stats_township_category_weekly_trigger();`);

    // The window's partial edge days are read issue by issue across all the region's communities
    // (today since midnight): without this the planner walks the whole (community_id, submitted_at)
    // index for them (17–24 ms at 300,000 issues; 0.7 ms with it).
    this.addSql(`create index "issues_submitted_at_index" on "issues" ("submitted_at");`);

    // Backfill, in the same transaction as the triggers.
    this.addSql(`insert into issue_stats_township_weekly (township_id, week, ${COUNTS.join(', ')})
      select d.township_id, ${week('d.day')}, ${COUNTS.map((c) => `sum(d.${c})`).join(', ')} from issue_stats_township_daily d group by 1, 2;`);
    this.addSql(`insert into issue_stats_township_category_weekly (township_id, week, category, submitted)
      select d.township_id, ${week('d.day')}, d.category, sum(d.submitted) from issue_stats_township_category_daily d group by 1, 2, 3;`);
  }

  override down(): void {
    this.addSql(`drop index "issues_submitted_at_index";`);
    this.addSql(`drop trigger gz_stats_township_category_weekly on issue_stats_township_category_daily; drop function gz_stats_township_category_weekly_trigger();`);
    this.addSql(`drop trigger gz_stats_township_weekly on issue_stats_township_daily; drop function gz_stats_township_weekly_trigger();`);
    this.addSql(`drop table "issue_stats_township_category_weekly"; drop table "issue_stats_township_weekly";`);
  }
}
