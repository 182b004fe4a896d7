import { Migration } from '@mikro-orm/migrations';

const COUNTS = ['submitted', 'open', 'open_undated', 'dispatched', 'accepted', 'accepted_on_time', 'resolved_clean', 'ratings', 'good_ratings'];

/**
 * The city view at a city's size (issue 13, part 2): a county's or the city's figures summed from
 * the per-community per-day counters read one row per community and day (2,785 communities × two
 * years). Here the same counters are kept per township and day as well (114 townships), and the
 * top categories per township, day and category: a trigger on each community-level counter table
 * adds every change of a row (new − old) to its community's township's row, in the same
 * transaction. A township's row is the sum of its communities' rows, always (a community never
 * changes township: no API moves it). server/issues `issueFiguresByGroup` reads them for a city
 * or a county; a township's children (communities) still read the community rows.
 * tests/integration/region-stats.test.ts holds the figures to a recount.
 */
export class Migration20261210100100 extends Migration {
  override up(): void {
    this.addSql(`create table "issue_stats_township_daily" (
      "township_id" uuid not null, "day" date not null,
      ${COUNTS.map((c) => `"${c}" int not null default 0`).join(', ')},
      constraint "issue_stats_township_daily_pkey" primary key ("township_id", "day"));`);
    this.addSql(`create table "issue_stats_township_category_daily" (
      "township_id" uuid not null, "day" date not null, "category" varchar(40) not null, "submitted" int not null default 0,
      constraint "issue_stats_township_category_daily_pkey" primary key ("township_id", "day", "category"));`);

    const upsert = (day: string, community: string, value: (c: string) => string) =>
      `insert into issue_stats_township_daily as s (township_id, day, ${COUNTS.join(', ')})
          select cm.region_id, ${day}, ${COUNTS.map(value).join(', ')} from communities cm where cm.id = ${community}
          on conflict (township_id, day) do update set ${COUNTS.map((c) => `${c} = s.${c} + excluded.${c}`).join(', ')};`;
    this.addSql(`create function gz_stats_township_trigger() returns trigger language plpgsql as $$
      begin
        -- The usual change: a community's row of a day moves; its township's row moves as much.
        if tg_op = 'UPDATE' and (new.community_id, new.day) = (old.community_id, old.day) then
          ${upsert('new.day', 'new.community_id', (c) => `new.${c} - old.${c}`)}
          return null;
        end if;
        if tg_op in ('UPDATE', 'DELETE') then
          ${upsert('old.day', 'old.community_id', (c) => `-old.${c}`)}
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          ${upsert('new.day', 'new.community_id', (c) => `new.${c}`)}
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger gz_stats_township after insert or update or delete on issue_stats_daily for each row execute function gz_stats_township_trigger();`);

    this.addSql(`create function gz_stats_township_category_trigger() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          insert into issue_stats_township_category_daily as s (township_id, day, category, submitted)
          select cm.region_id, old.day, old.category, -old.submitted from communities cm where cm.id = old.community_id
          on conflict (township_id, day, category) do update set submitted = s.submitted + excluded.submitted;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          insert into issue_stats_township_category_daily as s (township_id, day, category, submitted)
          select cm.region_id, new.day, new.category, new.submitted from communities cm where cm.id = new.community_id
          on conflict (township_id, day, category) do update set submitted = s.submitted + excluded.submitted;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger gz_stats_township_category after insert or update or delete on issue_stats_category_daily for each row execute function gz_stats_township_category_trigger();`);

    // Backfill, in the same transaction as the triggers.
    this.addSql(`insert into issue_stats_township_daily (township_id, day, ${COUNTS.join(', ')})
      select cm.region_id, d.day, ${COUNTS.map((c) => `sum(d.${c})`).join(', ')} from issue_stats_daily d join communities cm on cm.id = d.community_id group by 1, 2;`);
    this.addSql(`insert into issue_stats_township_category_daily (township_id, day, category, submitted)
      select cm.region_id, d.day, d.category, sum(d.submitted) from issue_stats_category_daily d join communities cm on cm.id = d.community_id group by 1, 2, 3;`);
  }

  override down(): void {
    this.addSql(`drop trigger gz_stats_township_category on issue_stats_category_daily; drop function gz_stats_township_category_trigger();`);
    this.addSql(`drop trigger gz_stats_township on issue_stats_daily; drop function gz_stats_township_trigger();`);
    this.addSql(`drop table "issue_stats_township_category_daily"; drop table "issue_stats_township_daily";`);
  }
}
