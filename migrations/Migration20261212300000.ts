import { Migration } from '@mikro-orm/migrations';

const COUNTS = ['submitted', 'open', 'open_undated', 'dispatched', 'accepted', 'accepted_on_time', 'resolved_clean', 'ratings', 'good_ratings'];

/**
 * regionStats of the city under 100 ms at its full size (issue 13, part 5). After
 * Migration20261211600000 the city still read 114 townships × 105 weeks of counters (12,000 rows)
 * and 90,000 township-week-category rows for its top categories. Here, one level up, in the same
 * way (a trigger adding each change of a row, new − old, to the row above it, in the same
 * transaction):
 * - `issue_stats_county_weekly`: per county and week, the sum of its townships' weekly rows (the
 *   city's units are its counties: 12 × 105 rows for two years);
 * - `issue_stats_county_category_weekly`: per county, week and category, the sum of its townships'
 *   (a county's top categories);
 * - `issue_stats_city_category_weekly`: per city, week and category, the sum of its counties'
 *   (the city's top categories: 105 × 8 rows).
 * A township never changes county and a county never changes city (no API moves a region; `path`
 * is written once), so the parent looked up at each change is the parent of every earlier change.
 * The category rows change only when an issue is submitted (or deleted, or its category or
 * submission time changes), never on a transition; the county's counter row of a week changes on
 * every transition of an issue of that county submitted in that week (one more row locked to the
 * end of the transaction, shared by the county's ~250 communities for that week only).
 * tests/integration/region-stats.test.ts holds every row to a recount.
 */
export class Migration20261212300000 extends Migration {
  override up(): void {
    this.addSql(`create table "issue_stats_county_weekly" (
      "county_id" uuid not null, "week" date not null,
      ${COUNTS.map((c) => `"${c}" int not null default 0`).join(', ')},
      constraint "issue_stats_county_weekly_pkey" primary key ("county_id", "week"));`);
    this.addSql(`create table "issue_stats_county_category_weekly" (
      "county_id" uuid not null, "week" date not null, "category" varchar(40) not null, "submitted" int not null default 0,
      constraint "issue_stats_county_category_weekly_pkey" primary key ("county_id", "week", "category"));`);
    this.addSql(`create table "issue_stats_city_category_weekly" (
      "city_id" uuid not null, "week" date not null, "category" varchar(40) not null, "submitted" int not null default 0,
      constraint "issue_stats_city_category_weekly_pkey" primary key ("city_id", "week", "category"));`);

    // Township → county (its parent), counters.
    const upsert = (row: string, value: (c: string) => string) =>
      `insert into issue_stats_county_weekly as s (county_id, week, ${COUNTS.join(', ')})
          select r.parent_id, ${row}.week, ${COUNTS.map(value).join(', ')} from regions r where r.id = ${row}.township_id
          on conflict (county_id, week) do update set ${COUNTS.map((c) => `${c} = s.${c} + excluded.${c}`).join(', ')};`;
    this.addSql(`create function gz_stats_county_weekly_trigger() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and (new.township_id, new.week) = (old.township_id, old.week) then
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
    this.addSql(`create trigger gz_stats_county_weekly after insert or update or delete on issue_stats_township_weekly for each row execute function gz_stats_county_weekly_trigger();`);

    // Township → county, and county → city, categories.
    const categoryTrigger = (fn: string, table: string, key: string, source: string, sourceKey: string) => {
      const up = (row: string, value: string) =>
        `insert into ${table} as s (${key}, week, category, submitted)
            select r.parent_id, ${row}.week, ${row}.category, ${value} from regions r where r.id = ${row}.${sourceKey}
            on conflict (${key}, week, category) do update set submitted = s.submitted + excluded.submitted;`;
      this.addSql(`create function ${fn}() returns trigger language plpgsql as $$
        begin
          if tg_op = 'UPDATE' and (new.${sourceKey}, new.week, new.category) = (old.${sourceKey}, old.week, old.category) then
            ${up('new', 'new.submitted - old.submitted')}
            return null;
          end if;
          if tg_op in ('UPDATE', 'DELETE') then
            ${up('old', '-old.submitted')}
          end if;
          if tg_op in ('INSERT', 'UPDATE') then
            ${up('new', 'new.submitted')}
          end if;
          return null;
        end $$;`);
      this.addSql(`create trigger ${fn.replace(/_trigger$/, '')} after insert or update or delete on ${source} for each row execute function ${fn}();`);
    };
    categoryTrigger('gz_stats_county_category_weekly_trigger', 'issue_stats_county_category_weekly', 'county_id', 'issue_stats_township_category_weekly', 'township_id');
    categoryTrigger('gz_stats_city_category_weekly_trigger', 'issue_stats_city_category_weekly', 'city_id', 'issue_stats_county_category_weekly', 'county_id');

    // Backfill, in the same transaction as the triggers (county first: the city's rows are its sums).
    this.addSql(`insert into issue_stats_county_weekly (county_id, week, ${COUNTS.join(', ')})
      select r.parent_id, d.week, ${COUNTS.map((c) => `sum(d.${c})`).join(', ')} from issue_stats_township_weekly d join regions r on r.id = d.township_id group by 1, 2;`);
    this.addSql(`alter table issue_stats_county_category_weekly disable trigger gz_stats_city_category_weekly;`);
    this.addSql(`insert into issue_stats_county_category_weekly (county_id, week, category, submitted)
      select r.parent_id, d.week, d.category, sum(d.submitted) from issue_stats_township_category_weekly d join regions r on r.id = d.township_id group by 1, 2, 3;`);
    this.addSql(`alter table issue_stats_county_category_weekly enable trigger gz_stats_city_category_weekly;`);
    this.addSql(`insert into issue_stats_city_category_weekly (city_id, week, category, submitted)
      select r.parent_id, d.week, d.category, sum(d.submitted) from issue_stats_county_category_weekly d join regions r on r.id = d.county_id group by 1, 2, 3;`);
  }

  override down(): void {
    this.addSql(`drop trigger gz_stats_city_category_weekly on issue_stats_county_category_weekly; drop function gz_stats_city_category_weekly_trigger();`);
    this.addSql(`drop trigger gz_stats_county_category_weekly on issue_stats_township_category_weekly; drop function gz_stats_county_category_weekly_trigger();`);
    this.addSql(`drop trigger gz_stats_county_weekly on issue_stats_township_weekly; drop function gz_stats_county_weekly_trigger();`);
    this.addSql(`drop table "issue_stats_city_category_weekly"; drop table "issue_stats_county_category_weekly"; drop table "issue_stats_county_weekly";`);
  }
}
